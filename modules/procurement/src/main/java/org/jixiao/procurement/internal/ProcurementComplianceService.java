package org.jixiao.procurement.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.domain.calendar.CalendarYear;
import org.jixiao.domain.calendar.SpecialDay;
import org.jixiao.domain.calendar.WorkingCalendar;
import org.jixiao.domain.procurement.DeadlineCheck;
import org.jixiao.domain.procurement.ProcurementDeadlines;
import org.jixiao.domain.procurement.ProcurementProject;
import org.jixiao.domain.procurement.ProcurementScoring;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.YearScope;
import org.jixiao.procurement.api.ComplianceReport;
import org.jixiao.procurement.api.ProcurementCompliance;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class ProcurementComplianceService implements ProcurementCompliance {

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;

  @Override
  public ComplianceReport reportOf(Caller caller, int yearNumber, LocalDate asOf) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    LocalDate approved = scope.year().budgetApprovedOn().orElse(null);
    WorkingCalendar calendar = calendarFor(yearNumber);
    List<ComplianceReport.Record> visible = new ArrayList<>();
    List<List<DeadlineCheck>> all = new ArrayList<>();
    for (ProcurementProject p : em.createNamedQuery(ProcurementProject.OF_YEAR, ProcurementProject.class)
        .setParameter("yearId", scope.year().id()).getResultList()) {
      List<DeadlineCheck> checks =
          ProcurementDeadlines.check(p.events(approved), ProcurementDeadlines.Lengths.DEFAULTS, calendar, asOf);
      all.add(checks);
      if (scope.caller().mayRead(p.division().code())) {
        visible.add(new ComplianceReport.Record(p.code(), p.name(), p.division().code(), p.division().name(),
            p.method(), checks));
      }
    }
    return new ComplianceReport(yearNumber, approved, asOf, visible,
        ProcurementScoring.score(all, ProcurementScoring.Points.DEFAULTS));
  }

  /** The calendar of the year and the next (deadlines run over the year end). */
  private WorkingCalendar calendarFor(int year) {
    List<Integer> years = em.createNamedQuery(CalendarYear.ALL, CalendarYear.class).getResultStream()
        .map(CalendarYear::yearNumber).toList();
    List<SpecialDay> days = em.createNamedQuery(SpecialDay.BETWEEN, SpecialDay.class)
        .setParameter("from", LocalDate.of(year, 1, 1).minusDays(7))
        .setParameter("to", LocalDate.of(year + 1, 12, 31))
        .getResultList();
    return new WorkingCalendar(years, days);
  }
}
