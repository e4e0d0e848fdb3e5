package org.jixiao.budgeting.api;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jixiao.domain.year.FiscalYearStatus;

/** A fiscal year as pages list it. */
public record FiscalYearSummary(long id, int yearNumber, FiscalYearStatus status) implements Serializable {

  private static final Comparator<FiscalYearSummary> BY_NUMBER =
      Comparator.comparingInt(FiscalYearSummary::yearNumber);

  /** The year the portal works in by default: the newest open year, else the newest. */
  public static Optional<FiscalYearSummary> currentOf(List<FiscalYearSummary> years) {
    return years.stream()
        .filter(y -> !y.status().isReadOnly())
        .max(BY_NUMBER)
        .or(() -> years.stream().max(BY_NUMBER));
  }
}
