package org.jixiao.budgeting.api;

import java.io.Serializable;
import org.jixiao.domain.budget.BudgetCategory;
import org.jixiao.domain.budget.BudgetLevel;
import org.jixiao.domain.money.Money;

/** What finance enters for a new line; the service checks every field. */
public record NewBudgetLine(
    String code,
    String name,
    String divisionCode,
    BudgetCategory category,
    BudgetLevel level,
    String fundCode,
    Money initialBudget)
    implements Serializable {}
