package org.jixiao.indicators.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.budget.SpecialFund;
import org.jixiao.domain.indicators.Indicator;
import org.jixiao.domain.indicators.IndicatorScore;
import org.jixiao.domain.indicators.IndicatorScoring;
import org.jixiao.domain.indicators.OverallGoal;
import org.jixiao.domain.indicators.ScoringRule;
import org.jixiao.domain.indicators.TargetProposal;
import org.jixiao.domain.security.CallerCheck;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.domain.year.YearOpening;
import org.jixiao.domain.year.YearOpeningContext;
import org.jixiao.domain.year.YearScope;

/**
 * Indicators' part in opening a year: the closing year's funds' indicators that fell short go to budgeting's
 * suggestions; the current scoring-rule version, the overall goals and a draft of every indicator carry over —
 * same code, division, place in the tree, name, unit, kind and weight, the target proposed from last year's
 * approved actual ({@link TargetProposal}), and a note naming the source and the linked measures. The divisions
 * then edit and submit the drafts through the usual workflow.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class IndicatorYearOpening implements YearOpening {

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private AuditTrail audit;

  @Override
  public void gather(YearOpeningContext ctx) {
    CallerCheck.verified(ctx.caller(), context);
    FiscalYear from = YearScope.yearOf(em, ctx.departmentId(), ctx.fromYear());
    Scoring scoring = Scoring.of(em, from);
    for (Indicator i : indicatorsOf(from)) {
      if (i.specialFund().isEmpty()) {
        continue;
      }
      IndicatorScore s = scoring.score(i);
      if (s.belowTarget() || s.wrongDirection()) {
        String result = s.completion() != null
            ? s.completion().percent().stripTrailingZeros().toPlainString() + "%"
            : i.actual() != null ? (i.actual().signum() > 0 ? "+" : "") + IndicatorScoring.plain(i.actual())
            : String.valueOf(i.actualText());
        ctx.addShortfall(i.specialFund().get().code(),
            new YearOpeningContext.Shortfall(i.code(), i.name(), result));
      }
    }
  }

  @Override
  public void open(YearOpeningContext ctx) {
    CallerCheck.verified(ctx.caller(), context);
    FiscalYear from = YearScope.yearOf(em, ctx.departmentId(), ctx.fromYear());
    FiscalYear to = YearScope.yearOf(em, ctx.departmentId(), ctx.toYear());
    String by = ctx.caller().username();
    ScoringRule rule = em.createNamedQuery(ScoringRule.OF_YEAR, ScoringRule.class)
        .setParameter("yearId", from.id()).setMaxResults(1).getResultStream().findFirst().orElse(null);
    if (rule != null) {
      em.persist(new ScoringRule(to, 1, rule.settings(), by, AuditTrail.now()));
      ctx.copied("year.copied.scoringRule", rule.ruleVersion());
    }
    Map<Integer, OverallGoal> goals = new HashMap<>();
    for (OverallGoal g : em.createNamedQuery(OverallGoal.OF_YEAR, OverallGoal.class)
        .setParameter("fiscalYearId", from.id()).getResultList()) {
      OverallGoal copy = new OverallGoal(to, g.sequence(), g.title(), g.description());
      em.persist(copy);
      goals.put(g.sequence(), copy);
    }
    em.flush();
    Map<String, SpecialFund> funds = new HashMap<>();
    em.createNamedQuery(SpecialFund.OF_YEAR, SpecialFund.class).setParameter("yearId", to.id())
        .getResultStream().forEach(f -> funds.put(f.code(), f));
    int proposed = 0;
    int fromActual = 0;
    for (Indicator last : indicatorsOf(from)) {
      SpecialFund fund = last.specialFund().map(f -> funds.get(f.code())).orElse(null);
      if (last.specialFund().isPresent() && fund == null) {
        throw new BusinessException("year.open.fundMissing", last.code(), last.specialFund().get().code());
      }
      Indicator draft = last.proposeFor(to, last.goal().map(g -> goals.get(g.sequence())).orElse(null), fund,
          ctx.measuresOf(last.code()));
      em.persist(draft);
      proposed++;
      if (draft.proposal().map(p -> p.basis() == TargetProposal.Basis.LAST_ACTUAL).orElse(false)) {
        fromActual++;
      }
    }
    ctx.copied("year.copied.goals", goals.size());
    ctx.copied("year.copied.indicators", proposed, fromActual);
    audit.done(by, AuditAction.CREATE, IndicatorService.RECORD_TYPE, String.valueOf(ctx.toYear()), ctx.toYear(),
        "开启年度（指标）: 评分规则" + (rule == null ? "（默认）" : "第 " + rule.ruleVersion() + " 版") + "，总体目标 "
            + goals.size() + " 项，建议指标草稿 " + proposed + " 项（其中 " + fromActual + " 项目标取上年实际完成值）");
  }

  private List<Indicator> indicatorsOf(FiscalYear year) {
    return em.createNamedQuery(Indicator.OF_YEAR, Indicator.class).setParameter("yearId", year.id())
        .getResultList();
  }
}
