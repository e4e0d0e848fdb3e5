package org.jixiao.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jixiao.domain.money.Money;
import org.junit.jupiter.api.Test;

class PaceTest {

  private static Money m(String amount) {
    return Money.parse(amount);
  }

  /** The seed's transfer profile: 40% in June, 30% in September, 30% in December. */
  private static Money[] tranches(String june, String september, String december) {
    Money[] plan = new Money[12];
    plan[5] = m(june);
    plan[8] = m(september);
    plan[11] = m(december);
    return plan;
  }

  // --- the calendar pace (no plan) ---

  @Test
  void calendarPace_endOfJune_is181Of365DaysOfTheBudget() {
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 6, 30), m("365.00"), null)).isEqualTo(m("181.00"));
  }

  @Test
  void calendarPace_isRoundedHalfUpToTheCent() {
    // 1000 × 181 / 365 = 495.890410…
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 6, 30), m("1000.00"), null)).isEqualTo(m("495.89"));
    // 494926.80 × 181 / 365 = 245429.4459…
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 6, 30), m("494926.80"), null)).isEqualTo(m("245429.45"));
  }

  @Test
  void calendarPace_countsTheDayOfAsOf_fromTheFirstOfJanuary() {
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 1, 1), m("365.00"), null)).isEqualTo(m("1.00"));
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 12, 31), m("365.00"), null)).isEqualTo(m("365.00"));
  }

  @Test
  void calendarPace_ofALeapYear_divides366Days() {
    // 2024-06-30 is day 182 of 366: 1000 × 182 / 366 = 497.2677…
    assertThat(Pace.expectedBy(2024, LocalDate.of(2024, 6, 30), m("1000.00"), null)).isEqualTo(m("497.27"));
    assertThat(Pace.expectedBy(2024, LocalDate.of(2024, 12, 31), m("366.00"), null)).isEqualTo(m("366.00"));
  }

  @Test
  void beforeTheYear_nothingIsExpected() {
    assertThat(Pace.expectedBy(2023, LocalDate.of(2022, 12, 31), m("1000.00"), null)).isEqualTo(Money.ZERO);
    assertThat(Pace.expectedBy(2023, LocalDate.of(2022, 12, 31), m("1000.00"), tranches("400", "300", "300")))
        .isEqualTo(Money.ZERO);
  }

  @Test
  void afterTheYear_theWholeBudgetIsExpected() {
    assertThat(Pace.expectedBy(2023, LocalDate.of(2024, 1, 1), m("1000.00"), null)).isEqualTo(m("1000.00"));
    assertThat(Pace.expectedBy(2023, LocalDate.of(2030, 6, 1), m("1000.00"), tranches("1", "1", "1")))
        .isEqualTo(m("1000.00"));
  }

  @Test
  void zeroBudget_expectsNothing_withOrWithoutAPlan() {
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 6, 30), Money.ZERO, null)).isEqualTo(Money.ZERO);
    assertThat(Pace.expectedBy(2023, LocalDate.of(2024, 6, 30), Money.ZERO, null)).isEqualTo(Money.ZERO);
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 9, 30), Money.ZERO, tranches("40", "30", "30")))
        .isEqualTo(Money.ZERO);
  }

  // --- a monthly plan (用款计划) ---

  @Test
  void plannedPace_followsThePlan_notTheCalendar() {
    Money[] plan = tranches("40.00", "30.00", "30.00");
    Money budget = m("100.00");
    // nothing planned before June, however much of the year has passed
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 5, 31), budget, plan)).isEqualTo(Money.ZERO);
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 6, 30), budget, plan)).isEqualTo(m("40.00"));
    // nothing planned in July and August: the pace stays at June's
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 8, 31), budget, plan)).isEqualTo(m("40.00"));
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 9, 30), budget, plan)).isEqualTo(m("70.00"));
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 12, 31), budget, plan)).isEqualTo(m("100.00"));
  }

  @Test
  void plannedPace_isEvenWithinAMonth() {
    Money[] plan = tranches("40.00", "30.00", "30.00");
    Money budget = m("100.00");
    // half of June (15 of 30 days) → half of June's 40
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 6, 15), budget, plan)).isEqualTo(m("20.00"));
    // 15 of December's 31 days: 70 + 30 × 15/31 = 84.516…
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 12, 15), budget, plan)).isEqualTo(m("84.52"));
  }

  @Test
  void plannedPace_isScaled_whenThePlanWasMadeForAnotherBudget() {
    // planned 100 in total, the budget was raised to 250 afterwards: the plan's shares apply to 250
    Money[] plan = tranches("40.00", "30.00", "30.00");
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 6, 30), m("250.00"), plan)).isEqualTo(m("100.00"));
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 9, 30), m("250.00"), plan)).isEqualTo(m("175.00"));
    // and lowered to 50
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 9, 30), m("50.00"), plan)).isEqualTo(m("35.00"));
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 12, 31), m("50.00"), plan)).isEqualTo(m("50.00"));
  }

  @Test
  void plannedPace_scaledByAThirdPlan_roundsHalfUpToTheCent() {
    Money[] plan = new Money[12];
    for (int i = 0; i < 12; i++) {
      plan[i] = m("1.00");
    }
    // 1 month of 12 of 100.00 = 8.333… → 8.33; 2 months = 16.666… → 16.67
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 1, 31), m("100.00"), plan)).isEqualTo(m("8.33"));
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 2, 28), m("100.00"), plan)).isEqualTo(m("16.67"));
  }

  @Test
  void aPlanOfNothing_fallsBackToTheCalendar() {
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 6, 30), m("365.00"), new Money[12])).isEqualTo(m("181.00"));
    Money[] zeros = new Money[12];
    java.util.Arrays.fill(zeros, Money.ZERO);
    assertThat(Pace.expectedBy(2023, LocalDate.of(2023, 6, 30), m("365.00"), zeros)).isEqualTo(m("181.00"));
  }

  // --- which months' execution counts ---

  @Test
  void monthsCounted_areTheMonthsUpToAndIncludingAsOfsMonth() {
    assertThat(Pace.monthsCounted(2023, LocalDate.of(2023, 1, 1))).isEqualTo(1);
    assertThat(Pace.monthsCounted(2023, LocalDate.of(2023, 3, 15))).isEqualTo(3);
    assertThat(Pace.monthsCounted(2023, LocalDate.of(2023, 6, 30))).isEqualTo(6);
    assertThat(Pace.monthsCounted(2023, LocalDate.of(2023, 12, 31))).isEqualTo(12);
  }

  @Test
  void monthsCounted_beforeTheYearIsNone_afterItAllTwelve() {
    assertThat(Pace.monthsCounted(2023, LocalDate.of(2022, 12, 31))).isZero();
    assertThat(Pace.monthsCounted(2023, LocalDate.of(2024, 1, 1))).isEqualTo(12);
    assertThat(Pace.monthsCounted(2023, LocalDate.of(2025, 7, 1))).isEqualTo(12);
  }
}
