package org.jixiao.domain.year;

/** Where a department's fiscal year (预算年度) stands. */
public enum FiscalYearStatus {
  /** Targets, monitoring and self-evaluation may still change (进行中). */
  OPEN,
  /** The evaluation is approved and every record of the year is read-only (已封存). */
  SEALED;

  public boolean canMoveTo(FiscalYearStatus next) {
    return next != null && next != this;
  }

  public boolean isReadOnly() {
    return this == SEALED;
  }
}
