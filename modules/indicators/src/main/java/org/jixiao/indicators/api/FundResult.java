package org.jixiao.indicators.api;

import java.io.Serializable;
import java.math.BigDecimal;
import org.jixiao.domain.money.Money;

/** A special fund's own score: its indicators' scores over their weights, in percent, and its budget (weight). */
public record FundResult(String code, String name, BigDecimal scorePercent, BigDecimal scoreSum, BigDecimal weightSum,
    Money budget) implements Serializable {}
