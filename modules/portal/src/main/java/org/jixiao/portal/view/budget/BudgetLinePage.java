package org.jixiao.portal.view.budget;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jixiao.budgeting.api.BudgetLineDetail;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.money.Money;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.FacesMessages;

/**
 * A budget line (预算项目详情): its figures, months against the pace, adjustments, commitments and carry-over;
 * for finance also the forms to record execution, adjust the budget and carry over.
 */
@Named
@ViewScoped
public class BudgetLinePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Budgets budgets;

  private Integer year;
  private String code;
  private LocalDate asOf;
  private BudgetLineDetail detail;

  private Integer month;
  private Money executedAmount;
  private String overspendReason;
  private Money newBudget;
  private String adjustmentReason;
  private Money carryOverAmount;
  private Money[] plan;
  private String carryOverReason;

  public void load() {
    year = budgetYear.orCurrent(year);
    if (year == null || code == null) {
      return;
    }
    asOf = budgetYear.clampToYear(year, asOf);
    try {
      detail = budgets.line(currentUser.caller(), year, code, asOf);
      if (month == null) {
        month = asOf.getMonthValue();
      }
      plan = detail.months().stream().map(m -> m.planned()).toArray(Money[]::new);
    } catch (BusinessException e) {
      detail = null;
      FacesMessages.refused(e);
    }
  }

  public void recordExecution() {
    change(() -> budgets.recordExecution(currentUser.caller(), year, code, month, executedAmount, overspendReason,
        detail.line().version()), "budget.saved.execution");
    executedAmount = null;
    overspendReason = null;
  }

  public void adjustBudget() {
    change(() -> budgets.adjustBudget(currentUser.caller(), year, code, newBudget, adjustmentReason,
        detail.line().version()), "budget.saved.adjustment");
    newBudget = null;
    adjustmentReason = null;
  }

  public void carryOver() {
    change(() -> budgets.carryOver(currentUser.caller(), year, code, carryOverAmount, carryOverReason,
        detail.line().version()), "budget.saved.carryOver");
  }

  public void planMonths() {
    change(() -> budgets.planMonths(currentUser.caller(), year, code, Arrays.asList(plan), detail.line().version()),
        "budget.saved.plan");
  }

  private void change(Runnable action, String savedKey) {
    if (detail == null) {
      return;
    }
    try {
      action.run();
      FacesMessages.info(savedKey);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public String getChart() {
    return detail == null ? "{}" : BudgetCharts.paceChart(detail.months(), List.of(), budgetYear.locale());
  }

  public int[] getMonths() {
    return new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
  }

  public Money[] getPlan() {
    return plan;
  }

  public BudgetLineDetail getDetail() {
    return detail;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public Integer getMonth() {
    return month;
  }

  public void setMonth(Integer month) {
    this.month = month;
  }

  public Money getExecutedAmount() {
    return executedAmount;
  }

  public void setExecutedAmount(Money executedAmount) {
    this.executedAmount = executedAmount;
  }

  public String getOverspendReason() {
    return overspendReason;
  }

  public void setOverspendReason(String overspendReason) {
    this.overspendReason = overspendReason;
  }

  public Money getNewBudget() {
    return newBudget;
  }

  public void setNewBudget(Money newBudget) {
    this.newBudget = newBudget;
  }

  public String getAdjustmentReason() {
    return adjustmentReason;
  }

  public void setAdjustmentReason(String adjustmentReason) {
    this.adjustmentReason = adjustmentReason;
  }

  public Money getCarryOverAmount() {
    return carryOverAmount;
  }

  public void setCarryOverAmount(Money carryOverAmount) {
    this.carryOverAmount = carryOverAmount;
  }

  public String getCarryOverReason() {
    return carryOverReason;
  }

  public void setCarryOverReason(String carryOverReason) {
    this.carryOverReason = carryOverReason;
  }
}
