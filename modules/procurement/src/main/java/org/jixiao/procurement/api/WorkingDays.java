package org.jixiao.procurement.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.calendar.DueDate;

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
}
