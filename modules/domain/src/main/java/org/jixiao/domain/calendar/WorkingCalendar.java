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

  /** The holiday's name (春节) for a special day, else null. */
  public String holidayNameOf(LocalDate date) {
    SpecialDay special = specialDays.get(date);
    return special == null ? null : special.name();
  }
}
