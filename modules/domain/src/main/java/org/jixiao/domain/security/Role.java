package org.jixiao.domain.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The portal's roles, as realm roles in Keycloak and as Jakarta security roles. The names are fixed by the
 * realm; {@link Roles} holds the same names as constants for annotations.
 */
public enum Role {
  /** 处室负责人: enters targets, actuals and reasons for their own division. */
  DIVISION_HEAD(Roles.DIVISION_HEAD),
  /** 预算绩效管理领导小组: reviews, scores and approves. */
  LEADERSHIP(Roles.LEADERSHIP),
  /** 规划财务处: keeps the budget figures. */
  FINANCE(Roles.FINANCE),
  /** 系统管理员: users, divisions, calendars, rules. */
  ADMIN(Roles.ADMIN);

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  public static Optional<Role> byName(String roleName) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
  }
}
