package org.jixiao.portal.view.indicators;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.evidence.EvidenceFile;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.procurement.api.ProcurementRecords;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.Downloads;

/**
 * {@code /evidence?year=2023&code=O01&id=7} (an indicator's) or {@code /evidence?of=procurement&year=2023&code=
 * CG2023-003&id=2} (a procurement's): an evidence file, for whoever may read the record, always as a
 * download (never rendered inline) with its checked type and no sniffing.
 */
@WebServlet("/evidence")
public class EvidenceServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @EJB private Indicators indicators;
  @EJB private ProcurementRecords procurement;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int year;
    long id;
    try {
      year = Integer.parseInt(request.getParameter("year"));
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    EvidenceFile file;
    try {
      file = "procurement".equals(request.getParameter("of"))
          ? procurement.documentFile(currentUser.caller(), year, request.getParameter("code"), id)
          : indicators.evidenceFile(currentUser.caller(), year, request.getParameter("code"), id);
    } catch (BusinessException e) {
      response.sendError(Downloads.refusalStatus(e));
      return;
    }
    Downloads.send(response, file.fileName(), file.contentType(), file.content());
  }
}
