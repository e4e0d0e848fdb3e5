package org.jixiao.domain.calendar;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;

/**
 * A year's holiday notice (国务院办公厅关于某年部分节假日安排的通知) as the working-day calendar keeps it: the year, where
 * the notice was published, and the days it names — days off (放假) and weekend days worked (调休上班). Whatever
 * is built or parsed here has passed every rule, so an import either stores a whole valid notice or nothing.
 */
public record CalendarNotice(int year, String source, List<NoticeDay> days) implements Serializable {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;
  public static final int NAME_LENGTH = 50;
  public static final int SOURCE_LENGTH = 500;

  /** One day the notice names: a day off, or a Saturday or Sunday that is worked (调休). */
  public record NoticeDay(LocalDate date, String name, boolean offDay) implements Serializable {}

  public CalendarNotice {
    year = checkedYear(year);
    source = checkedSource(year, source);
    if (days == null || days.isEmpty()) {
      throw new BusinessException("calendar.import.noDays", year);
    }
    Set<LocalDate> seen = new HashSet<>();
    List<NoticeDay> checked = new ArrayList<>();
    for (NoticeDay day : days) {
      NoticeDay valid = day(year, day.date(), day.name(), day.offDay());
      if (!seen.add(valid.date())) {
        throw new BusinessException("calendar.day.duplicate", valid.date().toString(), year);
      }
      checked.add(valid);
    }
    checked.sort(Comparator.comparing(NoticeDay::date));
    days = List.copyOf(checked);
  }

  /** A year the calendar can hold (2000–2100, as the table's check). */
  public static int checkedYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new BusinessException("calendar.year.range", year);
    }
    return year;
  }

  /**
   * One day of the notice of {@code year}, checked: a notice lists days of its own year, and at its edges of the
   * month before or after (元旦 of 2023 began on 2022-12-31); it has a name; and a worked day is a weekend day,
   * since a Monday–Friday is worked anyway.
   */
  public static NoticeDay day(int year, LocalDate date, String name, boolean offDay) {
    checkedYear(year);
    if (date == null) {
      throw new BusinessException("validation.required", new Label("calendar.field.date"));
    }
    if (date.isBefore(LocalDate.of(year - 1, 12, 1)) || date.isAfter(LocalDate.of(year + 1, 1, 31))) {
      throw new BusinessException("calendar.day.outsideYear", date.toString(), year);
    }
    if (name == null || name.isBlank()) {
      throw new BusinessException("calendar.day.nameRequired", date.toString());
    }
    String stripped = name.strip();
    if (stripped.length() > NAME_LENGTH) {
      throw new BusinessException("calendar.day.nameTooLong", date.toString(), NAME_LENGTH);
    }
    if (!offDay && !isWeekend(date)) {
      throw new BusinessException("calendar.day.workingOnWeekday", date.toString());
    }
    return new NoticeDay(date, stripped, offDay);
  }

  /**
   * Each date belongs to one notice (the database keeps it unique): refuses a date that two of {@code notices}
   * list, or that the notice of another year already holds ({@code otherNotices}: date → that notice's year).
   */
  public static void checkDisjoint(Collection<CalendarNotice> notices, Map<LocalDate, Integer> otherNotices) {
    Map<LocalDate, Integer> owners = new HashMap<>(otherNotices);
    for (CalendarNotice notice : notices) {
      for (NoticeDay day : notice.days()) {
        Integer owner = owners.putIfAbsent(day.date(), notice.year());
        if (owner != null && owner != notice.year()) {
          throw new BusinessException("calendar.day.otherNotice", day.date().toString(), owner, notice.year());
        }
      }
    }
  }

  /**
   * The notices of a file in the shared format {@code {"years": {"2027": {"source": "https://…", "days":
   * [{"date": "2027-01-01", "name": "元旦", "offDay": true}, …]}}}} (UTF-8), every year checked before any is
   * returned.
   */
  public static List<CalendarNotice> parse(byte[] json) {
    JsonStructure root = read(json);
    if (!(root instanceof JsonObject object) || !(object.get("years") instanceof JsonObject years)) {
      throw new BusinessException("calendar.import.shape");
    }
    if (years.isEmpty()) {
      throw new BusinessException("calendar.import.noYears");
    }
    List<CalendarNotice> notices = new ArrayList<>();
    for (Map.Entry<String, JsonValue> entry : years.entrySet()) {
      notices.add(notice(yearOf(entry.getKey()), entry.getValue()));
    }
    checkDisjoint(notices, Map.of());
    notices.sort(Comparator.comparingInt(CalendarNotice::year));
    return List.copyOf(notices);
  }

  private static JsonStructure read(byte[] json) {
    if (json == null || json.length == 0) {
      throw new BusinessException("calendar.import.empty");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(json))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BusinessException("calendar.import.encoding");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark, as some editors on Windows write it
    }
    // a key given twice (two "2027" entries) is refused rather than one silently winning
    Map<String, Object> config = Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE);
    try (JsonReader reader = Json.createReaderFactory(config).createReader(new StringReader(text))) {
      return reader.read();
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      throw new BusinessException("calendar.import.json", at == null ? "?" : at.getLineNumber(),
          at == null ? "?" : at.getColumnNumber());
    } catch (JsonException e) {
      throw new BusinessException("calendar.import.json", "?", "?");
    }
  }

  private static int yearOf(String key) {
    if (!key.matches("\\d{4}")) {
      throw new BusinessException("calendar.import.yearKey", key.length() > 20 ? key.substring(0, 20) + "…" : key);
    }
    return checkedYear(Integer.parseInt(key));
  }

  private static CalendarNotice notice(int year, JsonValue value) {
    if (!(value instanceof JsonObject notice) || !(notice.get("days") instanceof JsonArray days)) {
      throw new BusinessException("calendar.import.yearShape", year);
    }
    JsonValue source = notice.get("source");
    if (source != null && source != JsonValue.NULL && !(source instanceof JsonString)) {
      throw new BusinessException("calendar.import.source", year, SOURCE_LENGTH);
    }
    List<NoticeDay> parsed = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      if (!(days.get(i) instanceof JsonObject day)) {
        throw new BusinessException("calendar.import.dayShape", year, i + 1);
      }
      LocalDate date = dateOf(year, day.get("date"), i + 1);
      JsonValue name = day.get("name");
      if (name != null && name != JsonValue.NULL && !(name instanceof JsonString)) {
        throw new BusinessException("calendar.import.dayShape", year, i + 1);
      }
      JsonValue offDay = day.get("offDay");
      if (offDay != JsonValue.TRUE && offDay != JsonValue.FALSE) {
        throw new BusinessException("calendar.day.offDay", date.toString());
      }
      parsed.add(new NoticeDay(date, name instanceof JsonString s ? s.getString() : null, offDay == JsonValue.TRUE));
    }
    return new CalendarNotice(year, source instanceof JsonString s ? s.getString() : null, parsed);
  }

  private static LocalDate dateOf(int year, JsonValue value, int position) {
    if (!(value instanceof JsonString text)) {
      throw new BusinessException("calendar.import.dayShape", year, position);
    }
    try {
      return LocalDate.parse(text.getString());
    } catch (DateTimeParseException e) {
      String shown = text.getString().length() > 20 ? text.getString().substring(0, 20) + "…" : text.getString();
      throw new BusinessException("calendar.day.date", year, shown);
    }
  }

  /** Blank → none; else a web address (the page links to it, so nothing but http and https). */
  private static String checkedSource(int year, String source) {
    if (source == null || source.isBlank()) {
      return null;
    }
    String stripped = source.strip();
    if (stripped.length() > SOURCE_LENGTH || !stripped.matches("(?i)https?://\\S+")) {
      throw new BusinessException("calendar.import.source", year, SOURCE_LENGTH);
    }
    return stripped;
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
