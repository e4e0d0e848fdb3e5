package org.jixiao.portal.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.reporting.api.DepartmentProfiles;
import org.jixiao.reporting.api.DivisionSummary;

/**
 * Who is logged in to the portal: name, roles and division, read once per session from the login (roles from
 * the container, name and division from the ID token's claims, the division resolved in the database).
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private HttpServletRequest request;
  @Inject private DepartmentProfiles departmentProfiles;

  private String username;
  private String displayName;
  private Set<Role> roles;
  private String divisionCode;
  private DivisionSummary division;
  private boolean resolved;

  private void resolve() {
    if (resolved) {
      return;
    }
    username = request.getRemoteUser();
    roles =
        Arrays.stream(Role.values())
            .filter(r -> request.isUserInRole(r.roleName()))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    Map<String, Object> claims = LoginClaims.ofCurrentLogin();
    displayName = claims.getOrDefault("name", username == null ? "" : username).toString();
    divisionCode = claims.containsKey("division") ? String.valueOf(claims.get("division")) : null;
    // a user without a portal role may not call the services; they only ever see the 403 page
    division =
        roles.isEmpty() ? null : departmentProfiles.divisionByCode(divisionCode).orElse(null);
    resolved = username != null;
  }

  /** False on the public pages (signed out, login unavailable) and for anonymous error pages. */
  public boolean isSignedIn() {
    return getUsername() != null;
  }

  public String getUsername() {
    resolve();
    return username;
  }

  public String getDisplayName() {
    resolve();
    return displayName;
  }

  public Set<Role> getRoles() {
    resolve();
    return roles;
  }

  /** The user's roles by name in the given language, as the header shows them ("处室负责人、预算绩效管理领导小组"). */
  public String roleNames(Locale locale) {
    return getRoles().stream().map(role -> MessageTexts.format(locale, "Role." + role.name()))
        .collect(Collectors.joining("、"));
  }

  public boolean has(Role role) {
    return getRoles().contains(role);
  }

  public boolean isDivisionHead() {
    return has(Role.DIVISION_HEAD);
  }

  public boolean isLeadership() {
    return has(Role.LEADERSHIP);
  }

  public boolean isFinance() {
    return has(Role.FINANCE);
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  /** The user's division, or empty when Keycloak gives none or it is unknown to the database. */
  public Optional<DivisionSummary> division() {
    resolve();
    return Optional.ofNullable(division);
  }

  public DivisionSummary getDivision() {
    return division().orElse(null);
  }

  /** The claim as Keycloak sent it, shown when it matches no division so admins can fix the group. */
  public String getDivisionCode() {
    resolve();
    return divisionCode;
  }

  /** The user as the services see them: username, roles, division claim. */
  public Caller caller() {
    resolve();
    return new Caller(username, roles, divisionCode);
  }

  /** The role whose home page the user lands on; leadership first, as it sees the most. */
  public Optional<Role> primaryRole() {
    return java.util.stream.Stream.of(Role.LEADERSHIP, Role.FINANCE, Role.DIVISION_HEAD, Role.ADMIN)
        .filter(this::has)
        .findFirst();
  }
}
