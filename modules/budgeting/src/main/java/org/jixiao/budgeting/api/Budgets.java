package org.jixiao.budgeting.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.security.Caller;

/**
 * A department's budget and its execution (预算执行), scoped by the caller: finance keeps it, leadership sees all
 * of it, a division head sees their own division's lines. The year is the caller's department's year by number.
 * Every refusal throws a {@link org.jixiao.domain.BusinessException}, changes nothing and is audited.
 */
@Local
public interface Budgets {

  BudgetOverview overview(Caller caller, int yearNumber, LocalDate asOf);

  BudgetLineDetail line(Caller caller, int yearNumber, String lineCode, LocalDate asOf);

  /** Records (or corrects) a month's executed amount; finance only. */
  void recordExecution(
      Caller caller, int yearNumber, String lineCode, int month, Money amount, String overspendReason, long version);

  /** Adjusts the full-year budget with a reason (预算调整); finance only. */
  void adjustBudget(Caller caller, int yearNumber, String lineCode, Money newBudget, String reason, long version);

  /** Sets what is carried over to next year (结转) with the reason; finance only. */
  void carryOver(Caller caller, int yearNumber, String lineCode, Money amount, String reason, long version);

  /**
   * Sets the line's monthly spending plan (用款计划), twelve amounts adding up to the full-year budget; the pace
   * then follows the plan. Finance only.
   */
  void planMonths(Caller caller, int yearNumber, String lineCode, List<Money> monthlyAmounts, long version);

  /** Creates a line; finance only. Returns its code. */
  String createLine(Caller caller, int yearNumber, NewBudgetLine line);

  List<FundOption> funds(Caller caller, int yearNumber);

  /** The Excel template for {@link #importWorkbook}: a sheet of lines and one of monthly execution. */
  byte[] importTemplate(Caller caller, int yearNumber);

  /** Imports lines and monthly execution from Excel; with any problem nothing is applied. Finance only. */
  ImportReport importWorkbook(Caller caller, int yearNumber, byte[] xlsx);

  /** The budget execution table in the report's layout (预算执行情况表), as the caller may see it. */
  byte[] exportWorkbook(Caller caller, int yearNumber, LocalDate asOf);

  /** The year's warning thresholds (序时进度 lag, percentage points), its defaults when it has none of its own. */
  org.jixiao.domain.budget.BudgetWarningRule.Thresholds warningRule(Caller caller, int yearNumber);

  /** Admin: new thresholds for the year; the trail keeps each version with who, when, old and new. */
  void changeWarningRule(Caller caller, int yearNumber, java.math.BigDecimal yellowLag, java.math.BigDecimal redLag);

  /** The changes of the year's thresholds, newest first (from the audit trail). */
  List<org.jixiao.domain.audit.HistoryEntry> warningRuleHistory(Caller caller, int yearNumber);
}
