package org.jixiao.budgeting.api;

import java.io.Serializable;
import org.jixiao.domain.budget.BudgetCategory;
import org.jixiao.domain.budget.BudgetLevel;

/** A budget line as pages and the API show it; {@code version} guards edits against lost updates. */
public record BudgetLineView(
    long id,
    String code,
    String name,
    String divisionCode,
    String divisionName,
    BudgetCategory category,
    BudgetLevel level,
    String fundCode,
    String fundName,
    String carryOverReason,
    String overspendReason,
    long version,
    BudgetFigures figures)
    implements Serializable {}
