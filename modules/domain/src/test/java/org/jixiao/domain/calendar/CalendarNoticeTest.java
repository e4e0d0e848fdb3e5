package org.jixiao.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.calendar.CalendarNotice.NoticeDay;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CalendarNoticeTest {

  /** The shared data file the seed migration was made from (shared/ lies beside the repository). */
  private static final Path SHARED_FILE = Path.of("../../../shared/data/cn-holidays-2023-2026.json");

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** A file of one year whose days are {@code days} (JSON objects). */
  private static byte[] year(String year, String days) {
    return utf8("{\"years\":{\"" + year + "\":{\"source\":\"https://www.gov.cn/notice\",\"days\":[" + days + "]}}}");
  }

  private static String day(String date, String name, boolean offDay) {
    return "{\"date\":\"" + date + "\",\"name\":\"" + name + "\",\"offDay\":" + offDay + "}";
  }

  private static void refused(byte[] file, String key) {
    assertThatThrownBy(() -> CalendarNotice.parse(file))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  @Test
  void sharedFile_givesTheFourSeededNotices_dayForDay() throws Exception {
    Assumptions.assumeTrue(Files.exists(SHARED_FILE), "shared/ is not beside the repository");
    List<CalendarNotice> notices = CalendarNotice.parse(Files.readAllBytes(SHARED_FILE));

    assertThat(notices).extracting(CalendarNotice::year).containsExactly(2023, 2024, 2025, 2026);
    assertThat(notices).extracting(n -> n.days().size()).containsExactly(34, 36, 33, 39);
    assertThat(notices.get(1).source()).isEqualTo("https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm");
    WorkingCalendar fromFile = new WorkingCalendar(List.of(2023, 2024, 2025, 2026),
        notices.stream().flatMap(n -> n.days().stream().map(d -> new SpecialDay(n.year(), d.date(), d.name(),
            d.offDay()))).toList());
    WorkingCalendar seeded = SeededCalendar.load();
    for (LocalDate d = LocalDate.of(2022, 12, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
      assertThat(fromFile.kindOf(d)).as(d.toString()).isEqualTo(seeded.kindOf(d));
      assertThat(fromFile.holidayNameOf(d)).as(d.toString()).isEqualTo(seeded.holidayNameOf(d));
    }
  }

  @Test
  void aNotice_isSortedByDate_namesStripped_andMayReachIntoTheNeighbouringMonths() {
    byte[] file = year("2027", String.join(",",
        day("2027-10-09", "国庆节", false), day("2027-10-01", " 国庆节 ", true),
        day("2026-12-01", "元旦", true), day("2028-01-31", "春节", true)));

    CalendarNotice notice = CalendarNotice.parse(file).get(0);

    assertThat(notice.year()).isEqualTo(2027);
    assertThat(notice.source()).isEqualTo("https://www.gov.cn/notice");
    assertThat(notice.days()).containsExactly(
        new NoticeDay(LocalDate.of(2026, 12, 1), "元旦", true),
        new NoticeDay(LocalDate.of(2027, 10, 1), "国庆节", true),
        new NoticeDay(LocalDate.of(2027, 10, 9), "国庆节", false),
        new NoticeDay(LocalDate.of(2028, 1, 31), "春节", true));
  }

  @Test
  void severalYears_inOneFile_withoutSourceOrWithAByteOrderMark() {
    byte[] file = utf8("\uFEFF{\"years\":{\"2028\":{\"days\":[" + day("2028-01-01", "元旦", true) + "]},"
        + "\"2027\":{\"source\":null,\"days\":[" + day("2027-01-01", "元旦", true) + "]}}}");

    List<CalendarNotice> notices = CalendarNotice.parse(file);

    assertThat(notices).extracting(CalendarNotice::year).containsExactly(2027, 2028);
    assertThat(notices).extracting(CalendarNotice::source).containsOnlyNulls();
  }

  static Stream<Arguments> badFiles() {
    String ok = day("2027-01-01", "元旦", true);
    return Stream.of(
        Arguments.of("nothing", new byte[0], "calendar.import.empty"),
        Arguments.of("not JSON", utf8("{\"years\": {\"2027\": "), "calendar.import.json"),
        Arguments.of("not UTF-8", new byte[] {'{', (byte) 0xC3, '(', '}'}, "calendar.import.encoding"),
        Arguments.of("an array", utf8("[1, 2]"), "calendar.import.shape"),
        Arguments.of("no years", utf8("{\"2027\": []}"), "calendar.import.shape"),
        Arguments.of("years empty", utf8("{\"years\": {}}"), "calendar.import.noYears"),
        Arguments.of("year key not a year", year("27", ok), "calendar.import.yearKey"),
        Arguments.of("year before 2000", year("1999", day("1999-01-01", "元旦", true)), "calendar.year.range"),
        Arguments.of("year after 2100", year("2101", day("2101-01-01", "元旦", true)), "calendar.year.range"),
        Arguments.of("year given twice", utf8("{\"years\":{\"2027\":{\"days\":[" + ok + "]},\"2027\":{\"days\":["
            + ok + "]}}}"), "calendar.import.json"),
        Arguments.of("year not an object", utf8("{\"years\":{\"2027\":[]}}"), "calendar.import.yearShape"),
        Arguments.of("days missing", utf8("{\"years\":{\"2027\":{\"source\":\"https://x.cn\"}}}"),
            "calendar.import.yearShape"),
        Arguments.of("no days", year("2027", ""), "calendar.import.noDays"),
        Arguments.of("a day not an object", year("2027", ok + ",\"2027-10-01\""), "calendar.import.dayShape"),
        Arguments.of("date missing", year("2027", "{\"name\":\"元旦\",\"offDay\":true}"), "calendar.import.dayShape"),
        Arguments.of("date not a date", year("2027", day("2027-13-01", "元旦", true)), "calendar.day.date"),
        Arguments.of("date in another format", year("2027", day("2027/10/01", "国庆节", true)), "calendar.day.date"),
        Arguments.of("date a year away", year("2027", day("2028-03-01", "春节", true)), "calendar.day.outsideYear"),
        Arguments.of("date before the month before", year("2027", day("2026-11-30", "元旦", true)),
            "calendar.day.outsideYear"),
        Arguments.of("date after the month after", year("2027", day("2028-02-01", "春节", true)),
            "calendar.day.outsideYear"),
        Arguments.of("date twice", year("2027", ok + "," + day("2027-01-01", "新年", true)), "calendar.day.duplicate"),
        Arguments.of("name empty", year("2027", day("2027-01-01", "", true)), "calendar.day.nameRequired"),
        Arguments.of("name blank", year("2027", day("2027-01-01", "  ", true)), "calendar.day.nameRequired"),
        Arguments.of("name missing", year("2027", "{\"date\":\"2027-01-01\",\"offDay\":true}"),
            "calendar.day.nameRequired"),
        Arguments.of("name not text", year("2027", "{\"date\":\"2027-01-01\",\"name\":1,\"offDay\":true}"),
            "calendar.import.dayShape"),
        Arguments.of("name of 51 characters", year("2027", day("2027-01-01", "节".repeat(51), true)),
            "calendar.day.nameTooLong"),
        Arguments.of("offDay missing", year("2027", "{\"date\":\"2027-01-01\",\"name\":\"元旦\"}"), "calendar.day.offDay"),
        Arguments.of("offDay as text", year("2027", "{\"date\":\"2027-01-01\",\"name\":\"元旦\",\"offDay\":\"true\"}"),
            "calendar.day.offDay"),
        Arguments.of("a Friday worked as 调休", year("2027", day("2027-10-08", "国庆节", false)),
            "calendar.day.workingOnWeekday"),
        Arguments.of("source a script", utf8("{\"years\":{\"2027\":{\"source\":\"javascript:alert(1)\",\"days\":["
            + ok + "]}}}"), "calendar.import.source"),
        Arguments.of("source not text", utf8("{\"years\":{\"2027\":{\"source\":5,\"days\":[" + ok + "]}}}"),
            "calendar.import.source"),
        Arguments.of("one date in two notices", utf8("{\"years\":{\"2027\":{\"days\":[" + day("2027-12-31", "元旦", true)
            + "]},\"2028\":{\"days\":[" + day("2027-12-31", "元旦", true) + "]}}}"), "calendar.day.otherNotice"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aBadFile_isRefusedWhole_withAKeyThatSaysWhy(String why, byte[] file, String key) {
    refused(file, key);
  }

  @Test
  void aNameOf50Characters_isAccepted() {
    assertThat(CalendarNotice.parse(year("2027", day("2027-01-01", "节".repeat(50), true))).get(0).days())
        .extracting(NoticeDay::name).containsExactly("节".repeat(50));
  }

  @Test
  void refusals_nameTheYearAndTheDate() {
    assertThatThrownBy(() -> CalendarNotice.parse(year("2027", day("2028-03-01", "春节", true))))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.arguments()).containsExactly("2028-03-01", 2027));
    assertThatThrownBy(() -> CalendarNotice.parse(utf8("{\"years\":\n  {\"2027\": x}}")))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.arguments()[0]).isEqualTo(2L));
  }

  @Test
  void aDateHeldByAnotherYearsNotice_isRefused() {
    CalendarNotice notice = CalendarNotice.parse(year("2027", day("2026-12-31", "元旦", true))).get(0);

    assertThatThrownBy(() -> CalendarNotice.checkDisjoint(List.of(notice), Map.of(LocalDate.of(2026, 12, 31), 2026)))
        .isInstanceOfSatisfying(BusinessException.class, e -> {
          assertThat(e.messageKey()).isEqualTo("calendar.day.otherNotice");
          assertThat(e.arguments()).containsExactly("2026-12-31", 2026, 2027);
        });
    CalendarNotice.checkDisjoint(List.of(notice), Map.of(LocalDate.of(2026, 12, 30), 2026));
  }

  @Test
  void aSpecialDay_isCheckedWhenMadeAndWhenChanged() {
    SpecialDay day = new SpecialDay(2024, LocalDate.of(2024, 9, 29), "国庆节", false);

    day.change(" 国庆节调休 ", false);
    assertThat(day.name()).isEqualTo("国庆节调休");
    day.change("国庆节", true);
    assertThat(day.isOffDay()).isTrue();
    assertThatThrownBy(() -> day.change("", true)).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> new SpecialDay(2024, LocalDate.of(2024, 10, 8), "国庆节", false))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("calendar.day.workingOnWeekday"));
    assertThatThrownBy(() -> new SpecialDay(2024, LocalDate.of(2025, 10, 1), "国庆节", true))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("calendar.day.outsideYear"));
  }
}
