package org.jixiao.procurement.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.calendar.DueDate;
import org.jixiao.domain.security.Caller;

/** The working-day calendar that legal deadlines are counted on (工作日历). */
@Local
public interface WorkingDays {

  /** The covered years and the kind of {@code date} (a working day, a 调休 day, a holiday, or unknown). */
  CalendarOverview overviewFor(LocalDate date);

  /** The last day of a deadline of {@code workingDays} working days after {@code from}; 0–250 days. */
  DueDate addWorkingDays(LocalDate from, int workingDays);

  /** The last day of a deadline of {@code days} calendar days after {@code from}, moved off rest days; 0–366. */
  DueDate addCalendarDays(LocalDate from, int days);

  /** A year's special days (holidays and 调休 working days) as its notice lists them; empty when not loaded. */
  List<SpecialDayView> specialDaysOf(int year);

  /** The years whose notice is loaded, oldest first. */
  List<CalendarYearView> years();

  /**
   * Every date of {@code year} (1 January to 31 December) with its kind; a year not loaded shows the
   * Monday–Friday rule alone, which {@link #years()} tells apart.
   */
  List<CalendarDayView> daysOf(int year);

  /**
   * Admins: imports the notices of a JSON file in the shared format ({@code {"years": {"2027": {"source", "days":
   * [{"date", "name", "offDay"}]}}}}), each replacing its year's days wholesale. Everything is checked first: any
   * problem refuses the whole file and nothing changes. Returns each imported year with its number of days.
   */
  List<CalendarYearView> importNotices(Caller caller, byte[] json);

  /**
   * Admins: adds a day to the notice of {@code noticeYear}, or changes the name or kind of the day already on that
   * date. A year not loaded yet starts with this day (typed in by hand from the notice).
   */
  void saveDay(Caller caller, int noticeYear, SpecialDayView day);

  /** Admins: removes one special day; the date follows the Monday–Friday rule again. */
  void removeDay(Caller caller, LocalDate date);

  /** Admins: removes a year's notice and all its days; deadlines in that year become "calendar missing". */
  void removeYear(Caller caller, int year);
}
