package org.jixiao.domain.evaluation;

import java.math.BigDecimal;

/** The grade of a total score [L]: 优 90–100, 良 80–89, 中 60–79, 差 below 60. */
public enum Grade {
  EXCELLENT(new BigDecimal("90")),
  GOOD(new BigDecimal("80")),
  FAIR(new BigDecimal("60")),
  POOR(BigDecimal.ZERO);

  private final BigDecimal from;

  Grade(BigDecimal from) {
    this.from = from;
  }

  public static Grade of(BigDecimal total) {
    for (Grade g : values()) {
      if (total.compareTo(g.from) >= 0) {
        return g;
      }
    }
    return POOR;
  }
}
