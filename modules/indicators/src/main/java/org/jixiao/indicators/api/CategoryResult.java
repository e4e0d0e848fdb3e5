package org.jixiao.indicators.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.indicators.IndicatorCategory;
import org.jixiao.domain.indicators.TraceStep;

/** A category's score (产出 9.35 of 10): the sum of its indicators' scores scaled to the points, with the trace. */
public record CategoryResult(
    IndicatorCategory category, BigDecimal score, BigDecimal points, BigDecimal scoreSum, BigDecimal weightSum,
    List<TraceStep> trace)
    implements Serializable {}
