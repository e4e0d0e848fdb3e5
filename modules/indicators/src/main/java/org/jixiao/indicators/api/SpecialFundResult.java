package org.jixiao.indicators.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.indicators.TraceStep;

/** 专项资金绩效完成情况: the funds' scores averaged by budget, scaled to the framework's points (19.45 of 20). */
public record SpecialFundResult(BigDecimal score, BigDecimal points, BigDecimal weightedPercent, List<FundResult> funds,
    List<TraceStep> trace) implements Serializable {}
