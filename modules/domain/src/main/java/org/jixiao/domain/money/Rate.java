package org.jixiao.domain.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A rate as a percentage with two decimals, rounded half-up (执行率 95.03%, 完成率 213.00%). Built from exact
 * inputs so the rounding happens once, at the end.
 */
public final class Rate implements Comparable<Rate>, Serializable {

  private static final long serialVersionUID = 1L;
  public static final int SCALE = 2;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal percent;

  private Rate(BigDecimal percent) {
    this.percent = Objects.requireNonNull(percent, "percent").setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** The share {@code part ÷ whole} as a percentage; the whole must not be zero. */
  public static Rate of(Money part, Money whole) {
    return ratio(part.amount(), whole.amount());
  }

  /** The share {@code part ÷ whole} of any two exact quantities (e.g. an indicator's actual and target). */
  public static Rate ratio(BigDecimal part, BigDecimal whole) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(whole, "whole");
    if (whole.signum() == 0) {
      throw new IllegalArgumentException("A rate of a zero whole is undefined");
    }
    // 10 extra digits before the single final rounding: no double rounding artefacts
    return new Rate(part.multiply(HUNDRED).divide(whole, SCALE + 10, RoundingMode.HALF_UP));
  }

  public static Rate ofPercent(BigDecimal percent) {
    return new Rate(percent);
  }

  public BigDecimal percent() {
    return percent;
  }

  /** The rate as a fraction, e.g. 0.9491 for 94.91%. */
  public BigDecimal fraction() {
    return percent.movePointLeft(2);
  }

  @Override
  public int compareTo(Rate other) {
    return percent.compareTo(other.percent);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rate other && percent.equals(other.percent);
  }

  @Override
  public int hashCode() {
    return percent.hashCode();
  }

  /** E.g. {@code 95.03%}. */
  @Override
  public String toString() {
    return percent.toPlainString() + "%";
  }
}
