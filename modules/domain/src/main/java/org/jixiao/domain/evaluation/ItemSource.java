package org.jixiao.domain.evaluation;

import java.util.Optional;

/** Where a framework item's score comes from: a module's measure, or the leadership group's review. */
public enum ItemSource {
  OUTPUT_INDICATORS(MeasureKind.OUTPUT_SCORE),
  BENEFIT_INDICATORS(MeasureKind.BENEFIT_SCORE),
  DEPARTMENT_BUDGET_RATE(MeasureKind.DEPARTMENT_BUDGET_RATE),
  SPECIAL_FUNDS_PERFORMANCE(MeasureKind.SPECIAL_FUNDS_SCORE),
  SPECIAL_FUNDS_RATE(MeasureKind.SPECIAL_FUNDS_RATE),
  PROCUREMENT(MeasureKind.PROCUREMENT_SCORE),
  LEADERSHIP(null);

  private final MeasureKind measure;

  ItemSource(MeasureKind measure) {
    this.measure = measure;
  }

  /** The measure the item is computed from; empty for the leadership group's items. */
  public Optional<MeasureKind> measure() {
    return Optional.ofNullable(measure);
  }

  public boolean isLeadership() {
    return measure == null;
  }
}
