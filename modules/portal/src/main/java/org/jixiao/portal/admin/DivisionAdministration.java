package org.jixiao.portal.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.function.Supplier;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.CallerCheck;
import org.jixiao.domain.security.Roles;
import org.jixiao.reporting.api.DepartmentProfiles;
import org.jixiao.reporting.api.DivisionSummary;

/**
 * Divisions kept in step with their Keycloak groups: the database change and the group change happen in one
 * transaction — the group last, so Keycloak refusing or being down rolls the division back and nothing is
 * half-made. Admins only.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DivisionAdministration {

  @EJB private DepartmentProfiles departments;
  @Inject private KeycloakAdmin keycloak;
  @Inject private AuditTrail audit;
  @Resource private SessionContext context;

  public DivisionSummary create(Caller caller, long departmentId, String code, String name) {
    CallerCheck.verified(caller, context);
    DivisionSummary division = departments.createDivision(caller, departmentId, code, name);
    return audited(caller, AuditAction.CREATE, division.code(), "新建处室的 Keycloak 用户组", () -> {
      if (keycloak.divisionGroups().containsKey(division.code())) {
        throw new BusinessException("division.groupExists", division.name());
      }
      keycloak.createDivisionGroup(division.name(), division.code());
      return division;
    });
  }

  public DivisionSummary rename(Caller caller, String code, String name) {
    CallerCheck.verified(caller, context);
    DivisionSummary division = departments.renameDivision(caller, code, name);
    return audited(caller, AuditAction.UPDATE, division.code(), "处室用户组更名", () -> {
      JsonObject group = keycloak.divisionGroups().get(division.code());
      if (group == null) {
        keycloak.createDivisionGroup(division.name(), division.code());
      } else {
        keycloak.renameDivisionGroup(group.getString("id"), division.name(), division.code());
      }
      return division;
    });
  }

  /** Deactivating keeps the group, so its members still log in and see their past records. */
  public DivisionSummary setActive(Caller caller, String code, boolean active) {
    CallerCheck.verified(caller, context);
    return departments.setDivisionActive(caller, code, active);
  }

  public void delete(Caller caller, String code) {
    CallerCheck.verified(caller, context);
    audited(caller, AuditAction.DELETE, code, "删除处室", () -> {
      Map<String, JsonObject> groups = keycloak.divisionGroups();
      JsonObject group = groups.get(code);
      if (group != null && !keycloak.membersOf(group.getString("id"), 0, 1).isEmpty()) {
        throw new BusinessException("division.hasMembers");
      }
      departments.deleteDivision(caller, code);
      if (group != null) {
        keycloak.deleteGroup(group.getString("id"));
      }
      return null;
    });
  }

  /** Member counts per division code, for the page: who would be affected by a change. */
  public Map<String, Integer> memberCounts(Caller caller) {
    CallerCheck.verified(caller, context);
    Map<String, Integer> counts = new java.util.HashMap<>();
    keycloak.divisionGroups().forEach((code, group) ->
        counts.put(code, keycloak.membersOf(group.getString("id"), 0, 1000).size()));
    return counts;
  }

  private <T> T audited(Caller caller, AuditAction action, String code, String attempt, Supplier<T> work) {
    return AuditTrail.refusalsAudited(audit, caller.username(), action, "Division", code, null,
        attempt + " " + code, work);
  }
}
