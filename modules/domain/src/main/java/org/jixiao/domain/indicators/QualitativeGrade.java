package org.jixiao.domain.indicators;

import java.math.BigDecimal;

/** The grade of a qualitative indicator and the band of its weight the reviewer may give (percent). */
public enum QualitativeGrade {
  /** 达成年度指标: 80–100% of the weight. */
  ACHIEVED("80", "100"),
  /** 部分达成并具有一定效果: 60–80%. */
  PARTIAL("60", "80"),
  /** 未达成且效果较差: 0–60%. */
  NOT_ACHIEVED("0", "60");

  private final BigDecimal low;
  private final BigDecimal high;

  QualitativeGrade(String low, String high) {
    this.low = new BigDecimal(low);
    this.high = new BigDecimal(high);
  }

  public BigDecimal low() {
    return low;
  }

  public BigDecimal high() {
    return high;
  }

  public boolean allows(BigDecimal percent) {
    return percent != null && percent.compareTo(low) >= 0 && percent.compareTo(high) <= 0;
  }
}
