package org.jixiao.reporting.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.evaluation.EvaluationFramework;
import org.jixiao.domain.evaluation.FrameworkItem;
import org.jixiao.domain.evaluation.ImprovementPoint;
import org.jixiao.domain.security.CallerCheck;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.domain.year.YearOpening;
import org.jixiao.domain.year.YearOpeningContext;
import org.jixiao.domain.year.YearScope;

/**
 * Reporting's part in opening a year: the closing year's measures (下一步改进措施) go to the indicators they are
 * linked to, worded "[item code item name] text", for the proposals' notes; the framework carries over as a draft
 * (same chair, members and items; not frozen, no scores) for admins to adjust.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ReportingYearOpening implements YearOpening {

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private AuditTrail audit;

  @Override
  public void gather(YearOpeningContext ctx) {
    CallerCheck.verified(ctx.caller(), context);
    FiscalYear from = YearScope.yearOf(em, ctx.departmentId(), ctx.fromYear());
    Optional<EvaluationFramework> framework = frameworkOf(from);
    for (ImprovementPoint p : em.createNamedQuery(ImprovementPoint.OF_YEAR, ImprovementPoint.class)
        .setParameter("yearId", from.id()).getResultList()) {
      if (p.kind() != ImprovementPoint.Kind.MEASURE) {
        continue;
      }
      String item = p.itemCode() == null ? "" : "[" + p.itemCode()
          + framework.flatMap(f -> f.item(p.itemCode())).map(FrameworkItem::name).map(n -> " " + n).orElse("")
          + "] ";
      p.indicators().forEach(code -> ctx.addMeasure(code, item + p.content()));
    }
  }

  @Override
  public void open(YearOpeningContext ctx) {
    CallerCheck.verified(ctx.caller(), context);
    FiscalYear from = YearScope.yearOf(em, ctx.departmentId(), ctx.fromYear());
    FiscalYear to = YearScope.yearOf(em, ctx.departmentId(), ctx.toYear());
    EvaluationFramework last = frameworkOf(from).orElse(null);
    if (last == null) {
      ctx.copied("year.copied.noFramework", ctx.fromYear());
      return;
    }
    EvaluationFramework draft = last.draftFor(to);
    em.persist(draft);
    draft.items().forEach(em::persist);
    ctx.copied("year.copied.framework", draft.items().size(), draft.totalWeight().stripTrailingZeros().toPlainString());
    audit.done(ctx.caller().username(), AuditAction.CREATE, "EvaluationFramework", String.valueOf(ctx.toYear()),
        ctx.toYear(), "开启年度（评价）: 复制 " + ctx.fromYear() + " 年评价指标体系为草稿（" + draft.items().size() + " 项，合计 "
            + draft.totalWeight().toPlainString() + " 分，组长 " + draft.chair() + "）");
  }

  private Optional<EvaluationFramework> frameworkOf(FiscalYear year) {
    return em.createNamedQuery(EvaluationFramework.OF_YEAR, EvaluationFramework.class)
        .setParameter("yearId", year.id()).getResultStream().findFirst();
  }
}
