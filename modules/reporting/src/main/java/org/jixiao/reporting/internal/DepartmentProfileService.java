package org.jixiao.reporting.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.jixiao.domain.organisation.Department;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.security.Roles;
import org.jixiao.reporting.api.DepartmentProfile;
import org.jixiao.reporting.api.DepartmentProfiles;
import org.jixiao.reporting.api.DivisionSummary;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class DepartmentProfileService implements DepartmentProfiles {

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Override
  public Optional<DivisionSummary> divisionByCode(String divisionCode) {
    if (divisionCode == null || divisionCode.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(Division.BY_CODE, Division.class)
        .setParameter("code", divisionCode.strip())
        .getResultStream()
        .findFirst()
        .map(DepartmentProfileService::summaryOf);
  }

  @Override
  public Optional<DepartmentProfile> profileOf(long departmentId) {
    Department department = em.find(Department.class, departmentId);
    if (department == null) {
      return Optional.empty();
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
  }

  private static DivisionSummary summaryOf(Division d) {
    return new DivisionSummary(
        d.id(), d.code(), d.name(), d.isActive(), d.department().id(), d.department().name());
  }
}
