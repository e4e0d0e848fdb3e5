package org.jixiao.budgeting.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.year.FiscalYearStatus;

/**
 * A year's budget as of a date, scoped to what the caller may see: the tree by group, category and fund down
 * to the lines, the split of development spending by level, the checkpoints of 双监控, the months of the
 * caller's lines against the pace, and every sum that fails to reconcile. {@code allDivisions} is false when a division head sees only their own division.
 */
public record BudgetOverview(
    int yearNumber,
    FiscalYearStatus status,
    LocalDate asOf,
    boolean allDivisions,
    BudgetRow total,
    List<BudgetRow> levels,
    List<BudgetLineView> lines,
    List<Reconciliation> mismatches,
    List<CheckpointFigures> checkpoints,
    List<MonthFigures> months)
    implements Serializable {

  public boolean reconciles() {
    return mismatches.isEmpty();
  }
}
