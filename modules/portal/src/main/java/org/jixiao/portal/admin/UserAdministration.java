package org.jixiao.portal.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditSnapshot;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.audit.HistoryEntry;
import org.jixiao.domain.people.Account;
import org.jixiao.domain.people.AccountDetails;
import org.jixiao.domain.people.AccountDraft;
import org.jixiao.domain.people.AccountPage;
import org.jixiao.domain.people.PasswordRule;
import org.jixiao.domain.people.UserSession;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.CallerCheck;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.security.Roles;
import org.jixiao.reporting.api.DepartmentProfiles;
import org.jixiao.reporting.api.DivisionSummary;

/**
 * The portal's users, kept in Keycloak through its Admin REST API: search, create, edit, move, roles, enable,
 * passwords, sessions. Admins only; every change and every refused attempt is in the audit trail. A user is
 * created whole or not at all: when a later step fails (roles, the password e-mail) the account is removed again.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserAdministration {

  static final String RECORD_TYPE = org.jixiao.domain.audit.ExternalEvent.USER;
  static final int MAX_PAGE = 100;
  private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());

  @Inject private KeycloakAdmin keycloak;
  @Inject private AuditTrail audit;
  @EJB private KeycloakLoginEvents loginEvents;
  @EJB private DepartmentProfiles departments;
  @Resource private SessionContext context;

  /** A page of users matching the text (username, name, e-mail), optionally in one division. */
  public AccountPage search(Caller caller, String text, String divisionCode, int first, int max) {
    CallerCheck.verified(caller, context);
    int size = Math.max(1, Math.min(MAX_PAGE, max));
    int from = Math.max(0, first);
    Map<String, String> codeByGroup = codeByGroupId();
    if (divisionCode == null || divisionCode.isBlank()) {
      List<Account> page =
          keycloak.users(text, from, size).stream().map(u -> accountOf(u.asJsonObject(), codeByGroup)).toList();
      return new AccountPage(page, keycloak.countUsers(text));
    }
    String groupId = groupIdOf(divisionCode.strip());
    // a division has tens of members, not thousands: filter the members by the text here
    List<Account> members =
        keycloak.membersOf(groupId, 0, 1000).stream()
            .map(JsonValue::asJsonObject)
            .filter(u -> matches(u, text))
            .map(u -> accountOf(u, codeByGroup))
            .toList();
    return new AccountPage(members.subList(Math.min(from, members.size()), Math.min(from + size, members.size())),
        members.size());
  }

  public Account account(Caller caller, String username) {
    CallerCheck.verified(caller, context);
    return accountOf(existing(username), codeByGroupId());
  }

  public Account create(Caller caller, AccountDraft draft) {
    CallerCheck.verified(caller, context);
    String username = draft.username() == null ? "?" : draft.username();
    return audited(caller, AuditAction.CREATE, username, "新建用户", () -> {
      draft.validated();
      Map<String, JsonObject> groups = keycloak.divisionGroups();
      JsonObject group = activeDivisionGroup(draft.divisionCode(), groups);
      JsonArray roles = rolesOf(draft.roles());
      if (keycloak.userByUsername(draft.username()).isPresent()) {
        throw new BusinessException("user.exists");
      }
      JsonObjectBuilder user = Json.createObjectBuilder()
          .add("username", draft.username())
          .add("enabled", true)
          .add("groups", Json.createArrayBuilder().add(group.getString("path")));
      addNames(user, draft.details());
      if (!draft.sendPasswordEmail()) {
        user.add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("type", "password").add("value", draft.temporaryPassword()).add("temporary", true)));
      }
      String id = keycloak.createUser(user.build());
      try {
        keycloak.addRealmRoles(id, roles);
        if (draft.sendPasswordEmail()) {
          keycloak.sendPasswordEmail(id);
        }
      } catch (RuntimeException e) {
        undoCreation(id, draft.username());
        throw e;
      }
      Account created = accountOf(keycloak.user(id), codeByGroupId());
      audit.done(caller.username(), AuditAction.CREATE, RECORD_TYPE, created.username(), null,
          "新建用户 " + created.username() + "（" + created.displayName() + "），处室 " + group.getString("name") + "，角色 "
              + roleNames(created.roles()) + (draft.sendPasswordEmail() ? "，已发送设置密码邮件" : "，临时密码（首次登录须修改）"),
          AuditSnapshot.NONE, snapshotOf(created));
      return created;
    });
  }

  /** Names, e-mail, division (moves the user between division groups) and roles, in one go. */
  public Account update(Caller caller, String username, AccountDetails details) {
    CallerCheck.verified(caller, context);
    return audited(caller, AuditAction.UPDATE, username, "修改用户", () -> {
      details.validated();
      JsonObject user = existing(username);
      String id = user.getString("id");
      Map<String, JsonObject> groups = keycloak.divisionGroups();
      Account before = accountOf(user, codeByGroupId(groups));
      if (isSelf(caller, before) && !details.roles().contains(Role.ADMIN)) {
        throw new BusinessException("user.self.adminRole");
      }
      JsonObject target = before.divisionCode() != null && before.divisionCode().equals(details.divisionCode())
          ? groups.get(details.divisionCode())
          : activeDivisionGroup(details.divisionCode(), groups);
      JsonArray wantedRoles = rolesOf(details.roles());

      JsonObjectBuilder changed = coreOf(user);
      changed.remove("firstName").remove("lastName").remove("email");
      addNames(changed, details);
      if (details.email() == null) {
        changed.add("email", "");
      }
      keycloak.updateUser(id, changed.build());
      if (!details.divisionCode().equals(before.divisionCode())) {
        keycloak.joinGroup(id, target.getString("id"));
        Set<String> divisionGroupIds = groups.values().stream().map(g -> g.getString("id")).collect(Collectors.toSet());
        // a user belongs to one division: leave every other division group (other groups stay)
        keycloak.groupsOf(id).stream().map(JsonValue::asJsonObject)
            .map(g -> g.getString("id"))
            .filter(g -> divisionGroupIds.contains(g) && !g.equals(target.getString("id")))
            .forEach(g -> keycloak.leaveGroup(id, g));
      }
      changeRoles(id, before.roles(), details.roles(), wantedRoles);
      Account after = accountOf(keycloak.user(id), codeByGroupId());
      audit.done(caller.username(), AuditAction.UPDATE, RECORD_TYPE, username, null,
          "修改用户 " + username + describeChange(before, after), snapshotOf(before), snapshotOf(after));
      return after;
    });
  }

  public Account setEnabled(Caller caller, String username, boolean enabled) {
    CallerCheck.verified(caller, context);
    return audited(caller, AuditAction.UPDATE, username, enabled ? "启用用户" : "停用用户", () -> {
      JsonObject user = existing(username);
      Account before = accountOf(user, codeByGroupId());
      if (!enabled && isSelf(caller, before)) {
        throw new BusinessException("user.self.disable");
      }
      keycloak.updateUser(user.getString("id"), coreOf(user).add("enabled", enabled).build());
      if (!enabled) {
        // a disabled user must not keep working in a session opened before
        keycloak.logout(user.getString("id"));
      }
      Account after = accountOf(keycloak.user(user.getString("id")), codeByGroupId());
      audit.done(caller.username(), AuditAction.UPDATE, RECORD_TYPE, username, null,
          (enabled ? "启用用户 " : "停用用户（并结束其会话） ") + username, snapshotOf(before), snapshotOf(after));
      return after;
    });
  }

  /** A new temporary password, to be changed at the next login. */
  public void resetPassword(Caller caller, String username, String temporaryPassword) {
    CallerCheck.verified(caller, context);
    audited(caller, AuditAction.UPDATE, username, "重置密码", () -> {
      PasswordRule.check(temporaryPassword);
      JsonObject user = existing(username);
      keycloak.resetPassword(user.getString("id"), temporaryPassword, true);
      audit.done(caller.username(), AuditAction.UPDATE, RECORD_TYPE, username, null,
          "重置密码 " + username + "（临时密码，下次登录须修改）");
      return null;
    });
  }

  /** Keycloak's "set your password" e-mail (needs the realm's SMTP settings). */
  public void sendPasswordEmail(Caller caller, String username) {
    CallerCheck.verified(caller, context);
    audited(caller, AuditAction.UPDATE, username, "发送设置密码邮件", () -> {
      JsonObject user = existing(username);
      if (!user.containsKey("email") || user.getString("email", "").isBlank()) {
        throw new BusinessException("user.email.requiredForMail");
      }
      keycloak.sendPasswordEmail(user.getString("id"));
      audit.done(caller.username(), AuditAction.UPDATE, RECORD_TYPE, username, null, "发送设置密码邮件给 " + username);
      return null;
    });
  }

  public List<UserSession> sessions(Caller caller, String username) {
    CallerCheck.verified(caller, context);
    return keycloak.sessionsOf(existing(username).getString("id")).stream()
        .map(JsonValue::asJsonObject)
        .map(s -> new UserSession(s.getString("id"), s.getString("ipAddress", ""), time(s, "start"),
            time(s, "lastAccess"),
            s.containsKey("clients") ? s.getJsonObject("clients").values().stream()
                .map(v -> ((JsonString) v).getString()).sorted().toList() : List.of()))
        .toList();
  }

  /** Ends all the user's sessions: they must log in again. */
  public void logout(Caller caller, String username) {
    CallerCheck.verified(caller, context);
    audited(caller, AuditAction.UPDATE, username, "强制退出", () -> {
      keycloak.logout(existing(username).getString("id"));
      audit.done(caller.username(), AuditAction.UPDATE, RECORD_TYPE, username, null, "结束 " + username + " 的全部会话");
      return null;
    });
  }

  /** The user's trail: the administrators' changes, the user's own password changes and failed logins. */
  public List<HistoryEntry> history(Caller caller, String username) {
    CallerCheck.verified(caller, context);
    try {
      loginEvents.importNew();
    } catch (BusinessException keycloakDown) {
      // the trail as recorded; the poller catches up
    }
    return java.util.stream.Stream.concat(audit.historyOf(RECORD_TYPE, username, 200).stream(),
            audit.historyOf(org.jixiao.domain.audit.ExternalEvent.LOGIN, username, 200).stream())
        .sorted(java.util.Comparator.comparing(HistoryEntry::at).reversed())
        .toList();
  }

  // ---- rules ----

  private JsonObject activeDivisionGroup(String code, Map<String, JsonObject> groups) {
    DivisionSummary division =
        departments.divisionByCode(code).orElseThrow(() -> new BusinessException("user.division.invalid", code));
    if (!division.active()) {
      throw new BusinessException("user.division.inactive", division.name());
    }
    JsonObject group = groups.get(code);
    if (group == null) {
      throw new BusinessException("user.division.noGroup", division.name());
    }
    return group;
  }

  private JsonArray rolesOf(Set<Role> roles) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    roles.forEach(r -> list.add(keycloak.realmRole(r.roleName())));
    return list.build();
  }

  private void changeRoles(String id, Set<Role> had, Set<Role> wanted, JsonArray wantedRoles) {
    JsonArrayBuilder added = Json.createArrayBuilder();
    wantedRoles.stream().map(JsonValue::asJsonObject)
        .filter(r -> Role.byName(r.getString("name")).map(role -> !had.contains(role)).orElse(false))
        .forEach(added::add);
    JsonArray toAdd = added.build();
    if (!toAdd.isEmpty()) {
      keycloak.addRealmRoles(id, toAdd);
    }
    JsonArrayBuilder removed = Json.createArrayBuilder();
    keycloak.realmRolesOf(id).stream().map(JsonValue::asJsonObject)
        .filter(r -> Role.byName(r.getString("name")).map(role -> !wanted.contains(role)).orElse(false))
        .forEach(removed::add);
    JsonArray toRemove = removed.build();
    if (!toRemove.isEmpty()) {
      keycloak.removeRealmRoles(id, toRemove);
    }
  }

  private void undoCreation(String id, String username) {
    try {
      keycloak.deleteUser(id);
    } catch (RuntimeException e) {
      // Keycloak went away between the steps: say so loudly, the admin must remove the account by hand
      LOG.severe(() -> "User " + username + " was created in Keycloak but could not be removed after a failed step: "
          + e.getMessage());
    }
  }

  private static AuditSnapshot snapshotOf(Account account) {
    return AuditSnapshot.of(account.divisionCode(), account.auditState());
  }

  private static boolean isSelf(Caller caller, Account account) {
    return caller.username().equalsIgnoreCase(account.username());
  }

  // ---- reading Keycloak's representations ----

  private JsonObject existing(String username) {
    if (username == null || username.isBlank()) {
      throw new BusinessException("user.notFound", "");
    }
    return keycloak.userByUsername(username.strip())
        .orElseThrow(() -> new BusinessException("user.notFound", username.strip()));
  }

  private String groupIdOf(String divisionCode) {
    JsonObject group = keycloak.divisionGroups().get(divisionCode);
    if (group == null) {
      throw new BusinessException("user.division.unknown", divisionCode);
    }
    return group.getString("id");
  }

  private Map<String, String> codeByGroupId() {
    return codeByGroupId(keycloak.divisionGroups());
  }

  private static Map<String, String> codeByGroupId(Map<String, JsonObject> groups) {
    return groups.entrySet().stream().collect(Collectors.toMap(e -> e.getValue().getString("id"), Map.Entry::getKey));
  }

  /**
   * The user's own fields as a whole representation: Keycloak's user profile treats a field left out of a PUT as
   * removed, so every update sends them all.
   */
  private static JsonObjectBuilder coreOf(JsonObject user) {
    JsonObjectBuilder core = Json.createObjectBuilder()
        .add("username", user.getString("username"))
        .add("enabled", user.getBoolean("enabled", false))
        .add("emailVerified", user.getBoolean("emailVerified", false));
    for (String field : List.of("firstName", "lastName", "email")) {
      String value = text(user, field);
      if (value != null) {
        core.add(field, value);
      }
    }
    return core;
  }

  private Account accountOf(JsonObject user, Map<String, String> codeByGroup) {
    String id = user.getString("id");
    String division = keycloak.groupsOf(id).stream().map(JsonValue::asJsonObject)
        .map(g -> codeByGroup.get(g.getString("id")))
        .filter(java.util.Objects::nonNull)
        .findFirst().orElse(null);
    Set<Role> roles = keycloak.realmRolesOf(id).stream().map(JsonValue::asJsonObject)
        .flatMap(r -> Role.byName(r.getString("name")).stream())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    List<String> actions = user.containsKey("requiredActions")
        ? user.getJsonArray("requiredActions").getValuesAs(JsonString::getString) : List.of();
    return new Account(id, user.getString("username"), text(user, "firstName"), text(user, "lastName"),
        text(user, "email"), user.getBoolean("enabled", false), division, roles, time(user, "createdTimestamp"),
        actions);
  }

  private static boolean matches(JsonObject user, String text) {
    if (text == null || text.isBlank()) {
      return true;
    }
    String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
    return java.util.stream.Stream.of("username", "firstName", "lastName", "email")
        .map(f -> text(user, f))
        .anyMatch(v -> v != null && v.toLowerCase(java.util.Locale.ROOT).contains(needle));
  }

  private static void addNames(JsonObjectBuilder user, AccountDetails details) {
    if (details.firstName() != null) {
      user.add("firstName", details.firstName());
    }
    if (details.lastName() != null) {
      user.add("lastName", details.lastName());
    }
    if (details.email() != null) {
      user.add("email", details.email());
    }
  }

  private static String text(JsonObject object, String field) {
    return object.containsKey(field) && !object.isNull(field) ? object.getString(field) : null;
  }

  private static LocalDateTime time(JsonObject object, String field) {
    return object.containsKey(field) && !object.isNull(field)
        ? LocalDateTime.ofInstant(Instant.ofEpochMilli(object.getJsonNumber(field).longValue()), AuditTrail.BUREAU_ZONE)
        : null;
  }

  private static String roleNames(Set<Role> roles) {
    return roles.stream().map(Role::roleName).sorted().collect(Collectors.joining(", "));
  }

  private static String describeChange(Account before, Account after) {
    StringBuilder change = new StringBuilder();
    if (!java.util.Objects.equals(before.divisionCode(), after.divisionCode())) {
      change.append("，处室 ").append(before.divisionCode()).append(" → ").append(after.divisionCode());
    }
    if (!before.roles().equals(after.roles())) {
      change.append("，角色 ").append(roleNames(before.roles())).append(" → ").append(roleNames(after.roles()));
    }
    if (!before.displayName().equals(after.displayName()) || !java.util.Objects.equals(before.email(), after.email())) {
      change.append("，姓名/邮箱已改");
    }
    return change.toString();
  }

  private <T> T audited(Caller caller, AuditAction action, String username, String attempt, Supplier<T> work) {
    return AuditTrail.refusalsAudited(audit, caller.username(), action, RECORD_TYPE, username, null,
        attempt + " " + username, work);
  }
}
