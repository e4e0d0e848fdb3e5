package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.audit.HistoryEntry;
import org.jixiao.domain.calendar.DayKind;
import org.jixiao.domain.calendar.DueDate;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.procurement.api.CalendarYearView;
import org.jixiao.procurement.api.SpecialDayView;
import org.jixiao.procurement.api.WorkingDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admins keeping the working-day calendar, in the container: a new year imported from the shared JSON format and
 * counted across, a bad file changing nothing, one day added, changed and removed, a year removed, and everyone
 * else refused. Changes run in transactions rolled back, so the seeded 2023–2026 calendar stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarAdminIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("calendar-it", CalendarAdminIT.class);
  }

  @Inject private WorkingDays workingDays;
  @Inject private AuditTrail audit;
  @Resource private UserTransaction transaction;

  private static Caller as(Role role) {
    return new Caller("UNAUTHENTICATED", EnumSet.of(role), "office");
  }

  private static final Caller ADMIN = as(Role.ADMIN);
  private static final String SOURCE_2027 = "https://www.gov.cn/test/notice-2027.htm";

  /** A made-up notice for 2027 (the real one is not out yet): 元旦 on Friday, a National Day week with a 调休 Saturday. */
  private static final String NOTICE_2027 = """
      {"years": {"2027": {"source": "%s", "days": [
        {"date": "2027-01-01", "name": "元旦", "offDay": true},
        {"date": "2027-10-01", "name": "国庆节", "offDay": true},
        {"date": "2027-10-04", "name": "国庆节", "offDay": true},
        {"date": "2027-10-05", "name": "国庆节", "offDay": true},
        {"date": "2027-10-09", "name": "国庆节", "offDay": false}]}}}
      """.formatted(SOURCE_2027);

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static void refusedWith(String key, Runnable call) {
    assertThatThrownBy(call::run).as(key)
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  private List<Integer> years() {
    return workingDays.years().stream().map(CalendarYearView::year).toList();
  }

  @Test
  void newYear2027_importedFromJson_deadlinesCountAcrossIt() throws Exception {
    assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 12, 30), 2)).isEqualTo(DueDate.calendarMissing(2027));
    transaction.begin();
    try {
      List<CalendarYearView> imported = workingDays.importNotices(ADMIN, utf8(NOTICE_2027));

      assertThat(imported).containsExactly(new CalendarYearView(2027, SOURCE_2027, 5));
      assertThat(workingDays.years()).contains(new CalendarYearView(2027, SOURCE_2027, 5));
      // 31 Dec 2026 (Thursday), then 元旦 Friday and the weekend are skipped: Monday 4 January
      assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 12, 30), 2))
          .isEqualTo(DueDate.on(LocalDate.of(2027, 1, 4)));
      // the National Day week: 1, 4 and 5 October off, then Wednesday and Thursday
      assertThat(workingDays.addWorkingDays(LocalDate.of(2027, 9, 30), 2))
          .isEqualTo(DueDate.on(LocalDate.of(2027, 10, 7)));
      // Saturday 9 October is worked (调休)
      assertThat(workingDays.addWorkingDays(LocalDate.of(2027, 10, 7), 2))
          .isEqualTo(DueDate.on(LocalDate.of(2027, 10, 9)));
      assertThat(workingDays.overviewFor(LocalDate.of(2027, 10, 9)).kindOfDate()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
      assertThat(workingDays.daysOf(2027)).hasSize(365)
          .filteredOn(d -> d.kind() == DayKind.HOLIDAY).hasSize(4);

      // importing the year again replaces its days wholesale
      workingDays.importNotices(ADMIN, utf8(NOTICE_2027.replace(
          "{\"date\": \"2027-10-09\", \"name\": \"国庆节\", \"offDay\": false}",
          "{\"date\": \"2027-10-06\", \"name\": \"国庆节\", \"offDay\": true}")));
      assertThat(workingDays.specialDaysOf(2027)).extracting(SpecialDayView::date)
          .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 4),
              LocalDate.of(2027, 10, 5), LocalDate.of(2027, 10, 6));
      assertThat(workingDays.overviewFor(LocalDate.of(2027, 10, 9)).kindOfDate()).isEqualTo(DayKind.WEEKEND);
      // the two imports are the newest entries of the year's trail (the page test may have left older ones)
      assertThat(audit.historyOf("CalendarYear", "2027", 2))
          .allSatisfy(h -> assertThat(h.action()).isEqualTo("IMPORT"))
          .extracting(HistoryEntry::detail).first().asString().contains("5 天").contains(SOURCE_2027);
    } finally {
      transaction.rollback();
    }
    assertThat(years()).doesNotContain(2027);
  }

  @Test
  void aBadFile_isRefusedWhole_andChangesNothing() {
    List<SpecialDayView> seeded2024 = workingDays.specialDaysOf(2024);
    List<CalendarYearView> before = workingDays.years();
    // a good 2027 beside a broken 2024: neither is imported
    String goodAndBad = NOTICE_2027.replace("}]}}}", "}]}, \"2024\": {\"days\": ["
        + "{\"date\": \"2024-10-01\", \"name\": \"国庆节\", \"offDay\": true},"
        + "{\"date\": \"2024-10-01\", \"name\": \"国庆节\", \"offDay\": true}]}}}");
    Map<String, String> badFiles = Map.of(
        "calendar.import.json", "{\"years\": {\"2027\": ",
        "calendar.day.duplicate", goodAndBad,
        "calendar.day.outsideYear", NOTICE_2027.replace("2027-10-05", "2028-03-01"),
        "calendar.day.nameRequired", NOTICE_2027.replace("\"元旦\"", "\"\""),
        "calendar.day.nameTooLong", NOTICE_2027.replace("\"元旦\"", "\"" + "元".repeat(51) + "\""),
        "calendar.year.range", NOTICE_2027.replace("\"2027\"", "\"1999\""),
        // 2022-12-31 is in the notice of 2023
        "calendar.day.otherNotice", NOTICE_2027.replace("\"2027\"", "\"2022\"").replace("2027-01-01", "2022-12-31")
            .replace("2027-10", "2022-10"));
    badFiles.forEach((key, json) -> refusedWith(key, () -> workingDays.importNotices(ADMIN, utf8(json))));

    assertThat(workingDays.years()).isEqualTo(before);
    assertThat(workingDays.specialDaysOf(2024)).isEqualTo(seeded2024);
    assertThat(workingDays.overviewFor(LocalDate.of(2024, 10, 1)).kindOfDate()).isEqualTo(DayKind.HOLIDAY);
    assertThat(audit.historyOf("CalendarYear", "import", 20)).filteredOn(HistoryEntry::refused)
        .extracting(HistoryEntry::detail).anyMatch(d -> d.contains("出现了不止一次"));
  }

  @Test
  void oneDay_addedChangedAndRemoved() throws Exception {
    transaction.begin();
    try {
      // 2026-12-31 (Thursday) made a day off by hand, renamed, then removed again
      workingDays.saveDay(ADMIN, 2026, new SpecialDayView(LocalDate.of(2026, 12, 31), "元旦", true));
      assertThat(workingDays.overviewFor(LocalDate.of(2026, 12, 31)).kindOfDate()).isEqualTo(DayKind.HOLIDAY);
      workingDays.saveDay(ADMIN, 2026, new SpecialDayView(LocalDate.of(2026, 12, 31), " 元旦假期 ", true));
      assertThat(workingDays.specialDaysOf(2026)).contains(
          new SpecialDayView(LocalDate.of(2026, 12, 31), "元旦假期", true));
      workingDays.removeDay(ADMIN, LocalDate.of(2026, 12, 31));
      assertThat(workingDays.overviewFor(LocalDate.of(2026, 12, 31)).kindOfDate()).isEqualTo(DayKind.WORKING_DAY);

      // without the 调休 Sunday 29 September 2024, the brief's first example moves to the 8th of October
      workingDays.removeDay(ADMIN, LocalDate.of(2024, 9, 29));
      assertThat(workingDays.addWorkingDays(LocalDate.of(2024, 9, 27), 2))
          .isEqualTo(DueDate.on(LocalDate.of(2024, 10, 8)));
      assertThat(audit.historyOf("SpecialDay", "2024-09-29", 5)).extracting(HistoryEntry::action)
          .containsExactly("DELETE");

      // a year removed has no calendar any more
      workingDays.removeYear(ADMIN, 2025);
      assertThat(years()).doesNotContain(2025);
      assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 3, 3), 1)).isEqualTo(DueDate.calendarMissing(2025));
    } finally {
      transaction.rollback();
    }
    assertThat(workingDays.addWorkingDays(LocalDate.of(2024, 9, 27), 2))
        .isEqualTo(DueDate.on(LocalDate.of(2024, 9, 30)));
    assertThat(years()).contains(2025);
  }

  @Test
  void badDays_areRefused() {
    refusedWith("calendar.day.workingOnWeekday", () -> workingDays.saveDay(ADMIN, 2024,
        new SpecialDayView(LocalDate.of(2024, 10, 8), "国庆节", false)));
    refusedWith("calendar.day.outsideYear", () -> workingDays.saveDay(ADMIN, 2024,
        new SpecialDayView(LocalDate.of(2025, 10, 1), "国庆节", true)));
    refusedWith("calendar.day.nameRequired", () -> workingDays.saveDay(ADMIN, 2024,
        new SpecialDayView(LocalDate.of(2024, 10, 8), " ", true)));
    refusedWith("calendar.day.otherNotice", () -> workingDays.saveDay(ADMIN, 2022,
        new SpecialDayView(LocalDate.of(2022, 12, 31), "元旦", true)));
    refusedWith("calendar.day.unknown", () -> workingDays.removeDay(ADMIN, LocalDate.of(2024, 10, 8)));
    refusedWith("calendar.year.unknown", () -> workingDays.removeYear(ADMIN, 2031));
    assertThat(years()).doesNotContain(2022);
  }

  @Test
  void nonAdmins_areRefused_andAudited() {
    for (Role role : List.of(Role.LEADERSHIP, Role.FINANCE, Role.DIVISION_HEAD)) {
      Caller caller = as(role);
      refusedWith("calendar.adminOnly", () -> workingDays.importNotices(caller, utf8(NOTICE_2027)));
      refusedWith("calendar.adminOnly", () -> workingDays.saveDay(caller, 2024,
          new SpecialDayView(LocalDate.of(2024, 10, 8), "国庆节", true)));
      refusedWith("calendar.adminOnly", () -> workingDays.removeDay(caller, LocalDate.of(2024, 10, 1)));
      refusedWith("calendar.adminOnly", () -> workingDays.removeYear(caller, 2024));
    }
    assertThat(years()).contains(2024).doesNotContain(2027);
    assertThat(workingDays.overviewFor(LocalDate.of(2024, 10, 1)).kindOfDate()).isEqualTo(DayKind.HOLIDAY);
    assertThat(audit.historyOf("SpecialDay", "2024-10-01", 10)).filteredOn(HistoryEntry::refused)
        .hasSizeGreaterThanOrEqualTo(3).allSatisfy(h -> assertThat(h.detail()).contains("只有系统管理员可以维护工作日历"));
  }
}
