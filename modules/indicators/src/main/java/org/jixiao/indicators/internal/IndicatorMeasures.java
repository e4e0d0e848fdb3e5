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
import org.jixiao.domain.indicators.IndicatorCategory;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Roles;
import org.jixiao.indicators.api.CategoryResult;
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
    ScoreSummary s = indicators.scores(caller, yearNumber);
    List<IndicatorView> all = indicators.tree(caller, yearNumber).indicators();
    return List.of(
        category(MeasureKind.OUTPUT_SCORE, s.output(), lowered(all, IndicatorCategory.OUTPUT, false)),
        category(MeasureKind.BENEFIT_SCORE, s.benefit(), lowered(all, IndicatorCategory.BENEFIT, false)),
        new Measure(MeasureKind.SPECIAL_FUNDS_SCORE, s.specialFunds().score(), s.specialFunds().points(),
            s.specialFunds().trace(), lowered(all, null, true)));
  }

  private static Measure category(MeasureKind kind, CategoryResult c, List<RecordRef> records) {
    return new Measure(kind, c.score(), c.points(), c.trace(), records);
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
