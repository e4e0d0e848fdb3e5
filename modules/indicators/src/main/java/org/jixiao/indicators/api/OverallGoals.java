package org.jixiao.indicators.api;

import jakarta.ejb.Local;
import java.util.List;

/** A year's overall performance goals (总体绩效目标), which the indicators serve. */
@Local
public interface OverallGoals {

  /** The goals of a fiscal year in their order (目标1 first); empty when none are set yet. */
  List<GoalSummary> goalsOf(long fiscalYearId);
}
