package org.jixiao.domain.evaluation;

/**
 * A figure a module computes for the framework: a score out of its points (indicators, procurement), or an
 * execution rate in percent (budget).
 */
public enum MeasureKind {
  OUTPUT_SCORE,
  BENEFIT_SCORE,
  SPECIAL_FUNDS_SCORE,
  PROCUREMENT_SCORE,
  DEPARTMENT_BUDGET_RATE,
  SPECIAL_FUNDS_RATE,
  /** The whole budget's execution rate (全年预算执行率), for the year-over-year comparison; no framework item. */
  TOTAL_BUDGET_RATE,
  /** The share of indicators with an actual that achieved their target, for the comparison; no framework item. */
  INDICATORS_ACHIEVED;

  public boolean isRate() {
    return this == DEPARTMENT_BUDGET_RATE || this == SPECIAL_FUNDS_RATE || this == TOTAL_BUDGET_RATE
        || this == INDICATORS_ACHIEVED;
  }
}
