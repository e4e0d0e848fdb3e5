package org.jixiao.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deadline counting per 民法典 §201/§203 on the real 2023–2026 calendar (the seeded migration's rows), with the
 * domain brief's three examples.
 */
class DeadlineCountingTest {

  private static WorkingCalendar calendar;

  @BeforeAll
  static void loadTheSeededCalendar() {
    calendar = SeededCalendar.load();
  }

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  @Test
  void signedFridayBeforeNationalDay_dueMonday_becauseTheMakeUpSundayCounts() {
    assertThat(calendar.addWorkingDays(d("2024-09-27"), 2)).isEqualTo(DueDate.on(d("2024-09-30")));
  }

  @Test
  void signedTheDayBeforeNationalDay_dueAfterTheWholeHoliday() {
    assertThat(calendar.addWorkingDays(d("2024-09-30"), 2)).isEqualTo(DueDate.on(d("2024-10-09")));
  }

  @Test
  void signedBeforeSpringFestival_dueAfterIt_countingTheMakeUpSaturday() {
    assertThat(calendar.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(DueDate.on(d("2026-02-24")));
  }

  @Test
  void calendarDayDeadline_endingOnAHoliday_movesToTheNextWorkingDay() {
    // 30 days after 2024-09-01 is 2024-10-01, National Day: the deadline moves to 2024-10-08
    assertThat(calendar.addCalendarDays(d("2024-09-01"), 30)).isEqualTo(DueDate.on(d("2024-10-08")));
    // ending on an ordinary working day, it stays
    assertThat(calendar.addCalendarDays(d("2024-09-10"), 30)).isEqualTo(DueDate.on(d("2024-10-10")));
    // ending on a 调休 Saturday (a working day), it stays there
    assertThat(calendar.addCalendarDays(d("2024-09-12"), 30)).isEqualTo(DueDate.on(d("2024-10-12")));
  }

  @Test
  void acrossTheYearEnd_intoAYearWithoutItsNotice_isCalendarMissing() {
    assertThat(calendar.addWorkingDays(d("2026-12-30"), 2)).isEqualTo(DueDate.calendarMissing(2027));
    assertThat(calendar.addCalendarDays(d("2026-12-20"), 30).isKnown()).isFalse();
    assertThat(calendar.addWorkingDays(d("2025-12-30"), 2)).isEqualTo(DueDate.on(d("2026-01-04")));
  }

  @Test
  void workingDaysBetween_countsLikeTheDeadline() {
    assertThat(calendar.workingDaysBetween(d("2024-09-30"), d("2024-10-09")).count()).isEqualTo(2);
    assertThat(calendar.workingDaysBetween(d("2024-09-27"), d("2024-09-27")).count()).isZero();
  }
}
