package org.jixiao.indicators.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditSnapshot;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.budget.SpecialFund;
import org.jixiao.domain.indicators.Indicator;
import org.jixiao.domain.indicators.OverallGoal;
import org.jixiao.domain.indicators.ScoringRule;
import org.jixiao.domain.indicators.ScoringSettings;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.domain.year.YearScope;
import org.jixiao.indicators.api.IndicatorSheets;
import org.jixiao.indicators.api.SheetReport;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class IndicatorSheetService implements IndicatorSheets {

  static final String RECORD_TYPE = "Indicator";

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private AuditTrail audit;

  @Override
  public byte[] exportWorkbook(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    List<Indicator> visible = indicatorsOf(scope.year()).stream()
        .filter(i -> scope.caller().mayRead(i.division().code()))
        .toList();
    return IndicatorWorkbook.write(yearNumber, visible, settings(scope.year()), goalsOf(scope.year()),
        fundsOf(scope.year()));
  }

  @Override
  public byte[] importTemplate(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    return IndicatorWorkbook.write(yearNumber, List.of(), settings(scope.year()), goalsOf(scope.year()),
        fundsOf(scope.year()));
  }

  @Override
  public SheetReport importWorkbook(Caller caller, int yearNumber, byte[] xlsx) {
    YearScope scope;
    try {
      scope = YearScope.resolve(em, context, caller, yearNumber);
      if (!scope.caller().has(Role.DIVISION_HEAD)) {
        throw new BusinessException("indicator.access.divisionHeadOnly");
      }
      scope.year().requireOpen();
    } catch (BusinessException e) {
      audit.refused(caller == null ? null : caller.username(), AuditAction.IMPORT, RECORD_TYPE, null, yearNumber,
          "Excel 导入: " + e.getMessage());
      throw e;
    }
    FiscalYear year = scope.year();
    IndicatorImport sheet = new IndicatorImport(year, scope.division(), indicatorsOf(year), goalsOf(year),
        fundsOf(year), nextSortOrder(year));
    SheetReport report = sheet.run(xlsx);
    if (!report.applied()) {
      // rows already applied to managed indicators must not reach the database
      context.setRollbackOnly();
      audit.refused(caller.username(), AuditAction.IMPORT, RECORD_TYPE, null, yearNumber,
          "Excel 导入被拒绝: " + report.problems().size() + " 处错误");
      return report;
    }
    Set<Indicator> locked = new HashSet<>();
    for (IndicatorImport.Change change : sheet.changes()) {
      if (change.isNew()) {
        em.persist(change.indicator());
      } else if (locked.add(change.indicator())) {
        // as the forms do: a change bumps the version, so a form opened before the import is refused
        em.lock(change.indicator(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      }
      audit.done(caller.username(), AuditAction.IMPORT, RECORD_TYPE, change.indicator().code(), yearNumber,
          change.detail(), change.before(), change.after());
    }
    audit.done(caller.username(), AuditAction.IMPORT, RECORD_TYPE, null, yearNumber,
        "Excel 导入: 新建 " + report.created() + " 项，修改目标 " + report.targetsUpdated() + " 项，填报实际值 "
            + report.actualsUpdated() + " 项，未变 " + report.unchanged() + " 项",
        AuditSnapshot.NONE, AuditSnapshot.of(scope.division().code(), null));
    return report;
  }

  // --- the year's records: the same named queries as the indicator service ----------------------------------

  private List<Indicator> indicatorsOf(FiscalYear year) {
    return em.createNamedQuery(Indicator.OF_YEAR, Indicator.class).setParameter("yearId", year.id()).getResultList();
  }

  private List<OverallGoal> goalsOf(FiscalYear year) {
    return em.createNamedQuery(OverallGoal.OF_YEAR, OverallGoal.class)
        .setParameter("fiscalYearId", year.id())
        .getResultList();
  }

  private List<SpecialFund> fundsOf(FiscalYear year) {
    return em.createNamedQuery(SpecialFund.OF_YEAR, SpecialFund.class).setParameter("yearId", year.id()).getResultList();
  }

  /** New indicators go after the year's last one. */
  private int nextSortOrder(FiscalYear year) {
    Integer max = em.createQuery("SELECT MAX(i.sortOrder) FROM Indicator i WHERE i.fiscalYear.id = :yearId", Integer.class)
        .setParameter("yearId", year.id())
        .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  /** The year's newest scoring rule, else the Guangzhou defaults. */
  private ScoringSettings settings(FiscalYear year) {
    return em.createNamedQuery(ScoringRule.OF_YEAR, ScoringRule.class)
        .setParameter("yearId", year.id())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(ScoringRule::settings)
        .orElse(ScoringSettings.GUANGZHOU_DEFAULTS);
  }
}
