package org.jixiao.domain.indicators;

import java.io.Serializable;
import java.util.List;

/**
 * One step of a score's explanation, as a message key and its arguments so it reads in Chinese or English,
 * e.g. {@code score.trace.overshoot}: "完成率 213% > 150%，减半得分：0.60 × 50% = 0.30".
 */
public record TraceStep(String key, List<String> arguments) implements Serializable {

  public TraceStep {
    arguments = List.copyOf(arguments);
  }

  public static TraceStep of(String key, Object... arguments) {
    return new TraceStep(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }
}
