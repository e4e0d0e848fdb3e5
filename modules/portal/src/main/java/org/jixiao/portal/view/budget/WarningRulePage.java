package org.jixiao.portal.view.budget;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.HistoryEntry;
import org.jixiao.domain.budget.BudgetWarningRule;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.FacesMessages;

/** Admins set the year's budget execution warning thresholds (lag behind 序时进度, in percentage points). */
@Named
@ViewScoped
public class WarningRulePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Budgets budgets;

  private Integer year;
  private BigDecimal yellowLag;
  private BigDecimal redLag;
  private List<HistoryEntry> history = List.of();

  public void load(Integer requestedYear) {
    year = budgetYear.orCurrent(requestedYear);
    if (year == null) {
      return;
    }
    try {
      BudgetWarningRule.Thresholds rule = budgets.warningRule(currentUser.caller(), year);
      yellowLag = rule.yellowLag();
      redLag = rule.redLag();
      history = budgets.warningRuleHistory(currentUser.caller(), year);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public void save() {
    try {
      budgets.changeWarningRule(currentUser.caller(), year, yellowLag, redLag);
      FacesMessages.info("budget.warning.saved");
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load(year);
  }

  public Integer getYear() { return year; }
  public BigDecimal getYellowLag() { return yellowLag; }
  public void setYellowLag(BigDecimal yellowLag) { this.yellowLag = yellowLag; }
  public BigDecimal getRedLag() { return redLag; }
  public void setRedLag(BigDecimal redLag) { this.redLag = redLag; }
  public List<HistoryEntry> getHistory() { return history; }
}
