package org.jixiao.procurement.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.calendar.DueDate;
import org.jixiao.procurement.api.SpecialDayView;
import org.jixiao.domain.calendar.CalendarYear;
import org.jixiao.domain.calendar.SpecialDay;
import org.jixiao.domain.calendar.WorkingCalendar;
import org.jixiao.domain.security.Roles;
import org.jixiao.procurement.api.CalendarOverview;
import org.jixiao.procurement.api.WorkingDays;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class WorkingDayService implements WorkingDays {

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Override
  public CalendarOverview overviewFor(LocalDate date) {
    List<Integer> years =
        em.createNamedQuery(CalendarYear.ALL, CalendarYear.class)
            .getResultStream()
            .map(CalendarYear::yearNumber)
            .toList();
    // the notice of a year can list days of its neighbours (元旦 of 2023 starts on 2022-12-31)
    List<SpecialDay> around =
        em.createNamedQuery(SpecialDay.BETWEEN, SpecialDay.class)
            .setParameter("from", date.minusDays(1))
            .setParameter("to", date.plusDays(1))
            .getResultList();
    WorkingCalendar calendar = new WorkingCalendar(years, around);
    return new CalendarOverview(
        years, date, calendar.kindOf(date), calendar.holidayNameOf(date));
  }

  @Override
  public DueDate addWorkingDays(LocalDate from, int workingDays) {
    if (from == null || workingDays < 0 || workingDays > 250) {
      throw new BusinessException("workdays.range", workingDays);
    }
    // long holidays last at most 9 days: twice the count plus a margin always reaches the due day
    return calendarAround(from, workingDays * 2L + 40).addWorkingDays(from, workingDays);
  }

  @Override
  public DueDate addCalendarDays(LocalDate from, int days) {
    if (from == null || days < 0 || days > 366) {
      throw new BusinessException("workdays.range", days);
    }
    return calendarAround(from, days + 40L).addCalendarDays(from, days);
  }

  @Override
  public List<SpecialDayView> specialDaysOf(int year) {
    return em.createNamedQuery(SpecialDay.BETWEEN, SpecialDay.class)
        .setParameter("from", LocalDate.of(year, 1, 1).minusDays(7))
        .setParameter("to", LocalDate.of(year, 12, 31).plusDays(7))
        .getResultStream()
        .filter(d -> d.noticeYear() == year)
        .map(d -> new SpecialDayView(d.date(), d.name(), d.isOffDay()))
        .toList();
  }

  /** The calendar for the days from {@code from} on, as far as a deadline can reach. */
  private WorkingCalendar calendarAround(LocalDate from, long reach) {
    List<Integer> years =
        em.createNamedQuery(CalendarYear.ALL, CalendarYear.class)
            .getResultStream()
            .map(CalendarYear::yearNumber)
            .toList();
    List<SpecialDay> days =
        em.createNamedQuery(SpecialDay.BETWEEN, SpecialDay.class)
            .setParameter("from", from)
            .setParameter("to", from.plusDays(reach))
            .getResultList();
    return new WorkingCalendar(years, days);
  }
}
