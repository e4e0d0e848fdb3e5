package org.jixiao.indicators.api;

import java.io.Serializable;
import java.util.List;
import org.jixiao.domain.year.FiscalYearStatus;

/**
 * A year's indicators the caller may see (a division head: their division's), with the department's scores.
 * {@code indicators} is ordered as the tree reads: department first, then each fund, category by category.
 */
public record IndicatorTree(int yearNumber, FiscalYearStatus status, boolean allDivisions,
    List<IndicatorView> indicators, ScoreSummary scores) implements Serializable {}
