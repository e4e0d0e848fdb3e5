package org.jixiao.budgeting.api;

import java.io.Serializable;
import org.jixiao.domain.budget.PaceWarning;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.money.Rate;

/**
 * The figures of a budget line or a sum of lines as of a date: budget (全年预算数), executed (执行数) and its rate,
 * what the pace expects by then, the warning, what is committed but unpaid, what is still available, and what
 * was carried over. Rates are empty when the budget is zero.
 */
public record BudgetFigures(
    Money initialBudget,
    Money budget,
    Money executed,
    Rate executionRate,
    Money expected,
    Rate expectedRate,
    PaceWarning warning,
    Money committed,
    Money available,
    Money carryOver)
    implements Serializable {}
