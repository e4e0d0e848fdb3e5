package org.jixiao.procurement.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
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
}
