package org.jixiao.domain.indicators;

import java.io.Serializable;
import java.math.BigDecimal;
import org.jixiao.domain.BusinessException;

/**
 * A year's scoring settings: completion above {@code overshootThreshold} percent scores {@code overshootFactor}
 * of the weight (Guangzhou: above 150% → half), scores are rounded half-up to {@code scale} decimals, and the
 * framework's points for the output, benefit and special-fund items.
 */
public record ScoringSettings(
    BigDecimal overshootThreshold,
    BigDecimal overshootFactor,
    int scale,
    BigDecimal outputPoints,
    BigDecimal benefitPoints,
    BigDecimal specialFundPoints)
    implements Serializable {

  public static final ScoringSettings GUANGZHOU_DEFAULTS =
      new ScoringSettings(new BigDecimal("150.00"), new BigDecimal("0.5000"), 2, new BigDecimal("10.00"),
          new BigDecimal("10.00"), new BigDecimal("20.00"));

  public ScoringSettings {
    if (overshootThreshold == null || overshootThreshold.compareTo(BigDecimal.valueOf(100)) <= 0
        || overshootThreshold.compareTo(BigDecimal.valueOf(1000)) > 0) {
      throw new BusinessException("scoring.rule.threshold", overshootThreshold);
    }
    if (overshootFactor == null || overshootFactor.signum() < 0 || overshootFactor.compareTo(BigDecimal.ONE) > 0) {
      throw new BusinessException("scoring.rule.factor", overshootFactor);
    }
    if (scale < 0 || scale > 4) {
      throw new BusinessException("scoring.rule.scale", scale);
    }
    for (BigDecimal points : new BigDecimal[] {outputPoints, benefitPoints, specialFundPoints}) {
      if (points == null || points.signum() <= 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new BusinessException("scoring.rule.points", points);
      }
    }
  }

  public BigDecimal pointsOf(IndicatorCategory category) {
    return switch (category) {
      case OUTPUT -> outputPoints;
      case BENEFIT -> benefitPoints;
      case SATISFACTION -> null;
    };
  }
}
