package org.jixiao.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private final WorkingCalendar calendar =
      new WorkingCalendar(
          List.of(2024),
          List.of(
              new SpecialDay(2024, LocalDate.of(2024, 9, 29), "国庆节", false),
              new SpecialDay(2024, LocalDate.of(2024, 10, 1), "国庆节", true)));

  @Test
  void makeUpSunday_isAWorkingDay() {
    assertThat(calendar.kindOf(LocalDate.of(2024, 9, 29))).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
    assertThat(calendar.kindOf(LocalDate.of(2024, 9, 29)).isWorking()).isTrue();
  }

  @Test
  void nationalDayTuesday_isAHoliday_withItsName() {
    assertThat(calendar.kindOf(LocalDate.of(2024, 10, 1))).isEqualTo(DayKind.HOLIDAY);
    assertThat(calendar.holidayNameOf(LocalDate.of(2024, 10, 1))).isEqualTo("国庆节");
  }

  @Test
  void ordinaryDays_followMondayToFriday() {
    assertThat(calendar.kindOf(LocalDate.of(2024, 9, 27))).isEqualTo(DayKind.WORKING_DAY);
    assertThat(calendar.kindOf(LocalDate.of(2024, 9, 28))).isEqualTo(DayKind.WEEKEND);
  }

  @Test
  void yearWithoutNotice_isCalendarMissing_notAGuess() {
    assertThat(calendar.kindOf(LocalDate.of(2027, 3, 3))).isEqualTo(DayKind.CALENDAR_MISSING);
    assertThat(calendar.kindOf(LocalDate.of(2027, 3, 3)).isWorking()).isFalse();
  }
}
