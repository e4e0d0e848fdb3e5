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
}
