package org.jixiao.domain.procurement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.domain.calendar.DueDate;
import org.jixiao.domain.calendar.WorkingCalendar;

/**
 * The legal deadlines of one procurement, counted on the working-day calendar (民法典 §201/§203): each
 * requirement's due date from the event it counts from, and its status as of a date. Pure; the lengths come
 * from the year's rule.
 */
public final class ProcurementDeadlines {

  /** The lengths of the deadlines (defaults from the law and the report). */
  public record Lengths(int intentionDaysAfterApproval, int intentionDaysBeforeStart, int signDaysAfterAward,
      int announceWorkingDays, int fileWorkingDays) implements java.io.Serializable {

    public static final Lengths DEFAULTS = new Lengths(60, 30, 30, 2, 7);
  }

  /** The dates of a procurement's events; any may still be missing. */
  public record Events(LocalDate budgetApproved, LocalDate intentionPublished, LocalDate procurementStarted,
      LocalDate awardNotice, LocalDate contractSigned, LocalDate contractAnnounced, LocalDate contractFiled)
      implements java.io.Serializable {}

  private ProcurementDeadlines() {}

  public static List<DeadlineCheck> check(Events e, Lengths lengths, WorkingCalendar calendar, LocalDate asOf) {
    return List.of(
        check(ProcurementRequirement.INTENTION_AFTER_APPROVAL, e.budgetApproved(),
            from -> calendar.addCalendarDays(from, lengths.intentionDaysAfterApproval()), e.intentionPublished(),
            calendar, asOf),
        intentionBeforeStart(e, lengths, calendar, asOf),
        check(ProcurementRequirement.CONTRACT_SIGNED, e.awardNotice(),
            from -> calendar.addCalendarDays(from, lengths.signDaysAfterAward()), e.contractSigned(), calendar, asOf),
        check(ProcurementRequirement.CONTRACT_ANNOUNCED, e.contractSigned(),
            from -> calendar.addWorkingDays(from, lengths.announceWorkingDays()), e.contractAnnounced(), calendar,
            asOf),
        check(ProcurementRequirement.CONTRACT_FILED, e.contractSigned(),
            from -> calendar.addWorkingDays(from, lengths.fileWorkingDays()), e.contractFiled(), calendar, asOf));
  }

  private static DeadlineCheck check(ProcurementRequirement requirement, LocalDate from,
      java.util.function.Function<LocalDate, DueDate> dueFrom, LocalDate actual, WorkingCalendar calendar,
      LocalDate asOf) {
    if (from == null) {
      return new DeadlineCheck(requirement, null, actual, ComplianceStatus.NOT_APPLICABLE, 0, null, null);
    }
    DueDate due = dueFrom.apply(from);
    if (!due.isKnown()) {
      return new DeadlineCheck(requirement, null, actual, ComplianceStatus.CALENDAR_MISSING, 0, null,
          due.missingYear());
    }
    return judge(requirement, due.date(), actual, calendar, asOf);
  }

  /** At least 30 days before the start: the intention is due by start − 30 days (no moving: it is a "before"). */
  private static DeadlineCheck intentionBeforeStart(Events e, Lengths lengths, WorkingCalendar calendar,
      LocalDate asOf) {
    if (e.procurementStarted() == null) {
      return new DeadlineCheck(ProcurementRequirement.INTENTION_BEFORE_START, null, e.intentionPublished(),
          ComplianceStatus.NOT_APPLICABLE, 0, null, null);
    }
    LocalDate due = e.procurementStarted().minusDays(lengths.intentionDaysBeforeStart());
    return judge(ProcurementRequirement.INTENTION_BEFORE_START, due, e.intentionPublished(), calendar, asOf);
  }

  private static DeadlineCheck judge(ProcurementRequirement requirement, LocalDate due, LocalDate actual,
      WorkingCalendar calendar, LocalDate asOf) {
    if (actual != null) {
      int late = (int) Math.max(0, ChronoUnit.DAYS.between(due, actual));
      return new DeadlineCheck(requirement, due, actual, late == 0 ? ComplianceStatus.ON_TIME : ComplianceStatus.LATE,
          late, null, null);
    }
    if (asOf.isAfter(due)) {
      return new DeadlineCheck(requirement, due, null, ComplianceStatus.MISSING,
          (int) ChronoUnit.DAYS.between(due, asOf), null, null);
    }
    WorkingCalendar.OptionalWorkingDays left = calendar.workingDaysBetween(asOf, due);
    return new DeadlineCheck(requirement, due, null,
        left.count() == null ? ComplianceStatus.CALENDAR_MISSING : ComplianceStatus.DUE, 0, left.count(),
        left.missingYear());
  }
}
