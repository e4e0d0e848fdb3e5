package org.jixiao.domain.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 2023–2026 working-day calendar as the seeded migration holds it, for tests without a database. */
public final class SeededCalendar {

  private static final Pattern ROW =
      Pattern.compile("VALUES \\((\\d{4}), DATE '(\\d{4}-\\d{2}-\\d{2})', '([^']*)', (TRUE|FALSE)\\)");

  private SeededCalendar() {}

  public static WorkingCalendar load() {
    try {
      String sql = Files.readString(Path.of("src/main/resources/db/migration/V3_1__calendar_2023_2026.sql"));
      Matcher m = ROW.matcher(sql);
      List<SpecialDay> days = new ArrayList<>();
      while (m.find()) {
        days.add(new SpecialDay(Integer.parseInt(m.group(1)), LocalDate.parse(m.group(2)), m.group(3),
            Boolean.parseBoolean(m.group(4).toLowerCase())));
      }
      return new WorkingCalendar(List.of(2023, 2024, 2025, 2026), days);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
