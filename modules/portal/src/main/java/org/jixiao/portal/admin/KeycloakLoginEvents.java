package org.jixiao.portal.admin;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.audit.ExternalEvent;

/**
 * Brings Keycloak's failed logins (realm events of type LOGIN_ERROR) and users' own password changes
 * (UPDATE_PASSWORD, UPDATE_CREDENTIAL — e.g. the temporary password replaced at the first login) into the audit
 * trail: every two minutes,
 * and whenever someone opens the trail. Each event is stored once, by its Keycloak id, so polls may overlap; the
 * window is the realm's whole event history of the last days, bounded in count. Keycloak down → nothing is
 * stored this time and the next poll catches up.
 */
@Singleton
public class KeycloakLoginEvents {

  private static final Logger LOG = Logger.getLogger(KeycloakLoginEvents.class.getName());
  /** Keycloak keeps events for the realm's eventsExpiration (30 days in the demo realm); look back a week. */
  static final Duration LOOK_BACK = Duration.ofDays(7);
  static final int MAX_EVENTS = 500;

  @Inject private KeycloakAdmin keycloak;
  @Inject private AuditTrail audit;

  @Schedule(minute = "*/2", hour = "*", persistent = false)
  void poll() {
    try {
      importNew();
    } catch (BusinessException e) {
      LOG.log(Level.FINE, "Keycloak events not read this time: {0}", e.getMessage());
    }
  }

  /** Stores the failed logins the trail does not have yet; returns how many were new. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int importNew() {
    List<JsonObject> events = keycloak.events(List.of("LOGIN_ERROR", "UPDATE_PASSWORD", "UPDATE_CREDENTIAL"), Instant.now().minus(LOOK_BACK), MAX_EVENTS)
        .stream().map(JsonValue::asJsonObject).toList();
    if (events.isEmpty()) {
      return 0;
    }
    Map<String, String> divisionByUserId = new HashMap<>();
    Map<String, String> codeByGroup = new HashMap<>();
    keycloak.divisionGroups().forEach((code, group) -> codeByGroup.put(group.getString("id"), code));
    int stored = 0;
    for (JsonObject event : events) {
      JsonObject details = event.containsKey("details") ? event.getJsonObject("details") : JsonValue.EMPTY_JSON_OBJECT;
      String userId = event.getString("userId", null);
      String division = userId == null ? null
          : divisionByUserId.computeIfAbsent(userId, id -> divisionOf(id, codeByGroup));
      String id = event.getString("id", event.getJsonNumber("time").toString() + "-" + details.getString("username", ""));
      Instant at = Instant.ofEpochMilli(event.getJsonNumber("time").longValue());
      String username = details.getString("username", null);
      String divisionCode = division == null || division.isEmpty() ? null : division;
      ExternalEvent failed = "LOGIN_ERROR".equals(event.getString("type", ""))
          ? ExternalEvent.keycloakLoginFailed(id, at, username, divisionCode, event.getString("error", null),
              event.getString("ipAddress", null))
          : ExternalEvent.keycloakPasswordChanged(id, at, username, divisionCode, event.getString("ipAddress", null));
      if (audit.recordExternal(failed)) {
        stored++;
      }
    }
    return stored;
  }

  private String divisionOf(String userId, Map<String, String> codeByGroup) {
    try {
      return keycloak.groupsOf(userId).stream().map(JsonValue::asJsonObject)
          .map(g -> codeByGroup.get(g.getString("id"))).filter(java.util.Objects::nonNull).findFirst().orElse("");
    } catch (BusinessException unknownUser) {
      // a login with a username that does not exist, or a user deleted since
      return "";
    }
  }
}
