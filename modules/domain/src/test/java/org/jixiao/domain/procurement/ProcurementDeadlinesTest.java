package org.jixiao.domain.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.calendar.SeededCalendar;
import org.jixiao.domain.calendar.WorkingCalendar;
import org.jixiao.domain.procurement.ProcurementDeadlines.Events;
import org.jixiao.domain.procurement.ProcurementDeadlines.Lengths;
import org.junit.jupiter.api.Test;

class ProcurementDeadlinesTest {

  private static final WorkingCalendar CALENDAR = SeededCalendar.load();

  private static LocalDate d(String date) {
    return date == null ? null : LocalDate.parse(date);
  }

  private static DeadlineCheck check(ProcurementRequirement requirement, Events events, String asOf) {
    List<DeadlineCheck> checks = ProcurementDeadlines.check(events, Lengths.DEFAULTS, CALENDAR, d(asOf));
    return checks.stream().filter(c -> c.requirement() == requirement).findFirst().orElseThrow();
  }

  private static Events events(String approved, String intention, String started, String award, String signed,
      String announced, String filed) {
    return new Events(d(approved), d(intention), d(started), d(award), d(signed), d(announced), d(filed));
  }

  @Test
  void intention_within60DaysOfBudgetApproval_movedOffANationalHoliday() {
    DeadlineCheck onTime = check(ProcurementRequirement.INTENTION_AFTER_APPROVAL,
        events("2023-02-10", "2023-04-11", null, null, null, null, null), "2023-12-31");
    assertThat(onTime.due()).isEqualTo(d("2023-04-11"));
    assertThat(onTime.status()).isEqualTo(ComplianceStatus.ON_TIME);
    DeadlineCheck late = check(ProcurementRequirement.INTENTION_AFTER_APPROVAL,
        events("2024-08-02", "2024-10-10", null, null, null, null, null), "2024-12-31");
    assertThat(late.due()).isEqualTo(d("2024-10-08")); // 60 days end on National Day → next working day
    assertThat(late.status()).isEqualTo(ComplianceStatus.LATE);
    assertThat(late.lateDays()).isEqualTo(2);
  }

  @Test
  void intention_atLeast30DaysBeforeTheStart() {
    DeadlineCheck late = check(ProcurementRequirement.INTENTION_BEFORE_START,
        events("2023-02-10", "2023-04-20", "2023-05-10", null, null, null, null), "2023-12-31");
    assertThat(late.due()).isEqualTo(d("2023-04-10"));
    assertThat(late.status()).isEqualTo(ComplianceStatus.LATE);
  }

  @Test
  void contract_signedWithin30DaysOfTheAward_announcedIn2_filedIn7WorkingDays() {
    Events e = events("2024-02-01", "2024-03-01", "2024-04-10", "2024-09-01", "2024-10-09", "2024-10-11",
        "2024-10-15");
    DeadlineCheck signed = check(ProcurementRequirement.CONTRACT_SIGNED, e, "2024-12-31");
    assertThat(signed.due()).isEqualTo(d("2024-10-08"));
    assertThat(signed.status()).isEqualTo(ComplianceStatus.LATE);
    assertThat(signed.lateDays()).isEqualTo(1);
    DeadlineCheck announced = check(ProcurementRequirement.CONTRACT_ANNOUNCED, e, "2024-12-31");
    assertThat(announced.due()).isEqualTo(d("2024-10-11"));
    assertThat(announced.status()).isEqualTo(ComplianceStatus.ON_TIME);
    DeadlineCheck filed = check(ProcurementRequirement.CONTRACT_FILED, e, "2024-12-31");
    // 10-10, 10-11, 10-12 (调休 Saturday), 10-14, 10-15, 10-16, 10-17
    assertThat(filed.due()).isEqualTo(d("2024-10-17"));
    assertThat(filed.status()).isEqualTo(ComplianceStatus.ON_TIME);
  }

  @Test
  void notDoneYet_isDueInWorkingDays_thenMissing() {
    Events e = events(null, null, null, "2024-09-20", "2024-09-30", null, null);
    DeadlineCheck due = check(ProcurementRequirement.CONTRACT_ANNOUNCED, e, "2024-10-05");
    assertThat(due.status()).isEqualTo(ComplianceStatus.DUE);
    assertThat(due.due()).isEqualTo(d("2024-10-09"));
    assertThat(due.workingDaysLeft()).isEqualTo(2);
    DeadlineCheck missing = check(ProcurementRequirement.CONTRACT_ANNOUNCED, e, "2024-10-20");
    assertThat(missing.status()).isEqualTo(ComplianceStatus.MISSING);
    assertThat(missing.isDecided()).isTrue();
  }

  @Test
  void nothingToCountFrom_isNotApplicable_andAMissingCalendarIsSaid() {
    Events none = events(null, null, null, null, null, null, null);
    assertThat(check(ProcurementRequirement.CONTRACT_SIGNED, none, "2024-12-31").status())
        .isEqualTo(ComplianceStatus.NOT_APPLICABLE);
    DeadlineCheck unknown = check(ProcurementRequirement.CONTRACT_FILED,
        events(null, null, null, "2026-12-01", "2026-12-30", null, null), "2026-12-31");
    assertThat(unknown.status()).isEqualTo(ComplianceStatus.CALENDAR_MISSING);
    assertThat(unknown.missingCalendarYear()).isEqualTo(2027);
    assertThat(unknown.isDecided()).isFalse();
  }
}
