package org.jixiao.budgeting.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.jixiao.domain.money.Money;

/** A commitment against a line (e.g. a signed contract), with what is still unpaid. */
public record CommitmentView(String reference, String description, Money unpaid, LocalDateTime createdAt)
    implements Serializable {}
