package org.jixiao.domain.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.money.Rate;

/**
 * The statutory scoring of indicators, national baseline plus the year's overlays, with a trace of every step.
 * Pure arithmetic on BigDecimal; the score is rounded once, half-up, to the year's scale.
 *
 * <ul>
 *   <li>≥ / =: actual ≥ target → full weight, else actual ÷ target × weight (按比例计分); = with target 0 is met
 *       only by an actual ≤ 0;
 *   <li>overlay: completion above the threshold (150%) → weight × factor (减半得分: the target was set too low);
 *   <li>≤: actual ≤ target → full; below twice the target → (1 − (actual − target) ÷ target) × weight; else 0;
 *   <li>qualitative: the reviewer's percent inside the grade's band × weight;
 *   <li>direction ("较去年同期下降"): the right way → full weight, the wrong way (or no change) → 0.
 * </ul>
 */
public final class IndicatorScoring {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final int EXACT = 12;

  private IndicatorScoring() {}

  /** What the scoring needs of an indicator. */
  public record Figures(
      IndicatorKind kind,
      BigDecimal target,
      String targetText,
      BigDecimal weight,
      BigDecimal actual,
      QualitativeGrade grade,
      BigDecimal qualitativePercent) {}

  public static IndicatorScore score(Figures f, ScoringSettings settings) {
    List<TraceStep> trace = new ArrayList<>();
    BigDecimal weight = f.weight();
    String w = weight.setScale(2, RoundingMode.HALF_UP).toPlainString();
    if (f.kind() == IndicatorKind.QUALITATIVE) {
      if (f.grade() == null || f.qualitativePercent() == null) {
        trace.add(TraceStep.of("score.trace.missing"));
        return new IndicatorScore(zero(settings), null, trace, false, false, false, true);
      }
      BigDecimal score = round(weight.multiply(f.qualitativePercent()).divide(HUNDRED, EXACT, RoundingMode.HALF_UP), settings);
      trace.add(TraceStep.of("score.trace.qualitative", "QualitativeGrade." + f.grade().name(), plain(f.grade().low()),
          plain(f.grade().high()), w, plain(f.qualitativePercent()), score.toPlainString()));
      return new IndicatorScore(score, null, trace, false, f.grade() != QualitativeGrade.ACHIEVED, false, false);
    }
    if (f.actual() == null) {
      trace.add(TraceStep.of("score.trace.missing"));
      return new IndicatorScore(zero(settings), null, trace, false, false, false, true);
    }
    if (f.kind().isDirection()) {
      boolean right = f.kind() == IndicatorKind.DECREASE ? f.actual().signum() < 0 : f.actual().signum() > 0;
      String change = (f.actual().signum() > 0 ? "+" : "") + plain(f.actual());
      if (right) {
        trace.add(TraceStep.of("score.trace.direction.right", f.targetText(), change, w));
        return new IndicatorScore(round(weight, settings), null, trace, false, false, false, false);
      }
      trace.add(TraceStep.of("score.trace.direction.wrong", f.targetText(), change));
      return new IndicatorScore(zero(settings), null, trace, false, false, true, false);
    }
    BigDecimal target = f.target();
    if (f.kind() == IndicatorKind.EQUAL && target.signum() == 0) {
      boolean met = f.actual().signum() <= 0;
      trace.add(TraceStep.of(met ? "score.trace.zeroTarget.met" : "score.trace.zeroTarget.missed", plain(f.actual()), w));
      return new IndicatorScore(met ? round(weight, settings) : zero(settings), null, trace, false, !met, false, false);
    }
    Rate completion = Rate.ratio(f.actual(), target);
    trace.add(TraceStep.of("score.trace.rate", plain(completion.percent()), plain(f.actual()), plain(target)));
    if (f.kind() == IndicatorKind.AT_MOST) {
      return reverse(f, settings, trace, completion, w);
    }
    // the exact ratio decides, not the rate rounded for display (150.0003% is above 150%)
    BigDecimal exactPercent = f.actual().multiply(HUNDRED).divide(target, EXACT, RoundingMode.HALF_UP);
    if (exactPercent.compareTo(settings.overshootThreshold()) > 0) {
      BigDecimal score = round(weight.multiply(settings.overshootFactor()), settings);
      boolean half = settings.overshootFactor().compareTo(new BigDecimal("0.5")) == 0;
      trace.add(TraceStep.of(half ? "score.trace.overshoot" : "score.trace.overshoot.factor", plain(completion.percent()), plain(settings.overshootThreshold()), w,
          plain(settings.overshootFactor().multiply(HUNDRED)), score.toPlainString()));
      return new IndicatorScore(score, completion, trace, true, false, false, false);
    }
    if (f.actual().compareTo(target) >= 0) {
      trace.add(TraceStep.of("score.trace.full", w));
      return new IndicatorScore(round(weight, settings), completion, trace, false, false, false, false);
    }
    BigDecimal share = f.actual().max(BigDecimal.ZERO).divide(target, EXACT, RoundingMode.HALF_UP);
    BigDecimal score = round(weight.multiply(share), settings);
    trace.add(TraceStep.of("score.trace.proportional", w, plain(completion.percent()), score.toPlainString()));
    return new IndicatorScore(score, completion, trace, false, true, false, false);
  }

  private static IndicatorScore reverse(
      Figures f, ScoringSettings settings, List<TraceStep> trace, Rate completion, String w) {
    BigDecimal target = f.target();
    if (f.actual().compareTo(target) <= 0) {
      trace.add(TraceStep.of("score.trace.reverse.met", w));
      return new IndicatorScore(round(f.weight(), settings), completion, trace, false, false, false, false);
    }
    if (f.actual().compareTo(target.multiply(TWO)) >= 0) {
      trace.add(TraceStep.of("score.trace.reverse.zero"));
      return new IndicatorScore(zero(settings), completion, trace, false, true, false, false);
    }
    BigDecimal excess = f.actual().subtract(target).divide(target, EXACT, RoundingMode.HALF_UP);
    BigDecimal score = round(BigDecimal.ONE.subtract(excess).multiply(f.weight()), settings);
    trace.add(TraceStep.of("score.trace.reverse.linear", plain(f.actual()), plain(target), w, score.toPlainString()));
    return new IndicatorScore(score, completion, trace, false, true, false, false);
  }

  /** A category's score: the indicators' scores over their weights, scaled to the framework's points. */
  public record CategoryScore(BigDecimal score, BigDecimal points, BigDecimal scoreSum, BigDecimal weightSum,
      List<TraceStep> trace) implements java.io.Serializable {}

  public static CategoryScore categoryScore(
      String categoryKey, List<BigDecimal> scores, List<BigDecimal> weights, BigDecimal points,
      ScoringSettings settings) {
    BigDecimal scoreSum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<TraceStep> trace = new ArrayList<>();
    if (weightSum.signum() == 0) {
      trace.add(TraceStep.of("score.trace.category.empty", categoryKey));
      return new CategoryScore(zero(settings), points, scoreSum, weightSum, trace);
    }
    BigDecimal score =
        round(scoreSum.multiply(points).divide(weightSum, EXACT, RoundingMode.HALF_UP), settings);
    trace.add(TraceStep.of("score.trace.category", categoryKey, scoreSum.toPlainString(), weightSum.toPlainString(),
        plain(points), score.toPlainString()));
    return new CategoryScore(score, points, scoreSum, weightSum, trace);
  }

  /** A special fund as its score needs it: its output and benefit indicators' sums, and its full-year budget. */
  public record FundFigures(String code, String name, BigDecimal scoreSum, BigDecimal weightSum, Money budget) {}

  /** A fund's own score in percent (its indicators' scores over their weights). */
  public record FundPercent(FundFigures fund, BigDecimal percent) {}

  /** 专项资金绩效完成情况: the funds' percents averaged by budget and scaled to the points, with its trace. */
  public record FundsScore(BigDecimal score, BigDecimal points, BigDecimal weightedPercent, List<FundPercent> funds,
      List<TraceStep> trace, List<TraceStep> problems) {}

  /**
   * The special funds' score: each fund's indicators' scores over their weights in percent (a fund without
   * indicators is a problem and left out), averaged weighted by the funds' full-year budgets, scaled to the
   * settings' special-fund points; zero when no fund has a budget.
   */
  public static FundsScore fundsScore(List<FundFigures> funds, ScoringSettings settings) {
    List<FundPercent> percents = new ArrayList<>();
    List<TraceStep> trace = new ArrayList<>();
    List<TraceStep> problems = new ArrayList<>();
    BigDecimal weighted = BigDecimal.ZERO;
    Money budgetSum = Money.ZERO;
    for (FundFigures fund : funds) {
      if (fund.weightSum() == null || fund.weightSum().signum() == 0) {
        problems.add(TraceStep.of("indicator.fund.noIndicators", fund.name()));
        continue;
      }
      if (fund.weightSum().compareTo(HUNDRED) != 0) {
        problems.add(TraceStep.of("indicator.weights.fundMismatch", fund.name(), fund.weightSum().toPlainString()));
      }
      BigDecimal percent = fund.scoreSum().multiply(HUNDRED).divide(fund.weightSum(), settings.scale(),
          RoundingMode.HALF_UP);
      percents.add(new FundPercent(fund, percent));
      trace.add(TraceStep.of("score.trace.fund", fund.name(), fund.scoreSum().toPlainString(),
          fund.weightSum().toPlainString(), percent.toPlainString(), fund.budget().toString()));
      weighted = weighted.add(percent.multiply(fund.budget().amount()));
      budgetSum = budgetSum.plus(fund.budget());
    }
    BigDecimal points = settings.specialFundPoints();
    if (budgetSum.isZero()) {
      trace.add(TraceStep.of("score.trace.funds.none"));
      return new FundsScore(zero(settings), points, null, percents, trace, problems);
    }
    BigDecimal average = weighted.divide(budgetSum.amount(), EXACT, RoundingMode.HALF_UP);
    BigDecimal score = average.multiply(points).divide(HUNDRED, settings.scale(), RoundingMode.HALF_UP);
    BigDecimal shownAverage = average.setScale(2, RoundingMode.HALF_UP);
    trace.add(TraceStep.of("score.trace.funds.average", budgetSum.toString(), shownAverage.toPlainString(),
        plain(points), score.toPlainString()));
    return new FundsScore(score, points, shownAverage, percents, trace, problems);
  }

  static BigDecimal round(BigDecimal value, ScoringSettings settings) {
    return value.setScale(settings.scale(), RoundingMode.HALF_UP);
  }

  private static BigDecimal zero(ScoringSettings settings) {
    return BigDecimal.ZERO.setScale(settings.scale());
  }

  /** 213.00 → "213", 185.50 → "185.5": numbers as the report prints them. */
  public static String plain(BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
