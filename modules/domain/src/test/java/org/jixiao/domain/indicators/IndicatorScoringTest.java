package org.jixiao.domain.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;
import org.jixiao.domain.indicators.IndicatorScoring.CategoryScore;
import org.jixiao.domain.indicators.IndicatorScoring.Figures;
import org.jixiao.domain.organisation.Department;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.year.FiscalYear;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The statutory scorer (national baseline + Guangzhou overlays) with its traces, the category scaling, the
 * year's scoring settings, and the indicator's rules of change, all without a database (ids stay null).
 */
class IndicatorScoringTest {

  private static final ScoringSettings GZ = ScoringSettings.GUANGZHOU_DEFAULTS;
  private static final String DOWN = "较去年同期下降";
  private static final String UP = "较去年同期上升";

  private static BigDecimal d(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private static Figures quantified(IndicatorKind kind, String target, String weight, String actual) {
    return new Figures(kind, d(target), null, d(weight), d(actual), null, null);
  }

  private static IndicatorScore atLeast(String target, String weight, String actual) {
    return IndicatorScoring.score(quantified(IndicatorKind.AT_LEAST, target, weight, actual), GZ);
  }

  private static IndicatorScore equal(String target, String weight, String actual) {
    return IndicatorScoring.score(quantified(IndicatorKind.EQUAL, target, weight, actual), GZ);
  }

  private static IndicatorScore atMost(String target, String weight, String actual) {
    return IndicatorScoring.score(quantified(IndicatorKind.AT_MOST, target, weight, actual), GZ);
  }

  private static IndicatorScore qualitative(QualitativeGrade grade, String percent, String weight) {
    return IndicatorScoring.score(
        new Figures(IndicatorKind.QUALITATIVE, null, "按期完成", d(weight), null, grade, d(percent)), GZ);
  }

  private static IndicatorScore direction(IndicatorKind kind, String text, String weight, String change) {
    return IndicatorScoring.score(new Figures(kind, null, text, d(weight), d(change), null, null), GZ);
  }

  private static List<String> keys(IndicatorScore score) {
    return score.trace().stream().map(TraceStep::key).toList();
  }

  private static TraceStep last(IndicatorScore score) {
    return score.trace().get(score.trace().size() - 1);
  }

  /** The business exception {@code call} throws; fails the test when it throws nothing or something else. */
  private static BusinessException refusal(ThrowingCallable call) {
    BusinessException e = catchThrowableOfType(BusinessException.class, call);
    assertThat(e).as("a BusinessException").isNotNull();
    return e;
  }

  // =========================================================================================================
  @Nested
  class AtLeast {

    @Test
    void met_scoresTheFullWeight() {
      IndicatorScore s = atLeast("100", "0.60", "100");
      assertThat(s.score()).isEqualTo(d("0.60"));
      assertThat(s.completion().percent()).isEqualTo(d("100.00"));
      assertThat(keys(s)).containsExactly("score.trace.rate", "score.trace.full");
      assertThat(s.trace().get(0).arguments()).containsExactly("100", "100", "100");
      assertThat(last(s).arguments()).containsExactly("0.60");
      assertThat(s.overshoot()).isFalse();
      assertThat(s.belowTarget()).isFalse();
      assertThat(s.wrongDirection()).isFalse();
      assertThat(s.missingActual()).isFalse();
      assertThat(s.deviates()).isFalse();
    }

    @Test
    void aboveTarget_upToTheThreshold_scoresTheFullWeight() {
      IndicatorScore s = atLeast("30", "1.50", "36");
      assertThat(s.score()).isEqualTo(d("1.50"));
      assertThat(s.completion().percent()).isEqualTo(d("120.00"));
      assertThat(last(s).key()).isEqualTo("score.trace.full");
      assertThat(s.deviates()).isFalse();
    }

    @Test
    void belowTarget_scoresProportionally() {
      // 工业增加值增速: 4 of 5 = 80%
      IndicatorScore s = atLeast("5", "1.00", "4");
      assertThat(s.score()).isEqualTo(d("0.80"));
      assertThat(s.completion().percent()).isEqualTo(d("80.00"));
      assertThat(keys(s)).containsExactly("score.trace.rate", "score.trace.proportional");
      assertThat(s.trace().get(0).arguments()).containsExactly("80", "4", "5");
      assertThat(last(s).arguments()).containsExactly("1.00", "80", "0.80");
      assertThat(s.belowTarget()).isTrue();
      assertThat(s.overshoot()).isFalse();
      assertThat(s.deviates()).isTrue();
    }

    @Test
    void belowTarget_isRoundedHalfUpToTwoDecimals() {
      // 24.1 / 25 × 1.00 = 0.964 → 0.96
      assertThat(atLeast("25", "1.00", "24.1").score()).isEqualTo(d("0.96"));
      // 12.5 / 100 × 1.00 = 0.125 → 0.13 (half-up, not half-even)
      assertThat(atLeast("100", "1.00", "12.5").score()).isEqualTo(d("0.13"));
      // 829 / 1000 × 20 = 16.58
      assertThat(atLeast("1000", "20", "829").score()).isEqualTo(d("16.58"));
      // 1 / 3 × 2.00 = 0.666… → 0.67
      assertThat(atLeast("3", "2.00", "1").score()).isEqualTo(d("0.67"));
    }

    @Test
    void zeroActual_scoresZero() {
      IndicatorScore s = atLeast("100", "1.00", "0");
      assertThat(s.score()).isEqualTo(d("0.00"));
      assertThat(s.completion().percent()).isEqualTo(d("0.00"));
      assertThat(s.belowTarget()).isTrue();
    }

    @Test
    void aboveTheThreshold_scoresHalfTheWeight_withTheReportsTrace() {
      // "完成率 213% > 150%，减半得分：0.60 × 50% = 0.30"
      IndicatorScore s = atLeast("100", "0.60", "213");
      assertThat(s.score()).isEqualTo(d("0.30"));
      assertThat(s.completion().percent()).isEqualTo(d("213.00"));
      assertThat(keys(s)).containsExactly("score.trace.rate", "score.trace.overshoot");
      assertThat(s.trace().get(0).arguments()).containsExactly("213", "213", "100");
      assertThat(last(s)).isEqualTo(new TraceStep("score.trace.overshoot", List.of("213", "150", "0.60", "50", "0.30")));
      assertThat(s.overshoot()).isTrue();
      assertThat(s.belowTarget()).isFalse();
      assertThat(s.deviates()).isTrue();
    }

    @Test
    void exactly150Percent_isNotHalved() {
      IndicatorScore s = atLeast("100", "0.60", "150");
      assertThat(s.completion().percent()).isEqualTo(d("150.00"));
      assertThat(s.score()).isEqualTo(d("0.60"));
      assertThat(last(s).key()).isEqualTo("score.trace.full");
      assertThat(s.overshoot()).isFalse();
      assertThat(s.deviates()).isFalse();
    }

    @Test
    void justAbove150Percent_isHalved() {
      IndicatorScore s = atLeast("100", "0.60", "150.01");
      assertThat(s.completion().percent()).isEqualTo(d("150.01"));
      assertThat(s.score()).isEqualTo(d("0.30"));
      assertThat(s.overshoot()).isTrue();
    }

    @Test
    void halvedWeight_isRoundedHalfUp() {
      // 0.75 × 50% = 0.375 → 0.38
      assertThat(atLeast("10", "0.75", "20").score()).isEqualTo(d("0.38"));
    }

    @Test
    void missingActual_scoresZero_andSaysSo() {
      IndicatorScore s = atLeast("100", "0.60", null);
      assertThat(s.score()).isEqualTo(d("0.00"));
      assertThat(s.completion()).isNull();
      assertThat(s.trace()).containsExactly(TraceStep.of("score.trace.missing"));
      assertThat(s.missingActual()).isTrue();
      assertThat(s.deviates()).isFalse();
    }
  }

  // =========================================================================================================
  @Nested
  class Equal {

    @Test
    void met_scoresFull_missed_proportional_overshot_halved() {
      assertThat(equal("100", "50", "100").score()).isEqualTo(d("50.00"));
      IndicatorScore below = equal("100", "50", "90");
      assertThat(below.score()).isEqualTo(d("45.00"));
      assertThat(below.belowTarget()).isTrue();
      IndicatorScore above = equal("100", "50", "151");
      assertThat(above.score()).isEqualTo(d("25.00"));
      assertThat(above.overshoot()).isTrue();
    }

    @Test
    void zeroTarget_isMetByZero() {
      IndicatorScore s = equal("0", "0.60", "0");
      assertThat(s.score()).isEqualTo(d("0.60"));
      assertThat(s.completion()).as("no rate of a zero target").isNull();
      assertThat(s.trace()).containsExactly(TraceStep.of("score.trace.zeroTarget.met", "0", "0.60"));
      assertThat(s.belowTarget()).isFalse();
    }

    @Test
    void zeroTarget_isMetByANegativeActual() {
      assertThat(equal("0", "0.60", "-1").score()).isEqualTo(d("0.60"));
    }

    @Test
    void zeroTarget_isMissedByAnyPositiveActual() {
      IndicatorScore s = equal("0", "0.60", "0.01");
      assertThat(s.score()).isEqualTo(d("0.00"));
      assertThat(s.completion()).isNull();
      assertThat(s.trace()).containsExactly(TraceStep.of("score.trace.zeroTarget.missed", "0.01", "0.60"));
      assertThat(s.belowTarget()).isTrue();
      assertThat(s.deviates()).isTrue();
    }
  }

  // =========================================================================================================
  @Nested
  class AtMost {

    @Test
    void atOrBelowTarget_scoresFull() {
      IndicatorScore below = atMost("10", "1.00", "8");
      assertThat(below.score()).isEqualTo(d("1.00"));
      assertThat(below.completion().percent()).isEqualTo(d("80.00"));
      assertThat(keys(below)).containsExactly("score.trace.rate", "score.trace.reverse.met");
      assertThat(last(below).arguments()).containsExactly("1.00");
      assertThat(below.belowTarget()).isFalse();
      assertThat(atMost("10", "1.00", "10").score()).isEqualTo(d("1.00"));
    }

    @Test
    void farBelowTarget_isNotAnOvershoot() {
      IndicatorScore s = atMost("10", "1.00", "1");
      assertThat(s.completion().percent()).isEqualTo(d("10.00"));
      assertThat(s.score()).isEqualTo(d("1.00"));
      assertThat(s.overshoot()).isFalse();
    }

    @Test
    void betweenTargetAndTwiceTarget_scoresLinearly() {
      // (1 − (15 − 10) / 10) × 1.00 = 0.50
      IndicatorScore s = atMost("10", "1.00", "15");
      assertThat(s.score()).isEqualTo(d("0.50"));
      assertThat(keys(s)).containsExactly("score.trace.rate", "score.trace.reverse.linear");
      assertThat(last(s).arguments()).containsExactly("15", "10", "1.00", "0.50");
      assertThat(s.belowTarget()).isTrue();
      assertThat(s.overshoot()).as("the threshold is of ≥ indicators").isFalse();
      // 190%: not halved, linear: (1 − 0.9) × 1.00
      assertThat(atMost("10", "1.00", "19").score()).isEqualTo(d("0.10"));
      // (1 − 1/3) × 1.00 = 0.666… → 0.67
      assertThat(atMost("3", "1.00", "4").score()).isEqualTo(d("0.67"));
    }

    @Test
    void atOrAboveTwiceTarget_scoresZero() {
      IndicatorScore s = atMost("10", "1.00", "20");
      assertThat(s.score()).isEqualTo(d("0.00"));
      assertThat(keys(s)).containsExactly("score.trace.rate", "score.trace.reverse.zero");
      assertThat(s.belowTarget()).isTrue();
      assertThat(atMost("10", "1.00", "25").score()).isEqualTo(d("0.00"));
      assertThat(atMost("10", "1.00", "19.99").score()).isEqualTo(d("0.00")); // (1 − 0.999) × 1.00 = 0.001
    }
  }

  // =========================================================================================================
  @Nested
  class Qualitative {

    @Test
    void theReviewersPercentOfTheWeight() {
      IndicatorScore achieved = qualitative(QualitativeGrade.ACHIEVED, "90", "2.00");
      assertThat(achieved.score()).isEqualTo(d("1.80"));
      assertThat(achieved.completion()).isNull();
      assertThat(achieved.trace()).containsExactly(TraceStep.of("score.trace.qualitative",
          "QualitativeGrade.ACHIEVED", "80", "100", "2.00", "90", "1.80"));
      assertThat(achieved.belowTarget()).isFalse();
      assertThat(achieved.deviates()).isFalse();

      IndicatorScore partial = qualitative(QualitativeGrade.PARTIAL, "70", "1.00");
      assertThat(partial.score()).isEqualTo(d("0.70"));
      assertThat(partial.trace().get(0).arguments()).startsWith("QualitativeGrade.PARTIAL", "60", "80");
      assertThat(partial.belowTarget()).isTrue();

      IndicatorScore not = qualitative(QualitativeGrade.NOT_ACHIEVED, "30", "1.00");
      assertThat(not.score()).isEqualTo(d("0.30"));
      assertThat(not.trace().get(0).arguments()).startsWith("QualitativeGrade.NOT_ACHIEVED", "0", "60");
      assertThat(not.belowTarget()).isTrue();
    }

    @Test
    void percentTimesWeight_isRoundedHalfUp() {
      // 0.75 × 85.5% = 0.64125 → 0.64; 0.70 × 62.5% = 0.4375 → 0.44
      assertThat(qualitative(QualitativeGrade.ACHIEVED, "85.5", "0.75").score()).isEqualTo(d("0.64"));
      assertThat(qualitative(QualitativeGrade.PARTIAL, "62.5", "0.70").score()).isEqualTo(d("0.44"));
    }

    @Test
    void bands() {
      assertThat(QualitativeGrade.ACHIEVED.allows(d("80"))).isTrue();
      assertThat(QualitativeGrade.ACHIEVED.allows(d("100"))).isTrue();
      assertThat(QualitativeGrade.ACHIEVED.allows(d("79.99"))).isFalse();
      assertThat(QualitativeGrade.PARTIAL.allows(d("60"))).isTrue();
      assertThat(QualitativeGrade.PARTIAL.allows(d("80.01"))).isFalse();
      assertThat(QualitativeGrade.NOT_ACHIEVED.allows(d("0"))).isTrue();
      assertThat(QualitativeGrade.NOT_ACHIEVED.allows(d("60.01"))).isFalse();
      assertThat(QualitativeGrade.NOT_ACHIEVED.allows(null)).isFalse();
    }

    @Test
    void ungraded_isMissing() {
      IndicatorScore s = qualitative(null, null, "1.00");
      assertThat(s.score()).isEqualTo(d("0.00"));
      assertThat(s.missingActual()).isTrue();
      assertThat(s.trace()).containsExactly(TraceStep.of("score.trace.missing"));
      assertThat(qualitative(QualitativeGrade.ACHIEVED, null, "1.00").missingActual()).isTrue();
    }
  }

  // =========================================================================================================
  @Nested
  class Direction {

    @Test
    void decrease_anIncreaseIsTheWrongWay_andScoresZero() {
      // 规模以上单位工业增加值能耗: "较去年同期下降", actual +0.4%
      IndicatorScore s = direction(IndicatorKind.DECREASE, DOWN, "0.80", "0.4");
      assertThat(s.score()).isEqualTo(d("0.00"));
      assertThat(s.completion()).isNull();
      assertThat(s.trace()).containsExactly(TraceStep.of("score.trace.direction.wrong", DOWN, "+0.4"));
      assertThat(s.wrongDirection()).isTrue();
      assertThat(s.belowTarget()).isFalse();
      assertThat(s.deviates()).isTrue();
    }

    @Test
    void decrease_aDecreaseScoresFull() {
      IndicatorScore s = direction(IndicatorKind.DECREASE, DOWN, "0.80", "-0.4");
      assertThat(s.score()).isEqualTo(d("0.80"));
      assertThat(s.trace()).containsExactly(TraceStep.of("score.trace.direction.right", DOWN, "-0.4", "0.80"));
      assertThat(s.wrongDirection()).isFalse();
      assertThat(s.deviates()).isFalse();
    }

    @Test
    void noChange_isTheWrongWay() {
      assertThat(direction(IndicatorKind.DECREASE, DOWN, "0.80", "0").wrongDirection()).isTrue();
      assertThat(direction(IndicatorKind.INCREASE, UP, "0.80", "0").wrongDirection()).isTrue();
    }

    @Test
    void increase_isTheMirror() {
      assertThat(direction(IndicatorKind.INCREASE, UP, "1.00", "1.2").score()).isEqualTo(d("1.00"));
      IndicatorScore wrong = direction(IndicatorKind.INCREASE, UP, "1.00", "-0.3");
      assertThat(wrong.score()).isEqualTo(d("0.00"));
      assertThat(wrong.trace()).containsExactly(TraceStep.of("score.trace.direction.wrong", UP, "-0.3"));
    }

    @Test
    void missingChange_isMissing() {
      IndicatorScore s = direction(IndicatorKind.DECREASE, DOWN, "0.80", null);
      assertThat(s.missingActual()).isTrue();
      assertThat(s.wrongDirection()).isFalse();
      assertThat(s.score()).isEqualTo(d("0.00"));
    }
  }

  // =========================================================================================================
  @Nested
  class OtherSettings {

    /** Threshold 120%, factor 60%, scores to one decimal. */
    private final ScoringSettings strict =
        new ScoringSettings(d("120"), d("0.6"), 1, d("10"), d("10"), d("20"));

    private IndicatorScore score(IndicatorKind kind, String target, String weight, String actual) {
      return IndicatorScoring.score(quantified(kind, target, weight, actual), strict);
    }

    @Test
    void theYearsThresholdFactorAndScaleApply() {
      // 130% > 120%: 0.60 × 60% = 0.36 → 0.4
      IndicatorScore s = score(IndicatorKind.AT_LEAST, "100", "0.60", "130");
      assertThat(s.score()).isEqualTo(d("0.4"));
      assertThat(s.overshoot()).isTrue();
      // a factor other than a half reads "按 60% 计分", not "减半得分"
      assertThat(last(s)).isEqualTo(TraceStep.of("score.trace.overshoot.factor", "130", "120", "0.60", "60", "0.4"));
      // exactly 120% is not an overshoot
      IndicatorScore at = score(IndicatorKind.AT_LEAST, "100", "0.60", "120");
      assertThat(at.score()).isEqualTo(d("0.6"));
      assertThat(at.overshoot()).isFalse();
      // what Guangzhou's defaults would leave alone
      assertThat(atLeast("100", "0.60", "130").score()).isEqualTo(d("0.60"));
    }

    @Test
    void everyScoreIsRoundedToTheYearsScale() {
      assertThat(score(IndicatorKind.AT_LEAST, "100", "1.00", "87.5").score()).isEqualTo(d("0.9")); // 0.875
      assertThat(score(IndicatorKind.AT_LEAST, "100", "1.00", "84.9").score()).isEqualTo(d("0.8")); // 0.849
      assertThat(score(IndicatorKind.AT_MOST, "10", "1.00", "13.5").score()).isEqualTo(d("0.7")); // 0.65
      assertThat(score(IndicatorKind.AT_LEAST, "100", "1.00", null).score()).isEqualTo(d("0.0"));
      assertThat(IndicatorScoring.score(
              new Figures(IndicatorKind.QUALITATIVE, null, "x", d("1.00"), null, QualitativeGrade.ACHIEVED, d("85")),
              strict).score())
          .isEqualTo(d("0.9")); // 0.85
      assertThat(IndicatorScoring.score(new Figures(IndicatorKind.DECREASE, null, DOWN, d("0.80"), d("-1"), null, null),
              strict).score())
          .isEqualTo(d("0.8"));
    }

    @Test
    void factorZero_overshootScoresNothing_factorOne_isNoPenalty() {
      ScoringSettings zero = new ScoringSettings(d("150"), BigDecimal.ZERO, 2, d("10"), d("10"), d("20"));
      ScoringSettings one = new ScoringSettings(d("150"), BigDecimal.ONE, 2, d("10"), d("10"), d("20"));
      Figures o01 = quantified(IndicatorKind.AT_LEAST, "100", "0.60", "213");
      assertThat(IndicatorScoring.score(o01, zero).score()).isEqualTo(d("0.00"));
      assertThat(IndicatorScoring.score(o01, one).score()).isEqualTo(d("0.60"));
    }
  }

  // =========================================================================================================
  @Nested
  class Category {

    @Test
    void scoresOverWeights_scaledToThePoints() {
      CategoryScore c = IndicatorScoring.categoryScore("IndicatorCategory.OUTPUT",
          List.of(d("30.00"), d("16.75")), List.of(d("30.00"), d("20.00")), d("10.00"), GZ);
      assertThat(c.score()).isEqualTo(d("9.35")); // 46.75 / 50 × 10
      assertThat(c.scoreSum()).isEqualTo(d("46.75"));
      assertThat(c.weightSum()).isEqualTo(d("50.00"));
      assertThat(c.points()).isEqualTo(d("10.00"));
      assertThat(c.trace()).containsExactly(
          TraceStep.of("score.trace.category", "IndicatorCategory.OUTPUT", "46.75", "50.00", "10", "9.35"));
    }

    @Test
    void weightsAddingUpToThePoints_needNoScaling() {
      // the 2023 department: 产出 10 − (0.60 + 0.70) × 50%
      List<BigDecimal> scores = List.of(d("0.30"), d("0.35"), d("1.50"), d("1.20"), d("1.00"), d("1.00"), d("1.00"),
          d("1.00"), d("0.80"), d("0.70"), d("0.50"));
      List<BigDecimal> weights = List.of(d("0.60"), d("0.70"), d("1.50"), d("1.20"), d("1.00"), d("1.00"), d("1.00"),
          d("1.00"), d("0.80"), d("0.70"), d("0.50"));
      CategoryScore c = IndicatorScoring.categoryScore("IndicatorCategory.OUTPUT", scores, weights, d("10.00"), GZ);
      assertThat(c.score()).isEqualTo(d("9.35"));
      assertThat(c.weightSum()).isEqualByComparingTo("10");
    }

    @Test
    void scaledScore_isRoundedHalfUp() {
      CategoryScore third = IndicatorScoring.categoryScore("k", List.of(d("1")), List.of(d("3")), d("10"), GZ);
      assertThat(third.score()).isEqualTo(d("3.33"));
      CategoryScore twoThirds = IndicatorScoring.categoryScore("k", List.of(d("2")), List.of(d("3")), d("10"), GZ);
      assertThat(twoThirds.score()).isEqualTo(d("6.67"));
      // 0.1 × 10 / 8 = 0.125 → 0.13
      CategoryScore half = IndicatorScoring.categoryScore("k", List.of(d("0.1")), List.of(d("8")), d("10"), GZ);
      assertThat(half.score()).isEqualTo(d("0.13"));
    }

    @Test
    void noWeight_scoresZero_andSaysSo() {
      CategoryScore c = IndicatorScoring.categoryScore("IndicatorCategory.BENEFIT", List.of(), List.of(), d("10.00"), GZ);
      assertThat(c.score()).isEqualTo(d("0.00"));
      assertThat(c.trace()).containsExactly(TraceStep.of("score.trace.category.empty", "IndicatorCategory.BENEFIT"));
    }

    @Test
    void theYearsScaleApplies() {
      ScoringSettings oneDecimal = new ScoringSettings(d("150"), d("0.5"), 1, d("10"), d("10"), d("20"));
      CategoryScore c = IndicatorScoring.categoryScore("k", List.of(d("46.75")), List.of(d("50")), d("10"), oneDecimal);
      assertThat(c.score()).isEqualTo(d("9.4")); // 9.35 → 9.4
    }
  }

  // =========================================================================================================
  @Nested
  class Settings {

    private ScoringSettings settings(String threshold, String factor, int scale, String output, String benefit,
        String funds) {
      return new ScoringSettings(d(threshold), d(factor), scale, d(output), d(benefit), d(funds));
    }

    private String refusedKey(String threshold, String factor, int scale, String output, String benefit,
        String funds) {
      return refusal(() -> settings(threshold, factor, scale, output, benefit, funds)).messageKey();
    }

    @Test
    void guangzhouDefaults() {
      assertThat(GZ.overshootThreshold()).isEqualByComparingTo("150");
      assertThat(GZ.overshootFactor()).isEqualByComparingTo("0.5");
      assertThat(GZ.scale()).isEqualTo(2);
      assertThat(GZ.pointsOf(IndicatorCategory.OUTPUT)).isEqualByComparingTo("10");
      assertThat(GZ.pointsOf(IndicatorCategory.BENEFIT)).isEqualByComparingTo("10");
      assertThat(GZ.pointsOf(IndicatorCategory.SATISFACTION)).as("not a framework item").isNull();
      assertThat(GZ.specialFundPoints()).isEqualByComparingTo("20");
    }

    @Test
    void threshold_mustBeAbove100_andAtMost1000() {
      assertThat(refusedKey("100", "0.5", 2, "10", "10", "20")).isEqualTo("scoring.rule.threshold");
      assertThat(refusedKey("99", "0.5", 2, "10", "10", "20")).isEqualTo("scoring.rule.threshold");
      assertThat(refusedKey(null, "0.5", 2, "10", "10", "20")).isEqualTo("scoring.rule.threshold");
      assertThat(refusedKey("1000.01", "0.5", 2, "10", "10", "20")).isEqualTo("scoring.rule.threshold");
      assertThat(settings("100.01", "0.5", 2, "10", "10", "20").overshootThreshold()).isEqualByComparingTo("100.01");
      assertThat(settings("1000", "0.5", 2, "10", "10", "20").overshootThreshold()).isEqualByComparingTo("1000");
    }

    @Test
    void factor_isBetween0And1() {
      assertThat(refusedKey("150", "-0.01", 2, "10", "10", "20")).isEqualTo("scoring.rule.factor");
      assertThat(refusedKey("150", "1.01", 2, "10", "10", "20")).isEqualTo("scoring.rule.factor");
      assertThat(refusedKey("150", null, 2, "10", "10", "20")).isEqualTo("scoring.rule.factor");
      assertThat(settings("150", "0", 2, "10", "10", "20").overshootFactor()).isEqualByComparingTo("0");
      assertThat(settings("150", "1", 2, "10", "10", "20").overshootFactor()).isEqualByComparingTo("1");
    }

    @Test
    void scale_isBetween0And4() {
      assertThat(refusedKey("150", "0.5", -1, "10", "10", "20")).isEqualTo("scoring.rule.scale");
      assertThat(refusedKey("150", "0.5", 5, "10", "10", "20")).isEqualTo("scoring.rule.scale");
      assertThat(settings("150", "0.5", 0, "10", "10", "20").scale()).isZero();
      assertThat(settings("150", "0.5", 4, "10", "10", "20").scale()).isEqualTo(4);
    }

    @Test
    void everyPoints_arePositive_andAtMost100() {
      for (String bad : new String[] {"0", "-1", "100.01", null}) {
        assertThat(refusedKey("150", "0.5", 2, bad, "10", "20")).as("output %s", bad).isEqualTo("scoring.rule.points");
        assertThat(refusedKey("150", "0.5", 2, "10", bad, "20")).as("benefit %s", bad).isEqualTo("scoring.rule.points");
        assertThat(refusedKey("150", "0.5", 2, "10", "10", bad)).as("funds %s", bad).isEqualTo("scoring.rule.points");
      }
      assertThat(settings("150", "0.5", 2, "100", "0.01", "100").outputPoints()).isEqualByComparingTo("100");
    }

    @Test
    void refusal_carriesTheRefusedValue() {
      BusinessException e = refusal(() -> settings("90", "0.5", 2, "10", "10", "20"));
      assertThat(e.arguments()).containsExactly(d("90"));
    }
  }

  // =========================================================================================================
  @Nested
  class IndicatorRules {

    private final LocalDateTime at = LocalDateTime.of(2023, 7, 3, 9, 30);
    private final Department department = new Department("gz-gxj", "广州市工业和信息化局");
    private final Division division = new Division(department, "investment", "投资与规划处", 1);
    private final FiscalYear year = new FiscalYear(department, 2023);

    private Indicator.Definition definition(IndicatorKind kind, String target, String targetText, String weight) {
      return new Indicator.Definition("组织、指导、支持举办工信产业招商引资活动数量", null, null,
          IndicatorSubcategory.QUANTITY, "场", kind, d(target), targetText, d(weight), d("86"));
    }

    private Indicator indicator(IndicatorKind kind, String target, String targetText, String weight) {
      return new Indicator(year, division, "O01", definition(kind, target, targetText, weight));
    }

    private Indicator o01() {
      return indicator(IndicatorKind.AT_LEAST, "100", null, "0.60");
    }

    private Indicator approved(Indicator indicator) {
      indicator.submitTarget();
      indicator.reviewTarget(true, null);
      return indicator;
    }

    private static Indicator.ActualEntry actual(String value, String reason, String measure) {
      return new Indicator.ActualEntry(d(value), null, null, null, reason, measure);
    }

    private static IndicatorScore scoreOf(Indicator indicator) {
      return IndicatorScoring.score(indicator.figures(), GZ);
    }

    private String refusedKey(ThrowingCallable call) {
      return refusal(call).messageKey();
    }

    // --- definition -------------------------------------------------------------------------------------

    @Test
    void newIndicator_isADraft_withItsDefinition() {
      Indicator i = indicator(IndicatorKind.AT_LEAST, "100", null, "0.6");
      assertThat(i.code()).isEqualTo("O01");
      assertThat(i.targetStatus()).isEqualTo(WorkflowStatus.DRAFT);
      assertThat(i.actualStatus()).isEqualTo(WorkflowStatus.DRAFT);
      assertThat(i.target()).isEqualByComparingTo("100");
      assertThat(i.weight()).isEqualTo(d("0.60"));
      assertThat(i.category()).isEqualTo(IndicatorCategory.OUTPUT);
      assertThat(i.adjustments()).isEmpty();
      assertThat(i.pendingAdjustment()).isEmpty();
      assertThat(i.figures()).isEqualTo(
          new Figures(IndicatorKind.AT_LEAST, d("100"), null, d("0.60"), null, null, null));
    }

    @Test
    void quantifiedKinds_needATarget() {
      for (IndicatorKind kind : new IndicatorKind[] {IndicatorKind.AT_LEAST, IndicatorKind.EQUAL, IndicatorKind.AT_MOST}) {
        assertThat(refusedKey(() -> indicator(kind, null, null, "1"))).as(kind.name())
            .isEqualTo("indicator.target.required");
      }
    }

    @Test
    void zeroTarget_isRefusedExceptForEqual() {
      assertThat(refusedKey(() -> indicator(IndicatorKind.AT_LEAST, "0", null, "1"))).isEqualTo("indicator.target.zero");
      assertThat(refusedKey(() -> indicator(IndicatorKind.AT_MOST, "0", null, "1"))).isEqualTo("indicator.target.zero");
      assertThat(indicator(IndicatorKind.EQUAL, "0", null, "1").target()).isEqualByComparingTo("0");
    }

    @Test
    void negativeTarget_isRefused() {
      assertThat(refusedKey(() -> indicator(IndicatorKind.EQUAL, "-1", null, "1"))).isEqualTo("indicator.target.negative");
      assertThat(refusedKey(() -> indicator(IndicatorKind.AT_LEAST, "-1", null, "1"))).isEqualTo("indicator.target.negative");
    }

    @Test
    void directionAndQualitative_needATargetText_andKeepNoNumber() {
      assertThat(refusedKey(() -> indicator(IndicatorKind.DECREASE, null, null, "0.80")))
          .isEqualTo("indicator.targetText.required");
      assertThat(refusedKey(() -> indicator(IndicatorKind.DECREASE, null, "  ", "0.80")))
          .isEqualTo("indicator.targetText.required");
      assertThat(refusedKey(() -> indicator(IndicatorKind.QUALITATIVE, null, null, "0.80")))
          .isEqualTo("indicator.targetText.required");
      Indicator b06 = indicator(IndicatorKind.DECREASE, "5", " " + DOWN + " ", "0.80");
      assertThat(b06.target()).as("a direction indicator has no target value").isNull();
      assertThat(b06.targetText()).isEqualTo(DOWN);
    }

    @Test
    void weight_isAtMost100_withTwoDecimals() {
      assertThat(refusedKey(() -> indicator(IndicatorKind.AT_LEAST, "100", null, "100.01")))
          .isEqualTo("indicator.weight.range");
      assertThat(refusedKey(() -> indicator(IndicatorKind.AT_LEAST, "100", null, "0.605")))
          .isEqualTo("indicator.weight.range");
      assertThat(refusedKey(() -> indicator(IndicatorKind.AT_LEAST, "100", null, "-0.01")))
          .isEqualTo("indicator.weight.range");
      assertThat(indicator(IndicatorKind.AT_LEAST, "100", null, "100").weight()).isEqualTo(d("100.00"));
      assertThat(indicator(IndicatorKind.AT_LEAST, "100", null, "0.600").weight()).isEqualTo(d("0.60"));
    }

    @Test
    void requiredFields() {
      BusinessException noWeight = refusal(() -> indicator(IndicatorKind.AT_LEAST, "100", null, null));
      assertThat(noWeight.messageKey()).isEqualTo("validation.required");
      assertThat(noWeight.arguments()).containsExactly(new Label("indicator.field.weight"));
      BusinessException noKind = refusal(() -> indicator(null, "100", null, "1"));
      assertThat(noKind.arguments()).containsExactly(new Label("indicator.field.kind"));
      BusinessException noLevel2 = refusal(() -> new Indicator(year, division, "O01",
          new Indicator.Definition("x", null, null, null, null, IndicatorKind.AT_LEAST, d("1"), null, d("1"), null)));
      assertThat(noLevel2.arguments()).containsExactly(new Label("indicator.field.subcategory"));
      BusinessException noName = refusal(() -> new Indicator(year, division, "O01",
          new Indicator.Definition(" ", null, null, IndicatorSubcategory.QUANTITY, null, IndicatorKind.AT_LEAST,
              d("1"), null, d("1"), null)));
      assertThat(noName.messageKey()).isEqualTo("validation.required");
      assertThat(refusedKey(() -> new Indicator(year, division, "", definition(IndicatorKind.AT_LEAST, "1", null, "1"))))
          .isEqualTo("validation.required");
    }

    @Test
    void targetWithMoreThanFourDecimals_isRefused() {
      assertThat(refusedKey(() -> indicator(IndicatorKind.AT_LEAST, "1.00001", null, "1")))
          .isEqualTo("validation.number.decimals");
    }

    @Test
    void sealedYear_refusesNewIndicators() {
      year.seal();
      assertThat(refusedKey(this::o01)).isEqualTo("year.sealed");
    }

    // --- target workflow --------------------------------------------------------------------------------

    @Test
    void targetWorkflow_draftSubmitReturnRedefineSubmitApprove() {
      Indicator i = o01();
      i.submitTarget();
      assertThat(i.targetStatus()).isEqualTo(WorkflowStatus.SUBMITTED);
      assertThat(refusedKey(() -> i.define(definition(IndicatorKind.AT_LEAST, "150", null, "0.60"))))
          .isEqualTo("indicator.workflow.notEditable");
      assertThat(refusedKey(i::submitTarget)).isEqualTo("indicator.workflow.notEditable");

      // a return needs a comment
      assertThat(refusedKey(() -> i.reviewTarget(false, ""))).isEqualTo("validation.required");
      assertThat(refusedKey(() -> i.reviewTarget(false, null))).isEqualTo("validation.required");
      assertThat(i.targetStatus()).isEqualTo(WorkflowStatus.SUBMITTED);
      i.reviewTarget(false, "太低");
      assertThat(i.targetStatus()).isEqualTo(WorkflowStatus.RETURNED);
      assertThat(i.reviewComment()).isEqualTo("太低");

      // returned: editable again
      i.define(definition(IndicatorKind.AT_LEAST, "150", null, "0.60"));
      assertThat(i.target()).isEqualByComparingTo("150");
      i.submitTarget();
      i.reviewTarget(true, null);
      assertThat(i.targetStatus()).isEqualTo(WorkflowStatus.APPROVED);

      BusinessException locked = refusal(() -> i.define(definition(IndicatorKind.AT_LEAST, "200", null, "0.60")));
      assertThat(locked.messageKey()).isEqualTo("indicator.workflow.notEditable");
      assertThat(locked.arguments()).containsExactly("O01", "WorkflowStatus.APPROVED");
      assertThat(i.target()).isEqualByComparingTo("150");
      assertThat(refusedKey(() -> i.reviewTarget(true, null))).isEqualTo("indicator.workflow.notSubmitted");
    }

    @Test
    void reviewingADraft_isRefused() {
      assertThat(refusedKey(() -> o01().reviewTarget(true, null))).isEqualTo("indicator.workflow.notSubmitted");
    }

    // --- target adjustments -----------------------------------------------------------------------------

    @Test
    void adjustment_onlyOfAnApprovedTarget() {
      Indicator i = o01();
      assertThat(refusedKey(() -> i.requestAdjustment(d("180"), null, "招商形势好转", "zhang", at)))
          .isEqualTo("indicator.adjust.notApproved");
      i.submitTarget();
      assertThat(refusedKey(() -> i.requestAdjustment(d("180"), null, "招商形势好转", "zhang", at)))
          .isEqualTo("indicator.adjust.notApproved");
    }

    @Test
    void adjustment_onePendingAtATime_approvalChangesTheTarget() {
      Indicator i = approved(o01());
      TargetAdjustment first = i.requestAdjustment(d("180"), null, "招商形势好转", "zhang", at);
      assertThat(first.status()).isEqualTo(AdjustmentStatus.PENDING);
      assertThat(first.oldTarget()).isEqualByComparingTo("100");
      assertThat(first.newTarget()).isEqualByComparingTo("180");
      assertThat(first.indicator()).isSameAs(i);
      assertThat(i.pendingAdjustment()).containsSame(first);
      assertThat(i.target()).as("unchanged until decided").isEqualByComparingTo("100");

      BusinessException second = refusal(() -> i.requestAdjustment(d("200"), null, "再调", "zhang", at));
      assertThat(second.messageKey()).isEqualTo("indicator.adjust.pending");
      assertThat(second.arguments()).containsExactly("O01");

      first.decide(true, null, "leader", at.plusDays(1));
      assertThat(first.status()).isEqualTo(AdjustmentStatus.APPROVED);
      assertThat(first.decidedBy()).isEqualTo("leader");
      assertThat(i.target()).isEqualByComparingTo("180");
      assertThat(i.pendingAdjustment()).isEmpty();
      assertThat(refusedKey(() -> first.decide(false, "撤回", "leader", at))).isEqualTo("indicator.adjust.decided");

      // a returned request needs a comment and leaves the target
      TargetAdjustment third = i.requestAdjustment(d("250"), null, "再次上调", "zhang", at);
      assertThat(third.oldTarget()).isEqualByComparingTo("180");
      assertThat(refusedKey(() -> third.decide(false, "", "leader", at))).isEqualTo("validation.required");
      assertThat(third.status()).isEqualTo(AdjustmentStatus.PENDING);
      third.decide(false, "维持原目标", "leader", at);
      assertThat(third.status()).isEqualTo(AdjustmentStatus.RETURNED);
      assertThat(third.decisionComment()).isEqualTo("维持原目标");
      assertThat(i.target()).isEqualByComparingTo("180");
      assertThat(i.adjustments()).containsExactly(first, third);
    }

    @Test
    void adjustment_needsAReason_andAValidTarget() {
      Indicator i = approved(o01());
      assertThat(refusedKey(() -> i.requestAdjustment(d("180"), null, " ", "zhang", at))).isEqualTo("validation.required");
      assertThat(refusedKey(() -> i.requestAdjustment(null, null, "原因", "zhang", at))).isEqualTo("indicator.target.required");
      assertThat(refusedKey(() -> i.requestAdjustment(d("0"), null, "原因", "zhang", at))).isEqualTo("indicator.target.zero");
      assertThat(refusedKey(() -> i.requestAdjustment(d("-5"), null, "原因", "zhang", at))).isEqualTo("indicator.target.negative");
      assertThat(i.pendingAdjustment()).isEmpty();
    }

    @Test
    void adjustmentOfADirectionIndicator_changesItsText() {
      Indicator b06 = approved(indicator(IndicatorKind.DECREASE, null, DOWN, "0.80"));
      assertThat(refusedKey(() -> b06.requestAdjustment(null, null, "原因", "zhang", at)))
          .isEqualTo("indicator.targetText.required");
      TargetAdjustment a = b06.requestAdjustment(d("3"), "与去年同期持平", "原因", "zhang", at);
      assertThat(a.newTarget()).isNull();
      a.decide(true, "同意", "leader", at);
      assertThat(b06.targetText()).isEqualTo("与去年同期持平");
      assertThat(b06.target()).isNull();
    }

    /**
     * BUG (Indicator.requestAdjustment, line 249): the check {@code t.signum() <= 0 && kind != EQUAL} lets an
     * "=" indicator be adjusted to a negative target, which {@link Indicator#define} refuses
     * ("indicator.target.negative"); once approved, every actual ≥ the negative target scores full.
     */
    @Test
    void adjustmentOfAnEqualIndicator_toANegativeTarget_isRefused() {
      Indicator i = approved(indicator(IndicatorKind.EQUAL, "0", null, "1.00"));
      assertThat(refusedKey(() -> i.requestAdjustment(d("-5"), null, "原因", "zhang", at)))
          .isEqualTo("indicator.target.negative");
    }

    // --- actuals ----------------------------------------------------------------------------------------

    @Test
    void actual_beforeTheTargetIsApproved_isRefused() {
      Indicator i = o01();
      BusinessException e = refusal(() -> i.enterActual(actual("213", null, null)));
      assertThat(e.messageKey()).isEqualTo("indicator.actual.targetNotApproved");
      assertThat(e.arguments()).containsExactly("O01");
      i.submitTarget();
      assertThat(refusedKey(() -> i.enterActual(actual("213", null, null))))
          .isEqualTo("indicator.actual.targetNotApproved");
      assertThat(i.actual()).isNull();
    }

    @Test
    void actual_isScoredFromTheIndicatorsFigures() {
      Indicator i = approved(o01());
      i.enterActual(actual("213", null, null));
      IndicatorScore s = scoreOf(i);
      assertThat(s.score()).isEqualTo(d("0.30"));
      assertThat(last(s)).isEqualTo(TraceStep.of("score.trace.overshoot", "213", "150", "0.60", "50", "0.30"));
    }

    @Test
    void negativeActual_isRefused_exceptForADirection() {
      Indicator i = approved(o01());
      assertThat(refusedKey(() -> i.enterActual(actual("-1", null, null)))).isEqualTo("indicator.actual.negative");
      Indicator b06 = approved(indicator(IndicatorKind.DECREASE, null, DOWN, "0.80"));
      b06.enterActual(actual("-0.4", null, null));
      assertThat(b06.actual()).isEqualByComparingTo("-0.4");
    }

    @Test
    void deviatingActual_needsAReasonAndAMeasure() {
      Indicator i = approved(o01());
      i.enterActual(actual("80", null, null));
      IndicatorScore below = scoreOf(i);
      assertThat(below.deviates()).isTrue();
      BusinessException e = refusal(() -> i.submitActual(below));
      assertThat(e.messageKey()).isEqualTo("indicator.actual.reasonRequired");
      assertThat(e.arguments()).containsExactly("O01");

      i.enterActual(actual("80", "招商形势变化", null));
      assertThat(refusedKey(() -> i.submitActual(scoreOf(i)))).as("a reason without a measure")
          .isEqualTo("indicator.actual.reasonRequired");
      i.enterActual(actual("80", null, "加强招商"));
      assertThat(refusedKey(() -> i.submitActual(scoreOf(i)))).as("a measure without a reason")
          .isEqualTo("indicator.actual.reasonRequired");
      assertThat(i.actualStatus()).isEqualTo(WorkflowStatus.DRAFT);

      i.enterActual(actual("80", " 招商形势变化 ", "加强招商"));
      i.submitActual(scoreOf(i));
      assertThat(i.actualStatus()).isEqualTo(WorkflowStatus.SUBMITTED);
      assertThat(i.deviationReason()).isEqualTo("招商形势变化");
      assertThat(i.correctiveMeasure()).isEqualTo("加强招商");
    }

    @Test
    void overshootAndWrongWay_alsoNeedAReason() {
      Indicator o01 = approved(o01());
      o01.enterActual(actual("213", null, null));
      assertThat(refusedKey(() -> o01.submitActual(scoreOf(o01)))).isEqualTo("indicator.actual.reasonRequired");
      Indicator b06 = approved(indicator(IndicatorKind.DECREASE, null, DOWN, "0.80"));
      b06.enterActual(actual("0.4", null, null));
      assertThat(refusedKey(() -> b06.submitActual(scoreOf(b06)))).isEqualTo("indicator.actual.reasonRequired");
      b06.enterActual(actual("0.4", "发电用能较多", "推动节能改造"));
      b06.submitActual(scoreOf(b06));
      assertThat(b06.actualStatus()).isEqualTo(WorkflowStatus.SUBMITTED);
    }

    @Test
    void metActual_needsNoReason_missingActual_isRefused() {
      Indicator missing = approved(o01());
      assertThat(refusedKey(() -> missing.submitActual(scoreOf(missing)))).isEqualTo("indicator.actual.missing");
      Indicator met = approved(o01());
      met.enterActual(actual("120", null, null));
      met.submitActual(scoreOf(met));
      assertThat(met.actualStatus()).isEqualTo(WorkflowStatus.SUBMITTED);
    }

    @Test
    void actualWorkflow_submittedIsLocked_returnNeedsAComment() {
      Indicator i = approved(o01());
      i.enterActual(actual("120", null, null));
      i.submitActual(scoreOf(i));
      assertThat(refusedKey(() -> i.enterActual(actual("130", null, null)))).isEqualTo("indicator.workflow.notEditable");
      assertThat(refusedKey(() -> i.submitActual(scoreOf(i)))).isEqualTo("indicator.workflow.notEditable");
      assertThat(refusedKey(() -> i.reviewActual(false, " "))).isEqualTo("validation.required");
      i.reviewActual(false, "请补充佐证材料");
      assertThat(i.actualStatus()).isEqualTo(WorkflowStatus.RETURNED);
      i.enterActual(actual("121", null, null));
      i.submitActual(scoreOf(i));
      i.reviewActual(true, null);
      assertThat(i.actualStatus()).isEqualTo(WorkflowStatus.APPROVED);
      assertThat(refusedKey(() -> i.enterActual(actual("1", null, null)))).isEqualTo("indicator.workflow.notEditable");
      assertThat(refusedKey(() -> i.recordProgress(d("1")))).isEqualTo("indicator.progress.notOpen");
    }

    @Test
    void progress_onlyAfterTheTargetIsApproved() {
      Indicator i = o01();
      assertThat(refusedKey(() -> i.recordProgress(d("50")))).isEqualTo("indicator.progress.notOpen");
      approved(i).recordProgress(d("50"));
      assertThat(i.progress()).isEqualByComparingTo("50");
    }

    @Test
    void qualitativePercent_mustLieInTheGradesBand() {
      Indicator q = approved(indicator(IndicatorKind.QUALITATIVE, null, "完成年度重点工作", "1.00"));
      BusinessException e = refusal(() -> q.enterActual(
          new Indicator.ActualEntry(null, "基本完成", QualitativeGrade.PARTIAL, d("85"), "原因", "措施")));
      assertThat(e.messageKey()).isEqualTo("indicator.qualitative.band");
      assertThat(e.arguments()).containsExactly("QualitativeGrade.PARTIAL", "60", "80");
      assertThat(q.qualitativeGrade()).isNull();

      q.enterActual(new Indicator.ActualEntry(d("5"), "基本完成", QualitativeGrade.PARTIAL, d("80"), "原因", "措施"));
      assertThat(q.actual()).as("a qualitative indicator keeps no number").isNull();
      assertThat(q.qualitativeGrade()).isEqualTo(QualitativeGrade.PARTIAL);
      IndicatorScore s = scoreOf(q);
      assertThat(s.score()).isEqualTo(d("0.80"));
      assertThat(s.belowTarget()).isTrue();
      q.submitActual(s);
      assertThat(q.actualStatus()).isEqualTo(WorkflowStatus.SUBMITTED);
    }

    @Test
    void ungradedQualitative_cannotBeSubmitted() {
      Indicator q = approved(indicator(IndicatorKind.QUALITATIVE, null, "完成年度重点工作", "1.00"));
      q.enterActual(new Indicator.ActualEntry(null, null, null, null, null, null));
      assertThat(refusedKey(() -> q.submitActual(scoreOf(q)))).isEqualTo("indicator.actual.missing");
    }

    /**
     * BUG (Indicator.define, line 173): the name is assigned before the remaining checks, so a refused edit
     * leaves the new name on the entity — against the rule BudgetLine follows ("every check before any
     * change: a refused call leaves the line as it was").
     */
    @Test
    void refusedDefinition_leavesTheIndicatorAsItWas() {
      Indicator i = o01();
      refusal(() -> i.define(new Indicator.Definition("新名称", null, null, IndicatorSubcategory.QUANTITY, "场",
          IndicatorKind.AT_LEAST, d("100"), null, d("101"), null)));
      assertThat(i.name()).isEqualTo("组织、指导、支持举办工信产业招商引资活动数量");
    }

    /**
     * BUG (Indicator.enterActual, lines 301–309): grade, percent and actual are assigned before the texts are
     * checked, so an entry refused for a too-long text still changes the actual.
     */
    @Test
    void refusedActualEntry_leavesTheIndicatorAsItWas() {
      Indicator i = approved(o01());
      i.enterActual(actual("120", null, null));
      BusinessException e = refusal(() -> i.enterActual(actual("80", "理".repeat(Indicator.TEXT_LENGTH + 1), "措施")));
      assertThat(e.messageKey()).isEqualTo("validation.tooLong");
      assertThat(i.actual()).isEqualByComparingTo("120");
    }
  }
}
