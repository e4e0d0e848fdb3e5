package org.jixiao.indicators.api;

import java.io.Serializable;
import java.math.BigDecimal;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorSubcategory;

/** What a division head enters for a target; the service and the entity check every field. */
public record IndicatorDraft(
    String code,
    String name,
    Integer goalSequence,
    IndicatorSubcategory subcategory,
    String fundCode,
    String unit,
    IndicatorKind kind,
    BigDecimal target,
    String targetText,
    BigDecimal weight,
    BigDecimal baseline)
    implements Serializable {}
