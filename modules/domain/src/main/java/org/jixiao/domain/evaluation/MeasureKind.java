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
  SPECIAL_FUNDS_RATE;

  public boolean isRate() {
    return this == DEPARTMENT_BUDGET_RATE || this == SPECIAL_FUNDS_RATE;
  }
}
