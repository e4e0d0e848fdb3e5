package org.jixiao.budgeting.api;

import java.io.Serializable;
import java.util.List;
import org.jixiao.domain.audit.HistoryEntry;

/**
 * A line with its months against the pace, its adjustments, its commitments and its audit trail (changes and
 * refused attempts, newest first); {@code editable} for finance in an open year.
 */
public record BudgetLineDetail(
    BudgetLineView line,
    List<MonthFigures> months,
    boolean planned,
    List<AdjustmentView> adjustments,
    List<CommitmentView> commitments,
    List<HistoryEntry> history,
    boolean editable)
    implements Serializable {}
