package org.jixiao.domain.budget;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.money.Rate;
import org.jixiao.domain.year.YearOpeningContext.Shortfall;

/**
 * Which budget lines of a closing year get a flagged suggestion for next year's budget (结果应用) [C]:
 * <ul>
 *   <li><b>low execution</b> — at the year end the time pace (序时进度) is 100% of the budget, so the year's own
 *       warning rule judges the line's final execution rate: lagging by more than the yellow lag (below 95% with
 *       the default 5 points) is yellow, by more than the red lag (below 85%) red; money carried over counts as
 *       unspent, its reason goes with the suggestion;
 *   <li><b>low scores</b> — a line of a special fund whose indicators fell short of their targets (completion
 *       below 100% or the wrong way). Overshooting indicators (scored half for a target set too low) are a matter
 *       of target setting, not of the money, and the indicator proposals deal with them.
 * </ul>
 * Lines of 部门预算 and other development spending have no indicators of their own; only their execution counts.
 */
public final class BudgetSuggestionRule {

  private static final BigDecimal FULL_PACE = new BigDecimal("100");

  private BudgetSuggestionRule() {}

  /** A line's figures at the year end and what the rule found. */
  public record Finding(Money budget, Money executed, Rate rate, PaceWarning warning, List<Shortfall> shortfalls) {

    public Finding {
      shortfalls = List.copyOf(shortfalls);
    }

    public boolean lowExecution() {
      return warning != null && warning != PaceWarning.GREEN;
    }

    public boolean lowScores() {
      return !shortfalls.isEmpty();
    }

    public boolean flagged() {
      return lowExecution() || lowScores();
    }
  }

  public static Finding judge(Money budget, Money executed, BudgetWarningRule.Thresholds thresholds,
      List<Shortfall> shortfalls) {
    Rate rate = budget.isPositive() ? Rate.of(executed, budget) : null;
    PaceWarning warning = rate == null ? null : thresholds.warningFor(rate, Rate.ofPercent(FULL_PACE));
    return new Finding(budget, executed, rate, warning, shortfalls == null ? List.of() : shortfalls);
  }
}
