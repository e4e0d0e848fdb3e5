package org.jixiao.budgeting.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.year.FiscalYearStatus;

/** A fiscal year as the year administration shows it. */
public record YearView(int yearNumber, FiscalYearStatus status, LocalDate budgetApprovedOn,
    List<LocalDate> checkpoints) implements Serializable {

  public YearView {
    checkpoints = List.copyOf(checkpoints);
  }

  public boolean sealed() {
    return status.isReadOnly();
  }
}
