package org.jixiao.domain.money;

import java.io.Serializable;
import java.math.BigDecimal;
import org.jixiao.domain.BusinessException;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in 万元 (ten thousand yuan), always with two decimals rounded half-up, as the budget
 * documents print it. Immutable; never backed by floating point.
 */
public final class Money implements Comparable<Money>, Serializable {

  private static final long serialVersionUID = 1L;
  public static final int SCALE = 2;
  /** Larger than any municipal budget (1 万亿元); guards against absurd input reaching the database. */
  private static final BigDecimal LIMIT = new BigDecimal("100000000.00");

  private static final int MAX_INPUT_LENGTH = 20;

  public static final Money ZERO = new Money(BigDecimal.ZERO);

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    BigDecimal scaled = amount.setScale(SCALE, RoundingMode.HALF_UP);
    if (scaled.abs().compareTo(LIMIT) >= 0) {
      throw new IllegalArgumentException("Money out of range: " + amount.toPlainString() + " 万元");
    }
    this.amount = scaled;
  }

  /** The amount in 万元, rounded half-up to two decimals. */
  public static Money of(BigDecimal wanYuan) {
    return new Money(wanYuan);
  }

  /** Parses "494,926.80" or "494926.8" (万元); thousands separators are allowed. */
  public static Money parse(String wanYuan) {
    Objects.requireNonNull(wanYuan, "wanYuan");
    String plain = wanYuan.strip().replace(",", "");
    try {
      return new Money(new BigDecimal(plain));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not an amount of money: " + wanYuan, e);
    }
  }

  /**
   * What a user typed (a form, the API, a sheet): "494,926.80" or "494926.8" in 万元; refused with a message
   * when it is no number, has more than two decimals or is out of range. Null for blank.
   */
  public static Money fromInput(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String plain = text.strip().replace(",", "").replace("，", "");
    try {
      if (plain.length() > MAX_INPUT_LENGTH) {
        throw new NumberFormatException();
      }
      BigDecimal amount = new BigDecimal(plain);
      if (amount.stripTrailingZeros().scale() > SCALE) {
        throw new BusinessException("validation.money.decimals", text.strip());
      }
      return new Money(amount);
    } catch (NumberFormatException e) {
      throw new BusinessException("validation.money.format", text.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessException("validation.money.range", text.strip());
    }
  }

  public BigDecimal amount() {
    return amount;
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /** The amount times an exact factor, e.g. a budget times the elapsed share of the year. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor));
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /** Plain form with two decimals, e.g. {@code 494926.80}; formatting for people is the view's job. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
