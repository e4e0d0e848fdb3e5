package org.jixiao.indicators.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jixiao.domain.indicators.AdjustmentStatus;

/** A target adjustment request with its decision. */
public record AdjustmentView(
    BigDecimal oldTarget, BigDecimal newTarget, String newTargetText, String reason, AdjustmentStatus status,
    String requestedBy, LocalDateTime requestedAt, String decidedBy, String decisionComment)
    implements Serializable {}
