package org.jixiao.domain.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who calls a service, as the login established it: username, roles, and the division code from Keycloak's
 * {@code division} claim. Services scope what they return and allow by it; they check username and roles
 * against the container's own caller, so a caller cannot claim more than the login gave.
 */
public record Caller(String username, Set<Role> roles, String divisionCode) implements Serializable {

  public Caller {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Leadership, finance and admins see every division's records; a division head only their own. */
  public boolean seesAllDivisions() {
    return has(Role.LEADERSHIP) || has(Role.FINANCE) || has(Role.ADMIN);
  }

  public boolean mayRead(String recordDivisionCode) {
    return seesAllDivisions() || (divisionCode != null && divisionCode.equals(recordDivisionCode));
  }
}
