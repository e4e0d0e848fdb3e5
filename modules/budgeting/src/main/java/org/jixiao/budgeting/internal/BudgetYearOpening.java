package org.jixiao.budgeting.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.budget.BudgetLine;
import org.jixiao.domain.budget.BudgetSuggestion;
import org.jixiao.domain.budget.BudgetSuggestionRule;
import org.jixiao.domain.budget.BudgetWarningRule;
import org.jixiao.domain.budget.MonitoringCheckpoint;
import org.jixiao.domain.budget.SpecialFund;
import org.jixiao.domain.security.CallerCheck;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.domain.year.YearOpening;
import org.jixiao.domain.year.YearOpeningContext;
import org.jixiao.domain.year.YearScope;

/**
 * Budgeting's part in opening a year: the warning rule and the monitoring checkpoints move to the new year, the
 * special funds carry over (without money: the new budget's lines come from finance), and the closing year's
 * lines that spent too little or whose fund's indicators fell short get a flagged suggestion
 * ({@link BudgetSuggestionRule}).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class BudgetYearOpening implements YearOpening {

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private AuditTrail audit;

  @Override
  public void open(YearOpeningContext ctx) {
    CallerCheck.verified(ctx.caller(), context);
    FiscalYear from = YearScope.yearOf(em, ctx.departmentId(), ctx.fromYear());
    FiscalYear to = YearScope.yearOf(em, ctx.departmentId(), ctx.toYear());
    BudgetWarningRule rule = em.find(BudgetWarningRule.class, from.id());
    BudgetWarningRule copy = rule == null ? new BudgetWarningRule(to) : rule.copyTo(to);
    em.persist(copy);
    List<MonitoringCheckpoint> checkpoints = em.createNamedQuery(MonitoringCheckpoint.OF_YEAR,
        MonitoringCheckpoint.class).setParameter("yearId", from.id()).getResultList();
    checkpoints.forEach(c -> em.persist(c.movedTo(to)));
    List<SpecialFund> funds = em.createNamedQuery(SpecialFund.OF_YEAR, SpecialFund.class)
        .setParameter("yearId", from.id()).getResultList();
    funds.forEach(f -> em.persist(f.copyTo(to)));
    em.flush();
    int flagged = 0;
    BudgetWarningRule.Thresholds thresholds = rule == null ? BudgetWarningRule.defaults() : rule.thresholds();
    for (BudgetLine line : em.createNamedQuery(BudgetLine.OF_YEAR, BudgetLine.class)
        .setParameter("yearId", from.id()).getResultList()) {
      BudgetSuggestionRule.Finding finding = BudgetSuggestionRule.judge(line.fullYearBudget(), line.executed(),
          thresholds, ctx.shortfallsOf(line.specialFund().map(SpecialFund::code).orElse(null)));
      if (finding.flagged()) {
        em.persist(BudgetSuggestion.flag(to, line, finding, ctx.caller().username(), AuditTrail.now()));
        flagged++;
      }
    }
    BudgetWarningRule.Thresholds t = copy.thresholds();
    ctx.copied("year.copied.warningRule", t.yellowLag().toPlainString(), t.redLag().toPlainString());
    ctx.copied("year.copied.checkpoints", checkpoints.size());
    ctx.copied("year.copied.funds", funds.size());
    ctx.copied("year.copied.suggestions", flagged, ctx.fromYear());
    audit.done(ctx.caller().username(), AuditAction.CREATE, "FiscalYear", String.valueOf(ctx.toYear()),
        ctx.toYear(), "开启年度（预算）: 预警规则 " + t.yellowLag().toPlainString() + "/" + t.redLag().toPlainString()
            + "，监控时点 " + checkpoints.size() + " 个，专项资金 " + funds.size() + " 项，预算安排建议 " + flagged + " 条（来自 "
            + ctx.fromYear() + " 年）");
  }
}
