package org.jixiao.domain.people;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jixiao.domain.security.Role;

/**
 * A user as Keycloak holds them, with what the portal derives: the division (from the group, by its code) and
 * the portal roles (realm roles). {@code id} is Keycloak's.
 */
public record Account(
    String id,
    String username,
    String firstName,
    String lastName,
    String email,
    boolean enabled,
    String divisionCode,
    Set<Role> roles,
    LocalDateTime createdAt,
    List<String> requiredActions) implements Serializable {

  public String displayName() {
    return new AccountDetails(firstName, lastName, email, divisionCode, roles).displayName();
  }

  /** One line for the audit trail's old/new values. */
  public String auditState() {
    return "username=" + username + "; 姓名=" + displayName() + "; email=" + (email == null ? "" : email)
        + "; 处室=" + (divisionCode == null ? "" : divisionCode) + "; 角色=" + roles.stream().map(Role::roleName).sorted().toList()
        + "; 启用=" + enabled;
  }
}
