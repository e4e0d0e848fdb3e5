package org.jixiao.portal.view.budget;

import jakarta.ejb.EJB;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.domain.BusinessException;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.DateInputConverter;
import org.jixiao.portal.view.shared.Downloads;
import org.jixiao.portal.view.shared.PageQuery;

/**
 * {@code /budget/export?year=2023&asOf=2023-12-31}: the budget overview's workbook (预算执行情况表), for what the
 * caller may see (the service scopes it as it does the overview); year and date default as on the overview page.
 * A link rather than a form post, so that the overview page stays a plain GET without view state.
 */
@WebServlet("/budget/export")
public class BudgetExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @EJB private Budgets budgets;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Integer year;
    LocalDate asOf;
    try {
      String given = request.getParameter("year");
      year = budgetYear.orCurrent(given == null || given.isBlank() ? null : PageQuery.parseYear(given));
      asOf = DateInputConverter.parse(request.getParameter("asOf"));
    } catch (NumberFormatException | ConverterException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (year == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    asOf = budgetYear.clampToYear(year, asOf);
    byte[] workbook;
    try {
      workbook = budgets.exportWorkbook(currentUser.caller(), year, asOf);
    } catch (BusinessException e) {
      response.sendError(Downloads.refusalStatus(e));
      return;
    }
    Downloads.send(response, year + "-budget-execution-" + asOf + ".xlsx", Downloads.XLSX, workbook);
  }
}
