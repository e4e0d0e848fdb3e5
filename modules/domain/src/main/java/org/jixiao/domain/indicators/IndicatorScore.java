package org.jixiao.domain.indicators;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.money.Rate;

/**
 * An indicator's score by the year's rules: the points, the completion rate (empty where none applies), why
 * (the trace), and the findings the warnings and the report use.
 */
public record IndicatorScore(
    BigDecimal score,
    Rate completion,
    List<TraceStep> trace,
    boolean overshoot,
    boolean belowTarget,
    boolean wrongDirection,
    boolean missingActual)
    implements Serializable {

  /** Below target, wrong way or above the overshoot threshold: needs a deviation reason and a measure. */
  public boolean deviates() {
    return overshoot || belowTarget || wrongDirection;
  }
}
