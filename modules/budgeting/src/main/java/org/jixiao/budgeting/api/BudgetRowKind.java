package org.jixiao.budgeting.api;

/** The rows of the budget overview, from the total down to a line. */
public enum BudgetRowKind {
  TOTAL,
  GROUP,
  CATEGORY,
  LEVEL,
  FUND,
  LINE
}
