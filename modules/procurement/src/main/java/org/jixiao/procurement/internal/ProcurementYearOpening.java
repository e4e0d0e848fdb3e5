package org.jixiao.procurement.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.procurement.ProcurementRule;
import org.jixiao.domain.security.CallerCheck;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.domain.year.YearOpening;
import org.jixiao.domain.year.YearOpeningContext;
import org.jixiao.domain.year.YearScope;

/**
 * Procurement's part in opening a year: the closing year's current rule version (deadline lengths and the points
 * of 采购管理) becomes the new year's first; a year without a rule of its own keeps using the defaults.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ProcurementYearOpening implements YearOpening {

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private AuditTrail audit;

  @Override
  public void open(YearOpeningContext ctx) {
    CallerCheck.verified(ctx.caller(), context);
    FiscalYear from = YearScope.yearOf(em, ctx.departmentId(), ctx.fromYear());
    FiscalYear to = YearScope.yearOf(em, ctx.departmentId(), ctx.toYear());
    ProcurementRule rule = em.createNamedQuery(ProcurementRule.OF_YEAR, ProcurementRule.class)
        .setParameter("yearId", from.id()).setMaxResults(1).getResultStream().findFirst().orElse(null);
    if (rule == null) {
      ctx.copied("year.copied.procurementDefaults");
      return;
    }
    em.persist(new ProcurementRule(to, 1, rule.settings(), ctx.caller().username(), AuditTrail.now()));
    ctx.copied("year.copied.procurementRule", rule.ruleVersion());
    audit.done(ctx.caller().username(), AuditAction.CREATE, "ProcurementRule", String.valueOf(ctx.toYear()),
        ctx.toYear(), "开启年度（采购）: 复制 " + ctx.fromYear() + " 年采购规则第 " + rule.ruleVersion() + " 版为第 1 版: "
            + rule.settings());
  }
}
