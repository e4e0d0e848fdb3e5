package org.jixiao.indicators.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.domain.evaluation.Measure;
import org.jixiao.domain.evaluation.MeasureKind;
import org.jixiao.domain.evaluation.MeasureSource;
import org.jixiao.domain.evaluation.RecordRef;
import org.jixiao.domain.evaluation.ReportTable;
import org.jixiao.domain.indicators.IndicatorCategory;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Roles;
import org.jixiao.indicators.api.CategoryResult;
import org.jixiao.indicators.api.IndicatorTree;
import org.jixiao.indicators.api.IndicatorView;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.indicators.api.ScoreSummary;

/**
 * The framework's measures from indicators: 产出 and 效益 category scores and 专项资金绩效, each with its trace and
 * the indicators that scored below their weight (the deductions point at them).
 */
@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class IndicatorMeasures implements MeasureSource {

  @EJB private Indicators indicators;

  @Override
  public List<Measure> measures(Caller caller, int yearNumber) {
    // the tree carries the year's score summary: one load and scoring of the indicators, not two
    IndicatorTree tree = indicators.tree(caller, yearNumber);
    ScoreSummary s = tree.scores();
    List<IndicatorView> all = tree.indicators();
    String threshold = indicators.rules(caller, yearNumber).stream().findFirst()
        .map(r -> r.settings().overshootThreshold())
        .orElse(org.jixiao.domain.indicators.ScoringSettings.GUANGZHOU_DEFAULTS.overshootThreshold())
        .stripTrailingZeros().toPlainString();
    List<Measure> measures = new ArrayList<>(List.of(
        category(MeasureKind.OUTPUT_SCORE, s.output(), all, IndicatorCategory.OUTPUT, threshold),
        category(MeasureKind.BENEFIT_SCORE, s.benefit(), all, IndicatorCategory.BENEFIT, threshold),
        new Measure(MeasureKind.SPECIAL_FUNDS_SCORE, s.specialFunds().score(), s.specialFunds().points(),
            s.specialFunds().trace(), fundReasons(s), lowered(all, null, true))));
    achieved(all).ifPresent(measures::add);
    return measures;
  }

  /**
   * The share of the indicators with an actual that achieved their target (not below it, not the wrong way); none
   * when no indicator has an actual yet.
   */
  private static java.util.Optional<Measure> achieved(List<IndicatorView> all) {
    List<IndicatorView> measured = all.stream().filter(i -> !i.score().missingActual()).toList();
    if (measured.isEmpty()) {
      return java.util.Optional.empty();
    }
    long achieved = measured.stream().filter(i -> !i.score().belowTarget() && !i.score().wrongDirection()).count();
    java.math.BigDecimal share = org.jixiao.domain.money.Rate.ratio(java.math.BigDecimal.valueOf(achieved),
        java.math.BigDecimal.valueOf(measured.size())).percent();
    return java.util.Optional.of(new Measure(MeasureKind.INDICATORS_ACHIEVED, share,
        new java.math.BigDecimal("100"), List.of(TraceStep.of("evaluation.trace.achieved", achieved, measured.size(),
            share.toPlainString())), List.of(), List.of()));
  }

  /**
   * The self-evaluation table per indicator (一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施)
   * as the report's annex prints it; the report is an official Chinese document.
   */
  @Override
  public List<ReportTable> tables(Caller caller, int yearNumber) {
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorView i : indicators.tree(caller, yearNumber).indicators()) {
      String target = i.target() != null ? plain(i.target()) + (i.unit() == null ? "" : i.unit())
          : String.valueOf(i.targetText());
      String actual = i.actual() != null ? plain(i.actual()) + (i.unit() == null ? "" : i.unit())
          : i.actualText() == null ? "" : i.actualText();
      String reason = String.join("；", java.util.stream.Stream.of(i.deviationReason(), i.correctiveMeasure())
          .filter(t -> t != null && !t.isBlank()).toList());
      rows.add(List.of(IndicatorWorkbook.label(i.category()), IndicatorWorkbook.label(i.subcategory()),
          i.name(), target, actual, plain(i.weight()), i.score().score().toPlainString(), reason));
    }
    return List.of(new ReportTable(ReportTable.Kind.INDICATOR_SELF_EVALUATION,
        List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"), rows));
  }

  private static String plain(java.math.BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private static Measure category(MeasureKind kind, CategoryResult c, List<IndicatorView> all,
      IndicatorCategory category, String threshold) {
    return new Measure(kind, c.score(), c.points(), c.trace(), reasons(all, category, threshold),
        lowered(all, category, false));
  }

  /**
   * Why a category loses points, as the report words it: the indicators above the overshoot threshold (halved),
   * then those below target or the wrong way (proportional or nothing), each with its completion.
   */
  private static List<TraceStep> reasons(List<IndicatorView> all, IndicatorCategory category, String threshold) {
    List<String> overshoot = new ArrayList<>();
    List<String> below = new ArrayList<>();
    for (IndicatorView i : all) {
      if (i.isFundIndicator() || i.category() != category) {
        continue;
      }
      String completion = i.score().completion() == null ? ""
          : i.score().completion().percent().stripTrailingZeros().toPlainString() + "%";
      if (i.score().overshoot()) {
        overshoot.add("“" + i.name() + "”" + completion);
      } else if (i.score().belowTarget() || i.score().wrongDirection()) {
        below.add("“" + i.name() + "”" + (i.score().wrongDirection()
            ? String.valueOf(i.targetText()) + " / " + (i.actualText() == null ? plain(i.actual()) : i.actualText())
            : completion));
      }
    }
    List<TraceStep> reasons = new ArrayList<>();
    if (!overshoot.isEmpty()) {
      reasons.add(TraceStep.of("evaluation.reason.overshoot", overshoot.size(), threshold,
          String.join("；", overshoot)));
    }
    if (!below.isEmpty()) {
      reasons.add(TraceStep.of("evaluation.reason.below", below.size(), String.join("；", below)));
    }
    return reasons;
  }

  /** The funds that scored below full marks, with their weighted completion. */
  private static List<TraceStep> fundReasons(ScoreSummary s) {
    List<String> funds = s.specialFunds().funds().stream()
        .filter(f -> f.scorePercent().compareTo(new java.math.BigDecimal("100")) < 0)
        .map(f -> f.name() + " " + f.scorePercent().stripTrailingZeros().toPlainString() + "%")
        .toList();
    return funds.isEmpty() ? List.of()
        : List.of(TraceStep.of("evaluation.reason.funds", funds.size(), String.join("；", funds)));
  }

  /** The department's (or the funds') indicators of a category that scored below their weight. */
  private static List<RecordRef> lowered(List<IndicatorView> all, IndicatorCategory category, boolean funds) {
    List<RecordRef> refs = new ArrayList<>();
    for (IndicatorView i : all) {
      boolean inScope = funds ? i.isFundIndicator() : !i.isFundIndicator() && i.category() == category;
      if (inScope && i.score().score().compareTo(i.weight()) < 0) {
        refs.add(new RecordRef(RecordRef.Kind.INDICATOR, i.code(), i.name()));
      }
    }
    return refs;
  }
}
