package org.jixiao.indicators.internal;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.budget.PaceWarning;
import org.jixiao.domain.budget.SpecialFund;
import org.jixiao.domain.indicators.Indicator;
import org.jixiao.domain.indicators.IndicatorCategory;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorScore;
import org.jixiao.domain.indicators.IndicatorScoring;
import org.jixiao.domain.indicators.IndicatorScoring.CategoryScore;
import org.jixiao.domain.indicators.ScoringSettings;
import org.jixiao.domain.indicators.TargetAdjustment;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.money.Rate;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.indicators.api.AdjustmentView;
import org.jixiao.indicators.api.CategoryResult;
import org.jixiao.indicators.api.FundResult;
import org.jixiao.indicators.api.IndicatorView;
import org.jixiao.indicators.api.ScoreSummary;
import org.jixiao.indicators.api.SpecialFundResult;

/**
 * A year's indicators scored by its rules: each indicator's score, warning and target-quality checks, the
 * department's category scores, and the special funds' scores averaged by their budgets.
 */
final class Scoring {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** In-year progress lagging the time pace by more than these points warns yellow / red [C]. */
  private static final BigDecimal YELLOW_LAG = BigDecimal.valueOf(10);
  private static final BigDecimal RED_LAG = BigDecimal.valueOf(25);
  /** An actual below this share of its target is a red warning, else yellow [C]. */
  private static final BigDecimal RED_BELOW = BigDecimal.valueOf(80);
  private static final int EXACT = 12;

  private final EntityManager em;
  private final FiscalYear year;
  private final ScoringSettings settings;
  private final int ruleVersion;
  private Map<String, Indicator> lastYear;

  Scoring(EntityManager em, FiscalYear year, ScoringSettings settings, int ruleVersion) {
    this.em = em;
    this.year = year;
    this.settings = settings;
    this.ruleVersion = ruleVersion;
  }

  /** A year's scoring by its newest rule version, or by Guangzhou's defaults when it has none. */
  static Scoring of(EntityManager em, FiscalYear year) {
    org.jixiao.domain.indicators.ScoringRule rule =
        em.createNamedQuery(org.jixiao.domain.indicators.ScoringRule.OF_YEAR,
                org.jixiao.domain.indicators.ScoringRule.class)
            .setParameter("yearId", year.id())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    ScoringSettings settings = rule == null ? ScoringSettings.GUANGZHOU_DEFAULTS : rule.settings();
    return new Scoring(em, year, settings, rule == null ? 0 : rule.ruleVersion());
  }

  IndicatorScore score(Indicator indicator) {
    return IndicatorScoring.score(indicator.figures(), settings);
  }

  IndicatorView view(Indicator i, boolean editableByCaller) {
    IndicatorScore score = score(i);
    TargetAdjustment pending = i.pendingAdjustment().orElse(null);
    return new IndicatorView(
        i.code(), i.name(), i.category(), i.subcategory(),
        i.goal().map(g -> g.sequence()).orElse(null), i.goal().map(g -> g.title()).orElse(null),
        i.division().code(), i.division().name(),
        i.specialFund().map(SpecialFund::code).orElse(null), i.specialFund().map(SpecialFund::name).orElse(null),
        i.unit(), i.kind(), i.target(), i.targetText(), i.weight(), i.baseline(), i.progress(), i.actual(),
        i.actualText(), i.qualitativeGrade(), i.qualitativePercent(), i.deviationReason(), i.correctiveMeasure(),
        i.targetStatus(), i.actualStatus(), i.reviewComment(), i.version(), score, warningOf(i, score),
        qualityWarnings(i),
        pending == null ? null : new AdjustmentView(pending.oldTarget(), pending.newTarget(), pending.newTargetText(),
            pending.reason(), pending.status(), pending.requestedBy(), pending.requestedAt(), pending.decidedBy(),
            pending.decisionComment()),
        editableByCaller, i.proposal().orElse(null));
  }

  /**
   * After year end by the actual: the wrong way or below 80% of target red, otherwise below target or above
   * the overshoot threshold yellow. During the year by the progress: lagging the time pace by more than 10
   * points yellow, 25 red, already above the threshold yellow.
   */
  PaceWarning warningOf(Indicator i, IndicatorScore score) {
    if (!score.missingActual()) {
      if (score.wrongDirection()
          || (score.belowTarget() && score.completion() != null && score.completion().percent().compareTo(RED_BELOW) < 0)) {
        return PaceWarning.RED;
      }
      return score.deviates() ? PaceWarning.YELLOW : PaceWarning.GREEN;
    }
    if (i.progress() == null || !i.kind().isQuantified() || i.target().signum() == 0) {
      return PaceWarning.GREEN;
    }
    BigDecimal progressRate = Rate.ratio(i.progress(), i.target()).percent();
    if (progressRate.compareTo(settings.overshootThreshold()) > 0) {
      return PaceWarning.YELLOW;
    }
    if (i.kind() == IndicatorKind.AT_MOST) {
      return PaceWarning.GREEN;
    }
    BigDecimal lag = elapsedPercent().subtract(progressRate);
    return lag.compareTo(RED_LAG) > 0 ? PaceWarning.RED
        : lag.compareTo(YELLOW_LAG) > 0 ? PaceWarning.YELLOW : PaceWarning.GREEN;
  }

  private BigDecimal elapsedPercent() {
    LocalDate today = LocalDate.now(AuditTrail.BUREAU_ZONE);
    if (today.getYear() != year.yearNumber()) {
      return today.getYear() > year.yearNumber() ? HUNDRED : BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(today.getDayOfYear()).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(today.lengthOfYear()), 2, RoundingMode.HALF_UP);
  }

  /** Target-quality checks at entry: warnings the leadership group may accept. */
  List<TraceStep> qualityWarnings(Indicator i) {
    List<TraceStep> warnings = new ArrayList<>();
    if (i.kind().isQuantified() && i.unit() == null) {
      warnings.add(TraceStep.of("indicator.quality.noUnit"));
    }
    if (i.kind() == IndicatorKind.QUALITATIVE) {
      warnings.add(TraceStep.of("indicator.quality.notQuantified"));
    }
    if (i.kind() == IndicatorKind.AT_LEAST && i.baseline() != null && i.target() != null
        && i.target().compareTo(i.baseline()) < 0) {
      warnings.add(TraceStep.of("indicator.quality.belowLastYear", IndicatorScoring.plain(i.target()),
          IndicatorScoring.plain(i.baseline())));
    }
    Indicator previous = lastYear().get(i.code());
    if (previous != null && previous.kind() == i.kind() && previous.target() != null && i.target() != null) {
      int cmp = i.target().compareTo(previous.target());
      boolean weaker = (i.kind() == IndicatorKind.AT_MOST) ? cmp > 0 : cmp < 0;
      if (weaker) {
        warnings.add(TraceStep.of("indicator.quality.weakerThanLastYear", IndicatorScoring.plain(i.target()),
            IndicatorScoring.plain(previous.target())));
      }
    }
    return List.copyOf(warnings);
  }

  private Map<String, Indicator> lastYear() {
    if (lastYear == null) {
      lastYear = new HashMap<>();
      em.createQuery(
              "SELECT i FROM Indicator i WHERE i.fiscalYear.department.id = :departmentId"
                  + " AND i.fiscalYear.yearNumber = :previous", Indicator.class)
          .setParameter("departmentId", year.department().id())
          .setParameter("previous", year.yearNumber() - 1)
          .getResultStream()
          .forEach(i -> lastYear.put(i.code(), i));
    }
    return lastYear;
  }

  ScoreSummary summary(List<Indicator> all) {
    Map<IndicatorCategory, List<IndicatorScore>> scores = new HashMap<>();
    Map<IndicatorCategory, List<BigDecimal>> weights = new HashMap<>();
    Map<String, BigDecimal[]> funds = new HashMap<>(); // fund code → {score sum, weight sum}
    Set<IndicatorCategory> present = EnumSet.noneOf(IndicatorCategory.class);
    for (Indicator i : all) {
      IndicatorScore score = score(i);
      if (i.specialFund().isEmpty()) {
        present.add(i.category());
        scores.computeIfAbsent(i.category(), c -> new ArrayList<>()).add(score);
        weights.computeIfAbsent(i.category(), c -> new ArrayList<>()).add(i.weight());
      } else if (i.category() != IndicatorCategory.SATISFACTION) {
        // a fund's score is of its output and benefit indicators
        BigDecimal[] sums = funds.computeIfAbsent(i.specialFund().get().code(),
            f -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(score.score());
        sums[1] = sums[1].add(i.weight());
      }
    }
    List<TraceStep> problems = new ArrayList<>();
    for (IndicatorCategory category : IndicatorCategory.values()) {
      if (!present.contains(category)) {
        problems.add(TraceStep.of("indicator.quality.categoryMissing", "IndicatorCategory." + category.name()));
      }
    }
    CategoryResult output = category(IndicatorCategory.OUTPUT, scores, weights, problems);
    CategoryResult benefit = category(IndicatorCategory.BENEFIT, scores, weights, problems);
    CategoryResult satisfaction = category(IndicatorCategory.SATISFACTION, scores, weights, problems);
    SpecialFundResult specialFundResult = specialFunds(funds, problems); // may add to the problems
    return new ScoreSummary(year.yearNumber(), ruleVersion, output, benefit, satisfaction, specialFundResult,
        List.copyOf(problems));
  }

  private CategoryResult category(IndicatorCategory category, Map<IndicatorCategory, List<IndicatorScore>> scores,
      Map<IndicatorCategory, List<BigDecimal>> weights, List<TraceStep> problems) {
    List<BigDecimal> w = weights.getOrDefault(category, List.of());
    BigDecimal weightSum = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal points = settings.pointsOf(category);
    if (points == null) {
      points = weightSum.signum() == 0 ? HUNDRED : weightSum; // satisfaction is not a framework item: no scaling
    } else if (weightSum.signum() > 0 && weightSum.compareTo(points) != 0) {
      problems.add(TraceStep.of("indicator.weights.mismatch", "IndicatorCategory." + category.name(),
          weightSum.toPlainString(), points.toPlainString()));
    }
    CategoryScore result = IndicatorScoring.categoryScore("IndicatorCategory." + category.name(),
        scores.getOrDefault(category, List.of()).stream().map(IndicatorScore::score).toList(), w, points, settings);
    return new CategoryResult(category, result.score(), result.points(), result.scoreSum(), result.weightSum(),
        result.trace());
  }

  /** Each fund's score in percent; their average weighted by the funds' full-year budgets, scaled to the points. */
  private SpecialFundResult specialFunds(Map<String, BigDecimal[]> sums, List<TraceStep> problems) {
    Map<String, Money> budgets = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(
            "SELECT f.code, SUM(l.full_year_budget) FROM budget_line l JOIN special_fund f ON f.id = l.special_fund_id"
                + " WHERE l.fiscal_year_id = ?1 GROUP BY f.code")
        .setParameter(1, year.id())
        .getResultList();
    for (Object[] row : rows) {
      budgets.put((String) row[0], Money.of(new BigDecimal(row[1].toString())));
    }
    List<IndicatorScoring.FundFigures> figures = new ArrayList<>();
    for (SpecialFund fund : em.createNamedQuery(SpecialFund.OF_YEAR, SpecialFund.class)
        .setParameter("yearId", year.id()).getResultList()) {
      BigDecimal[] s = sums.getOrDefault(fund.code(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      figures.add(new IndicatorScoring.FundFigures(fund.code(), fund.name(), s[0], s[1],
          budgets.getOrDefault(fund.code(), Money.ZERO)));
    }
    IndicatorScoring.FundsScore result = IndicatorScoring.fundsScore(figures, settings);
    problems.addAll(result.problems());
    List<FundResult> funds = result.funds().stream()
        .map(f -> new FundResult(f.fund().code(), f.fund().name(), f.percent(), f.fund().scoreSum(),
            f.fund().weightSum(), f.fund().budget()))
        .toList();
    return new SpecialFundResult(result.score(), result.points(), result.weightedPercent(), funds, result.trace());
  }
}
