package org.jixiao.domain.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A legal deadline's last day, or the explicit state that it cannot be known because the working-day calendar
 * of {@code missingYear} is not loaded yet (never a silent guess).
 */
public record DueDate(LocalDate date, Integer missingYear) implements Serializable {

  public static DueDate on(LocalDate date) {
    return new DueDate(date, null);
  }

  public static DueDate calendarMissing(int year) {
    return new DueDate(null, year);
  }

  public boolean isKnown() {
    return date != null;
  }

  public Optional<LocalDate> known() {
    return Optional.ofNullable(date);
  }
}
