package org.jixiao.budgeting.api;

import java.io.Serializable;
import java.util.List;

/** A line with its months against the pace, its adjustments and its commitments; {@code editable} for finance. */
public record BudgetLineDetail(
    BudgetLineView line,
    List<MonthFigures> months,
    boolean planned,
    List<AdjustmentView> adjustments,
    List<CommitmentView> commitments,
    boolean editable)
    implements Serializable {}
