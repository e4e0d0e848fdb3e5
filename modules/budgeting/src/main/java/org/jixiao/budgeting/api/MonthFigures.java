package org.jixiao.budgeting.api;

import java.io.Serializable;
import org.jixiao.domain.money.Money;

/** A month of a line: executed, cumulative executed, the pace's cumulative expectation, and the plan if any. */
public record MonthFigures(int month, Money executed, Money cumulativeExecuted, Money cumulativeExpected, Money planned)
    implements Serializable {}
