package org.jixiao.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The working-day calendar over the years it knows: Monday–Friday are working days unless the notice makes them
 * days off; weekend days are off unless the notice makes them working days (调休). Pure and immutable.
 */
public final class WorkingCalendar {

  private final Set<Integer> coveredYears;
  private final Map<LocalDate, SpecialDay> specialDays;

  public WorkingCalendar(Collection<Integer> coveredYears, Collection<SpecialDay> specialDays) {
    this.coveredYears = Set.copyOf(coveredYears);
    this.specialDays =
        specialDays.stream().collect(Collectors.toUnmodifiableMap(SpecialDay::date, Function.identity()));
  }

  public boolean covers(LocalDate date) {
    return coveredYears.contains(date.getYear());
  }

  public DayKind kindOf(LocalDate date) {
    if (!covers(date)) {
      return DayKind.CALENDAR_MISSING;
    }
    SpecialDay special = specialDays.get(date);
    if (special != null) {
      return special.isOffDay() ? DayKind.HOLIDAY : DayKind.MAKE_UP_WORKING_DAY;
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKING_DAY;
  }

  /**
   * The last day of a deadline of {@code workingDays} working days from {@code start} (民法典 §201: the start day is
   * not counted): working days only, 调休 weekend days included, holidays and ordinary weekends skipped.
   */
  public DueDate addWorkingDays(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("A deadline counts forward: " + workingDays);
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      DayKind kind = kindOf(day);
      if (kind == DayKind.CALENDAR_MISSING) {
        return DueDate.calendarMissing(day.getYear());
      }
      if (kind.isWorking()) {
        counted++;
      }
    }
    return DueDate.on(day);
  }

  /**
   * The last day of a deadline of {@code days} calendar days from {@code start} (民法典 §201, §203): the start day
   * is not counted; a last day that is a holiday or a rest day moves to the next working day.
   */
  public DueDate addCalendarDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("A deadline counts forward: " + days);
    }
    LocalDate day = start.plusDays(days);
    while (true) {
      DayKind kind = kindOf(day);
      if (kind == DayKind.CALENDAR_MISSING) {
        return DueDate.calendarMissing(day.getYear());
      }
      if (kind.isWorking()) {
        return DueDate.on(day);
      }
      day = day.plusDays(1);
    }
  }

  /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
  public OptionalWorkingDays workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      DayKind kind = kindOf(day);
      if (kind == DayKind.CALENDAR_MISSING) {
        return new OptionalWorkingDays(null, day.getYear());
      }
      if (kind.isWorking()) {
        count++;
      }
    }
    return new OptionalWorkingDays(count, null);
  }

  /** A count of working days, or the year whose calendar is missing. */
  public record OptionalWorkingDays(Integer count, Integer missingYear) {}

  /** The holiday's name (春节) for a special day, else null. */
  public String holidayNameOf(LocalDate date) {
    SpecialDay special = specialDays.get(date);
    return special == null ? null : special.name();
  }
}
