package org.jixiao.domain.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.domain.indicators.TraceStep;

/**
 * The 100-point framework's arithmetic: each computed item from its module's measure (a score scaled to the
 * item's weight, or weight × execution rate with the year's full-marks rule), each leadership item from the
 * group's consensus; the total and its grade. Pure, so the page, the API, the seal and the report agree.
 */
public final class EvaluationScoring {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private EvaluationScoring() {}

  /**
   * One item's outcome; {@code score} is null while it cannot be scored yet (no consensus, no measure). A
   * deduction's reason is the group's text ({@code reason}) or, for a computed item, {@code reasons} to word.
   */
  public record ItemResult(String code, FrameworkBlock block, String name, BigDecimal weight, ItemSource source,
      BigDecimal score, List<TraceStep> trace, String reason, List<TraceStep> reasons, List<RecordRef> records)
      implements Serializable {

    public boolean isScored() {
      return score != null;
    }

    public BigDecimal deduction() {
      return score == null ? null : weight.subtract(score);
    }
  }

  /** The whole evaluation: complete when every item is scored and the weights add up to 100. */
  public record Result(List<ItemResult> items, BigDecimal total, Grade grade, boolean complete,
      List<TraceStep> problems) implements Serializable {}

  /** A leadership item's agreed score and reason, by item code. */
  public record Agreed(BigDecimal score, String reason) implements Serializable {}

  public static Result evaluate(List<FrameworkItem> items, Map<MeasureKind, Measure> measures,
      Map<String, Agreed> consensus) {
    List<ItemResult> results = new ArrayList<>();
    List<TraceStep> problems = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    boolean complete = true;
    for (FrameworkItem item : items) {
      ItemResult r = item.source().isLeadership() ? agreed(item, consensus.get(item.code()))
          : computed(item, measures.get(item.source().measure().orElseThrow()));
      results.add(r);
      weights = weights.add(item.weight());
      if (r.isScored()) {
        total = total.add(r.score());
      } else {
        complete = false;
      }
    }
    if (weights.compareTo(EvaluationFramework.TOTAL_WEIGHT) != 0) {
      problems.add(TraceStep.of("evaluation.problem.weights", plain(weights)));
      complete = false;
    }
    total = total.setScale(2, RoundingMode.HALF_UP);
    return new Result(results, total, Grade.of(total), complete, problems);
  }

  private static ItemResult computed(FrameworkItem item, Measure m) {
    if (m == null) {
      return new ItemResult(item.code(), item.block(), item.name(), item.weight(), item.source(), null,
          List.of(TraceStep.of("evaluation.trace.noMeasure")), null, List.of(), List.of());
    }
    List<TraceStep> trace = new ArrayList<>(m.trace());
    BigDecimal score;
    if (m.kind().isRate()) {
      BigDecimal threshold = item.fullMarksAtRate().orElse(null);
      if (threshold != null && m.value().compareTo(threshold) >= 0) {
        score = item.weight().setScale(2, RoundingMode.HALF_UP);
        trace.add(TraceStep.of("evaluation.trace.rateFull", plain(m.value()), plain(threshold), plain(score)));
      } else {
        BigDecimal rate = m.value().min(HUNDRED);
        score = item.weight().multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        trace.add(TraceStep.of("evaluation.trace.rate", plain(item.weight()), plain(rate), plain(score)));
      }
    } else if (m.outOf().compareTo(item.weight()) == 0) {
      score = m.value().setScale(2, RoundingMode.HALF_UP);
    } else {
      // the module scored out of its own points: scaled to the framework's weight, rounded once
      score = m.value().multiply(item.weight()).divide(m.outOf(), 2, RoundingMode.HALF_UP);
      trace.add(TraceStep.of("evaluation.trace.scaled", plain(m.value()), plain(m.outOf()), plain(item.weight()),
          plain(score)));
    }
    return new ItemResult(item.code(), item.block(), item.name(), item.weight(), item.source(), score,
        List.copyOf(trace), null, score.compareTo(item.weight()) < 0 ? m.reasons() : List.of(), m.records());
  }

  private static ItemResult agreed(FrameworkItem item, Agreed a) {
    if (a == null) {
      return new ItemResult(item.code(), item.block(), item.name(), item.weight(), item.source(), null,
          List.of(TraceStep.of("evaluation.trace.awaiting")), null, List.of(), List.of());
    }
    BigDecimal score = a.score().setScale(2, RoundingMode.HALF_UP);
    TraceStep step = score.compareTo(item.weight()) < 0
        ? TraceStep.of("evaluation.trace.deducted", plain(item.weight()), plain(item.weight().subtract(score)),
            plain(score), a.reason())
        : TraceStep.of("evaluation.trace.full", plain(score));
    return new ItemResult(item.code(), item.block(), item.name(), item.weight(), item.source(), score,
        List.of(step), a.reason(), List.of(), List.of());
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
