package org.jixiao.reporting.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditSnapshot;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.audit.ResultCache;
import org.jixiao.domain.organisation.Department;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.CallerCheck;
import org.jixiao.domain.security.Roles;
import org.jixiao.reporting.api.DepartmentProfile;
import org.jixiao.reporting.api.DepartmentProfiles;
import org.jixiao.reporting.api.DivisionSummary;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class DepartmentProfileService implements DepartmentProfiles {

  static final String DIVISION_RECORD = "Division";
  static final String DEPARTMENT_RECORD = "Department";

  /** Every table whose rows belong to a division; a division with a row in any of them is never deleted. */
  private static final List<String> DIVISION_RECORDS = List.of(
      "SELECT d.code, COUNT(b) FROM BudgetLine b JOIN b.division d WHERE d.department.id = :departmentId GROUP BY d.code",
      "SELECT d.code, COUNT(i) FROM Indicator i JOIN i.division d WHERE d.department.id = :departmentId GROUP BY d.code",
      "SELECT d.code, COUNT(p) FROM ProcurementProject p JOIN p.division d WHERE d.department.id = :departmentId"
          + " GROUP BY d.code",
      "SELECT d.code, COUNT(f) FROM SpecialFund f JOIN f.responsibleDivisions d WHERE d.department.id = :departmentId"
          + " GROUP BY d.code");

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Inject private AuditTrail audit;
  @Resource private SessionContext context;

  @Override
  public Optional<DivisionSummary> divisionByCode(String divisionCode) {
    if (divisionCode == null || divisionCode.isBlank()) {
      return Optional.empty();
    }
    return division(divisionCode.strip()).map(DepartmentProfileService::summaryOf);
  }

  @Override
  public Optional<DepartmentProfile> profileOf(long departmentId) {
    // every page's header and home show it: kept until the data change
    return ResultCache.get(em, ResultCache.key("department profile", departmentId), () -> {
      Department department = em.find(Department.class, departmentId);
      if (department == null) {
        return Optional.<DepartmentProfile>empty();
      }
      List<DivisionSummary> divisions =
          em.createNamedQuery(Division.OF_DEPARTMENT, Division.class)
              .setParameter("departmentId", departmentId)
              .getResultStream()
              .map(DepartmentProfileService::summaryOf)
              .toList();
      return Optional.of(
          new DepartmentProfile(
              department.id(),
              department.code(),
              department.name(),
              department.functionsText(),
              divisions));
    });
  }

  @Override
  public Map<String, Long> recordCounts(long departmentId) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String query : DIVISION_RECORDS) {
      em.createQuery(query, Object[].class).setParameter("departmentId", departmentId).getResultList()
          .forEach(row -> counts.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum));
    }
    return counts;
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public DivisionSummary createDivision(Caller caller, long departmentId, String code, String name) {
    CallerCheck.verified(caller, context);
    return audited(caller, AuditAction.CREATE, DIVISION_RECORD, code, "新建处室", () -> {
      Division.checkNew(code, name);
      Department department = Optional.ofNullable(em.find(Department.class, departmentId))
          .orElseThrow(() -> new BusinessException("department.notFound"));
      if (division(code.strip()).isPresent()) {
        throw new BusinessException("division.code.taken", code.strip());
      }
      requireUniqueName(departmentId, name.strip(), null);
      int last = em.createNamedQuery(Division.OF_DEPARTMENT, Division.class)
          .setParameter("departmentId", departmentId).getResultStream()
          .mapToInt(Division::sortOrder).max().orElse(0);
      Division division = new Division(department, code.strip(), name.strip(), last + 10);
      em.persist(division);
      // constraint problems now, before the caller makes the Keycloak group
      em.flush();
      audit.done(caller.username(), AuditAction.CREATE, DIVISION_RECORD, division.code(), null,
          "新建处室 " + division.name() + "（" + division.code() + "）", AuditSnapshot.NONE, snapshotOf(division));
      return summaryOf(division);
    });
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public DivisionSummary renameDivision(Caller caller, String code, String name) {
    CallerCheck.verified(caller, context);
    return audited(caller, AuditAction.UPDATE, DIVISION_RECORD, code, "处室更名", () -> {
      Division division = existing(code);
      String before = division.name();
      AuditSnapshot old = snapshotOf(division);
      division.rename(name);
      requireUniqueName(division.department().id(), division.name(), division.code());
      audit.done(caller.username(), AuditAction.UPDATE, DIVISION_RECORD, division.code(), null,
          "处室更名 " + before + " → " + division.name(), old, snapshotOf(division));
      return summaryOf(division);
    });
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public DivisionSummary setDivisionActive(Caller caller, String code, boolean active) {
    CallerCheck.verified(caller, context);
    return audited(caller, AuditAction.UPDATE, DIVISION_RECORD, code, active ? "启用处室" : "停用处室", () -> {
      Division division = existing(code);
      boolean before = division.isActive();
      AuditSnapshot old = snapshotOf(division);
      if (active) {
        division.activate();
      } else {
        division.deactivate();
      }
      audit.done(caller.username(), AuditAction.UPDATE, DIVISION_RECORD, division.code(), null,
          (active ? "启用处室 " : "停用处室 ") + division.name() + "（启用: " + before + " → " + active + "）", old,
          snapshotOf(division));
      return summaryOf(division);
    });
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public void deleteDivision(Caller caller, String code) {
    CallerCheck.verified(caller, context);
    audited(caller, AuditAction.DELETE, DIVISION_RECORD, code, "删除处室", () -> {
      Division division = existing(code);
      long records = recordCounts(division.department().id()).getOrDefault(division.code(), 0L);
      if (records > 0) {
        throw new BusinessException("division.hasRecords", division.name(), records);
      }
      AuditSnapshot old = snapshotOf(division);
      em.remove(division);
      em.flush();
      audit.done(caller.username(), AuditAction.DELETE, DIVISION_RECORD, division.code(), null,
          "删除处室 " + division.name() + "（" + division.code() + "，无业务记录）", old, AuditSnapshot.NONE);
      return null;
    });
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public DepartmentProfile updateDepartment(Caller caller, long departmentId, String name, String functionsText) {
    CallerCheck.verified(caller, context);
    audited(caller, AuditAction.UPDATE, DEPARTMENT_RECORD, String.valueOf(departmentId), "修改部门信息", () -> {
      Department department = Optional.ofNullable(em.find(Department.class, departmentId))
          .orElseThrow(() -> new BusinessException("department.notFound"));
      String beforeName = department.name();
      int beforeLength = department.functionsText() == null ? 0 : department.functionsText().length();
      department.updateProfile(name, functionsText);
      audit.done(caller.username(), AuditAction.UPDATE, DEPARTMENT_RECORD, department.code(), null,
          "修改部门信息: 名称 " + beforeName + " → " + department.name() + "；部门职能 " + beforeLength + " → "
              + (department.functionsText() == null ? 0 : department.functionsText().length()) + " 字");
      return null;
    });
    return profileOf(departmentId).orElseThrow();
  }

  private static AuditSnapshot snapshotOf(Division division) {
    return AuditSnapshot.of(division.code(), "名称=" + division.name() + "; 代码=" + division.code() + "; 启用="
        + division.isActive());
  }

  private void requireUniqueName(long departmentId, String name, String exceptCode) {
    boolean taken = em.createNamedQuery(Division.OF_DEPARTMENT, Division.class)
        .setParameter("departmentId", departmentId).getResultStream()
        .anyMatch(d -> d.name().equals(name) && !d.code().equals(exceptCode));
    if (taken) {
      throw new BusinessException("division.name.taken", name);
    }
  }

  private Optional<Division> division(String code) {
    return em.createNamedQuery(Division.BY_CODE, Division.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  private Division existing(String code) {
    return (code == null ? Optional.<Division>empty() : division(code.strip()))
        .orElseThrow(() -> new BusinessException("division.notFound", code));
  }

  private <T> T audited(Caller caller, AuditAction action, String type, String key, String attempt,
      java.util.function.Supplier<T> work) {
    return AuditTrail.refusalsAudited(audit, caller.username(), action, type, key, null, attempt + " " + key, work);
  }

  private static DivisionSummary summaryOf(Division d) {
    return new DivisionSummary(
        d.id(), d.code(), d.name(), d.isActive(), d.department().id(), d.department().name());
  }
}
