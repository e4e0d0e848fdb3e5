package org.jixiao.budgeting.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.jixiao.domain.money.Money;

/** One entry of a line's budget adjustment history. */
public record AdjustmentView(Money oldBudget, Money newBudget, String reason, String adjustedBy, LocalDateTime adjustedAt)
    implements Serializable {}
