package org.jixiao.budgeting.internal;

import org.jixiao.budgeting.api.BudgetLineView;
import org.jixiao.domain.budget.BudgetCategory;
import org.jixiao.domain.budget.BudgetLevel;
import org.jixiao.domain.money.Money;

/**
 * A line as the calculator needs it: its identity, classification and amounts, the executed amount by month
 * and the monthly plan (null when it has none). Loaded with a few queries for a whole year.
 */
record LineInput(
    long id,
    String code,
    String name,
    String divisionCode,
    String divisionName,
    BudgetCategory category,
    BudgetLevel level,
    String fundCode,
    String fundName,
    Money initialBudget,
    Money budget,
    Money carryOver,
    String carryOverReason,
    String overspendReason,
    long version,
    Money[] executedByMonth,
    Money[] plannedByMonth,
    Money committed) {

  BudgetLineView view(org.jixiao.budgeting.api.BudgetFigures figures) {
    return new BudgetLineView(
        id, code, name, divisionCode, divisionName, category, level, fundCode, fundName, carryOverReason,
        overspendReason, version, figures);
  }
}
