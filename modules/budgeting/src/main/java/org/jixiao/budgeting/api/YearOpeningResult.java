package org.jixiao.budgeting.api;

import java.io.Serializable;
import java.util.List;
import org.jixiao.domain.indicators.TraceStep;

/** What opening a year did: from which year, whether that one was sealed, and what each module copied. */
public record YearOpeningResult(int yearNumber, int fromYear, boolean previousSealed, List<TraceStep> copied)
    implements Serializable {

  public YearOpeningResult {
    copied = List.copyOf(copied);
  }
}
