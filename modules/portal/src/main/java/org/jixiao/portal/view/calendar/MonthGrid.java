package org.jixiao.portal.view.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.procurement.api.CalendarDayView;

/**
 * One month of the year view as a wall calendar prints it: weeks from Monday to Sunday (as in China), the days
 * before the 1st and after the last left empty (null).
 */
public record MonthGrid(Month month, List<List<CalendarDayView>> weeks) implements Serializable {

  /** The months of a year's days, January first. */
  public static List<MonthGrid> of(List<CalendarDayView> days) {
    List<MonthGrid> months = new ArrayList<>();
    for (Month month : Month.values()) {
      List<CalendarDayView> ofMonth = days.stream().filter(d -> d.date().getMonth() == month).toList();
      if (!ofMonth.isEmpty()) {
        months.add(new MonthGrid(month, weeksOf(ofMonth)));
      }
    }
    return months;
  }

  private static List<List<CalendarDayView>> weeksOf(List<CalendarDayView> days) {
    List<List<CalendarDayView>> weeks = new ArrayList<>();
    CalendarDayView[] week = new CalendarDayView[7];
    for (CalendarDayView day : days) {
      LocalDate date = day.date();
      week[date.getDayOfWeek().getValue() - 1] = day;
      if (date.getDayOfWeek().getValue() == 7) {
        weeks.add(Arrays.asList(week));
        week = new CalendarDayView[7];
      }
    }
    if (Arrays.stream(week).anyMatch(d -> d != null)) {
      weeks.add(Arrays.asList(week));
    }
    return weeks;
  }
}
