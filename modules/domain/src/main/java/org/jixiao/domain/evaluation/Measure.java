package org.jixiao.domain.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.indicators.TraceStep;

/**
 * A module's figure for the framework: a score out of {@code outOf} points, or a rate in percent (outOf 100),
 * with its trace, the reasons for what it falls short (worded as the report states them) and the records that
 * lower it.
 */
public record Measure(MeasureKind kind, BigDecimal value, BigDecimal outOf, List<TraceStep> trace,
    List<TraceStep> reasons, List<RecordRef> records) implements Serializable {

  public Measure {
    trace = List.copyOf(trace);
    reasons = List.copyOf(reasons);
    records = List.copyOf(records);
  }
}
