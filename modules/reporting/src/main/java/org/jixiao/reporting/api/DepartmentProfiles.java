package org.jixiao.reporting.api;

import jakarta.ejb.Local;
import java.util.Optional;

/** Departments and their divisions, looked up by the division code that Keycloak's token carries. */
@Local
public interface DepartmentProfiles {

  /** The division with this code (the {@code division} claim), if one exists. */
  Optional<DivisionSummary> divisionByCode(String divisionCode);

  /** The department's profile with all its divisions in their order. */
  Optional<DepartmentProfile> profileOf(long departmentId);

  /** How many business records (budget lines, indicators, procurement records, special funds) each division has. */
  java.util.Map<String, Long> recordCounts(long departmentId);

  /** Admin: a new division of the department (its Keycloak group is the portal's to make). */
  DivisionSummary createDivision(org.jixiao.domain.security.Caller caller, long departmentId, String code,
      String name);

  DivisionSummary renameDivision(org.jixiao.domain.security.Caller caller, String code, String name);

  DivisionSummary setDivisionActive(org.jixiao.domain.security.Caller caller, String code, boolean active);

  /** Only a division without records; one with records can only be deactivated. */
  void deleteDivision(org.jixiao.domain.security.Caller caller, String code);

  /** Admin: the department's name and functions text. */
  DepartmentProfile updateDepartment(org.jixiao.domain.security.Caller caller, long departmentId, String name,
      String functionsText);
}
