package org.jixiao.portal.view.evaluation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.BusinessException;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.reporting.api.Evaluations;
import org.jixiao.reporting.api.YearComparison;

/** The leadership home's year-over-year comparison (历年对比): every year of the department side by side. */
@Named
@RequestScoped
public class YearComparisonTable {

  private static final String NONE = "—";

  @Inject private CurrentUser currentUser;
  @EJB private Evaluations evaluations;

  private List<YearComparison> rows;

  public List<YearComparison> getRows() {
    if (rows == null) {
      try {
        rows = evaluations.yearOverYear(currentUser.caller());
      } catch (BusinessException e) {
        rows = List.of(); // not the caller's to see: the home shows the rest
      }
    }
    return rows;
  }

  /** A score with 2 decimals, or "—" when the year has none. */
  public String score(BigDecimal value) {
    return value == null ? NONE : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** A percentage with 2 decimals, or "—". */
  public String percent(BigDecimal value) {
    return value == null ? NONE : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
