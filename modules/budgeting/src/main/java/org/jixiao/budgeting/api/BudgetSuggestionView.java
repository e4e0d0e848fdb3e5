package org.jixiao.budgeting.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.budget.PaceWarning;
import org.jixiao.domain.money.Money;

/**
 * A flagged suggestion for the year's budget (预算安排建议): last year's line, its figures and why it is flagged —
 * its execution warning at the year end, the fund's indicators that fell short.
 */
public record BudgetSuggestionView(int sourceYear, String lineCode, String lineName, String divisionName,
    String fundCode, Money budget, Money executed, BigDecimal executionRate, Money carryOver,
    String carryOverReason, PaceWarning executionWarning, List<String> shortfalls) implements Serializable {

  public BudgetSuggestionView {
    shortfalls = List.copyOf(shortfalls);
  }

  public boolean lowExecution() {
    return executionWarning != null;
  }

  /** The fund's indicators that fell short, as one line. */
  public String shortfallText() {
    return String.join("；", shortfalls);
  }

  public boolean lowScores() {
    return !shortfalls.isEmpty();
  }
}
