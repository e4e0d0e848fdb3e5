package org.jixiao.domain.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jixiao.domain.money.Money;

/**
 * The time pace of execution (序时进度): how much of a budget should be spent by a date. Without a plan the
 * budget is spread evenly over the days of the year; with a monthly plan (用款计划) the pace follows the plan,
 * evenly within each month, scaled to the current budget if the plan was made for another figure.
 */
public final class Pace {

  private static final int SCALE = 12;

  private Pace() {}

  /** How many months' execution records count by {@code asOf}: the months up to and including its month. */
  public static int monthsCounted(int year, LocalDate asOf) {
    if (asOf.getYear() < year) {
      return 0;
    }
    return asOf.getYear() > year ? 12 : asOf.getMonthValue();
  }

  /** What should be spent of {@code budget} by the end of {@code asOf}; {@code plan} may be null. */
  public static Money expectedBy(int year, LocalDate asOf, Money budget, Money[] plan) {
    if (asOf.getYear() < year || budget.isZero()) {
      return Money.ZERO;
    }
    if (asOf.getYear() > year) {
      return budget;
    }
    BigDecimal planTotal = plan == null ? BigDecimal.ZERO : total(plan);
    if (planTotal.signum() == 0) {
      BigDecimal share =
          BigDecimal.valueOf(asOf.getDayOfYear())
              .divide(BigDecimal.valueOf(asOf.lengthOfYear()), SCALE, RoundingMode.HALF_UP);
      return budget.times(share);
    }
    int month = asOf.getMonthValue();
    BigDecimal planned = BigDecimal.ZERO;
    for (int m = 1; m < month; m++) {
      planned = planned.add(amountOf(plan[m - 1]));
    }
    BigDecimal dayShare =
        BigDecimal.valueOf(asOf.getDayOfMonth())
            .divide(BigDecimal.valueOf(YearMonth.from(asOf).lengthOfMonth()), SCALE, RoundingMode.HALF_UP);
    planned = planned.add(amountOf(plan[month - 1]).multiply(dayShare));
    return budget.times(planned.divide(planTotal, SCALE, RoundingMode.HALF_UP));
  }

  private static BigDecimal total(Money[] months) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Money m : months) {
      sum = sum.add(amountOf(m));
    }
    return sum;
  }

  private static BigDecimal amountOf(Money m) {
    return m == null ? BigDecimal.ZERO : m.amount();
  }
}
