package org.jixiao.procurement.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.calendar.CalendarYear;
import org.jixiao.domain.calendar.SpecialDay;
import org.jixiao.domain.calendar.WorkingCalendar;
import org.jixiao.domain.procurement.ProcurementDeadlines;
import org.jixiao.domain.procurement.ProcurementProject;
import org.jixiao.domain.procurement.ProcurementRule;
import org.jixiao.domain.procurement.ProcurementSettings;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.procurement.api.ComplianceReport;

/**
 * What every procurement computation of a year stands on: the rule in force, the working-day calendar and the
 * budget approval date. Loaded once per call, so a page of 10,000 records costs three queries.
 */
final class ProcurementYear {

  final FiscalYear year;
  final int ruleVersion;
  final ProcurementSettings settings;
  final WorkingCalendar calendar;
  final LocalDate budgetApproved;

  private ProcurementYear(FiscalYear year, int ruleVersion, ProcurementSettings settings, WorkingCalendar calendar) {
    this.year = year;
    this.ruleVersion = ruleVersion;
    this.settings = settings;
    this.calendar = calendar;
    this.budgetApproved = year.budgetApprovedOn().orElse(null);
  }

  static ProcurementYear load(EntityManager em, FiscalYear year) {
    ProcurementRule rule = em.createNamedQuery(ProcurementRule.OF_YEAR, ProcurementRule.class)
        .setParameter("yearId", year.id()).setMaxResults(1).getResultStream().findFirst().orElse(null);
    return new ProcurementYear(year, rule == null ? 0 : rule.ruleVersion(),
        rule == null ? ProcurementSettings.DEFAULTS : rule.settings(), calendarFor(em, year.yearNumber()));
  }

  /** The calendar around the year (deadlines run over the year end, the first days count from December). */
  private static WorkingCalendar calendarFor(EntityManager em, int year) {
    List<Integer> years = em.createNamedQuery(CalendarYear.ALL, CalendarYear.class).getResultStream()
        .map(CalendarYear::yearNumber).toList();
    List<SpecialDay> days = em.createNamedQuery(SpecialDay.BETWEEN, SpecialDay.class)
        .setParameter("from", LocalDate.of(year, 1, 1).minusDays(7))
        .setParameter("to", LocalDate.of(year + 1, 12, 31))
        .getResultList();
    return new WorkingCalendar(years, days);
  }

  List<ProcurementProject> projects(EntityManager em) {
    return em.createNamedQuery(ProcurementProject.OF_YEAR, ProcurementProject.class)
        .setParameter("yearId", year.id()).getResultList();
  }

  ComplianceReport.Record record(ProcurementProject p, LocalDate asOf, boolean editable) {
    ProcurementDeadlines.Events events = p.events(budgetApproved);
    return new ComplianceReport.Record(p.code(), p.name(), p.division().code(), p.division().name(), p.method(),
        p.amount(), p.budgetLine().map(l -> l.code()).orElse(null), p.budgetLine().map(l -> l.name()).orElse(null),
        events, ProcurementDeadlines.check(events, settings.lengths(), calendar, asOf),
        p.overBudgetExcess().orElse(null), p.overBudgetApprovedBy().orElse(null), p.overBudgetReason().orElse(null),
        p.version(), editable);
  }
}
