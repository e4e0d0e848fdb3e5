package org.jixiao.budgeting.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.security.Caller;

/**
 * The department's fiscal years for admins (年度管理): opening the next year with every module's copy of its part
 * (rules, structures, proposed indicators, budget suggestions) in one transaction, the budget approval date and
 * the monitoring checkpoints of an open year. Unsealing is the evaluation's (reporting).
 */
@Local
public interface YearAdministration {

  /** The department's years, newest first, with their dates (every role may read them). */
  List<YearView> years(Caller caller);

  /** Admins: opens {@code yearNumber}, which must be the year after the newest; all or nothing. */
  YearOpeningResult openNext(Caller caller, int yearNumber);

  /** Admins: the date the year's department budget was approved (部门预算批复日). */
  void recordBudgetApproval(Caller caller, int yearNumber, LocalDate date);

  /** Admins: a monitoring checkpoint (双监控) of the year. */
  void addCheckpoint(Caller caller, int yearNumber, LocalDate date);

  void removeCheckpoint(Caller caller, int yearNumber, LocalDate date);

  /** Finance, leadership, admins: the flagged suggestions for the year's budget from the year before. */
  List<BudgetSuggestionView> suggestions(Caller caller, int yearNumber);
}
