package org.jixiao.budgeting.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jixiao.budgeting.api.BudgetSuggestionView;
import org.jixiao.budgeting.api.YearAdministration;
import org.jixiao.budgeting.api.YearOpeningResult;
import org.jixiao.budgeting.api.YearView;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.budget.BudgetSuggestion;
import org.jixiao.domain.budget.MonitoringCheckpoint;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.domain.organisation.Department;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.CallerCheck;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.domain.year.YearOpening;
import org.jixiao.domain.year.YearOpeningContext;
import org.jixiao.domain.year.YearScope;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class YearAdministrationService implements YearAdministration {

  static final String RECORD_TYPE = "FiscalYear";

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private AuditTrail audit;

  @Override
  public List<YearView> years(Caller caller) {
    Department department = departmentOf(CallerCheck.verified(caller, context));
    return yearsOf(department).stream().map(this::view).toList();
  }

  @Override
  public YearOpeningResult openNext(Caller caller, int yearNumber) {
    return audited(caller, yearNumber, AuditAction.CREATE, "open year", () -> {
      Caller checked = adminOnly(caller);
      Department department = departmentOf(checked);
      List<FiscalYear> existing = yearsOf(department);
      FiscalYear next = FiscalYear.openNext(department,
          existing.stream().map(FiscalYear::yearNumber).toList(), yearNumber);
      FiscalYear previous = existing.isEmpty() ? null : existing.get(0);
      em.persist(next);
      em.flush();
      if (previous == null) {
        audit.done(checked.username(), AuditAction.CREATE, RECORD_TYPE, String.valueOf(yearNumber), yearNumber,
            "开启 " + yearNumber + " 年度（无上一年度可复制）");
        return new YearOpeningResult(yearNumber, 0, true, List.of());
      }
      YearOpeningContext ctx = new YearOpeningContext(checked, department.id(), previous.yearNumber(), yearNumber);
      List<YearOpening> openings = YearOpenings.all();
      openings.forEach(o -> o.gather(ctx));
      openings.forEach(o -> o.open(ctx));
      audit.done(checked.username(), AuditAction.CREATE, RECORD_TYPE, String.valueOf(yearNumber), yearNumber,
          "开启 " + yearNumber + " 年度，自 " + previous.yearNumber() + " 年复制（上一年度"
              + (previous.isSealed() ? "已封存" : "未封存") + "）: "
              + String.join("；", ctx.copied().stream()
                  .map(t -> MessageTexts.format(java.util.Locale.SIMPLIFIED_CHINESE, t.key(), t.arguments())).toList()));
      return new YearOpeningResult(yearNumber, previous.yearNumber(), previous.isSealed(), ctx.copied());
    });
  }

  @Override
  public void recordBudgetApproval(Caller caller, int yearNumber, LocalDate date) {
    audited(caller, yearNumber, AuditAction.UPDATE, "record budget approval", () -> {
      FiscalYear year = adminYear(caller, yearNumber);
      String before = year.budgetApprovedOn().map(LocalDate::toString).orElse("（无）");
      em.lock(year, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      year.recordBudgetApproval(date, AuditTrail.now().toLocalDate());
      audit.done(caller.username(), AuditAction.UPDATE, RECORD_TYPE, String.valueOf(yearNumber), yearNumber,
          "部门预算批复日: " + before + " → " + date);
      return null;
    });
  }

  @Override
  public void addCheckpoint(Caller caller, int yearNumber, LocalDate date) {
    audited(caller, yearNumber, AuditAction.CREATE, "add checkpoint", () -> {
      FiscalYear year = adminYear(caller, yearNumber);
      em.persist(MonitoringCheckpoint.add(year, date, checkpointsOf(year).stream()
          .map(MonitoringCheckpoint::date).toList()));
      audit.done(caller.username(), AuditAction.CREATE, RECORD_TYPE, String.valueOf(yearNumber), yearNumber,
          "新增监控时点 " + date);
      return null;
    });
  }

  @Override
  public void removeCheckpoint(Caller caller, int yearNumber, LocalDate date) {
    audited(caller, yearNumber, AuditAction.DELETE, "remove checkpoint", () -> {
      FiscalYear year = adminYear(caller, yearNumber);
      MonitoringCheckpoint checkpoint = checkpointsOf(year).stream().filter(c -> c.date().equals(date))
          .findFirst().orElseThrow(() -> new BusinessException("year.checkpoint.unknown", String.valueOf(date)));
      checkpoint.requireRemovable();
      em.remove(checkpoint);
      audit.done(caller.username(), AuditAction.DELETE, RECORD_TYPE, String.valueOf(yearNumber), yearNumber,
          "删除监控时点 " + date);
      return null;
    });
  }

  @Override
  public List<BudgetSuggestionView> suggestions(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    if (!scope.caller().seesAllDivisions()) {
      throw new BusinessException("year.suggestions.departmentOnly");
    }
    return em.createNamedQuery(BudgetSuggestion.OF_YEAR, BudgetSuggestion.class)
        .setParameter("yearId", scope.year().id())
        .getResultStream()
        .map(s -> new BudgetSuggestionView(s.sourceYear(), s.lineCode(), s.lineName(), s.division().name(),
            s.fundCode(), s.budget(), s.executed(), s.executionRate(), s.carryOver(), s.carryOverReason(),
            s.executionWarning(), s.shortfalls()))
        .toList();
  }

  // --- lookups, scoping, auditing ---------------------------------------------------------------------------

  private YearView view(FiscalYear y) {
    return new YearView(y.yearNumber(), y.status(), y.budgetApprovedOn().orElse(null),
        checkpointsOf(y).stream().map(MonitoringCheckpoint::date).toList());
  }

  private List<MonitoringCheckpoint> checkpointsOf(FiscalYear year) {
    return em.createNamedQuery(MonitoringCheckpoint.OF_YEAR, MonitoringCheckpoint.class)
        .setParameter("yearId", year.id()).getResultList();
  }

  private List<FiscalYear> yearsOf(Department department) {
    return em.createNamedQuery(FiscalYear.OF_DEPARTMENT, FiscalYear.class)
        .setParameter("departmentId", department.id()).getResultList();
  }

  private Department departmentOf(Caller caller) {
    return em.createNamedQuery(Division.BY_CODE, Division.class)
        .setParameter("code", caller.divisionCode())
        .getResultStream()
        .findFirst()
        .map(Division::department)
        .orElseThrow(() -> new BusinessException("caller.noDivision", String.valueOf(caller.divisionCode())));
  }

  private Caller adminOnly(Caller caller) {
    Caller checked = CallerCheck.verified(caller, context);
    if (!checked.has(Role.ADMIN)) {
      throw new BusinessException("year.access.adminOnly");
    }
    return checked;
  }

  private FiscalYear adminYear(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    if (!scope.caller().has(Role.ADMIN)) {
      throw new BusinessException("year.access.adminOnly");
    }
    scope.year().requireOpen();
    return scope.year();
  }

  private <T> T audited(Caller caller, int yearNumber, AuditAction action, String attempt, Supplier<T> work) {
    return AuditTrail.refusalsAudited(audit, caller == null ? null : caller.username(), action, RECORD_TYPE,
        String.valueOf(yearNumber), yearNumber, attempt, work);
  }
}
