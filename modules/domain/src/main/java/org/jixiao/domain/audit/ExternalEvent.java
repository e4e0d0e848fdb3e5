package org.jixiao.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * An event another system reports for the audit trail, e.g. a failed login in Keycloak's event log. Its
 * {@code source} and {@code eventId} identify it, so reporting it again (a poll that overlaps the last one)
 * stores nothing: {@link AuditTrail#recordExternal(ExternalEvent)}.
 */
public record ExternalEvent(
    String source,
    String eventId,
    Instant at,
    String actor,
    AuditAction action,
    AuditOutcome outcome,
    String recordType,
    String recordKey,
    String divisionCode,
    String detail) {

  /** Keycloak's record type in the trail. */
  public static final String LOGIN = "Login";

  /** The record type of a portal user in the trail (the user administration writes it too). */
  public static final String USER = "User";

  public ExternalEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(recordType, "recordType");
    if (source.isBlank() || eventId.isBlank()) {
      throw new IllegalArgumentException("An external event needs its source and id");
    }
  }

  /**
   * A failed login as Keycloak's admin events API reports it (type {@code LOGIN_ERROR}): its id, time, the
   * username tried (may be unknown), the user's division if known, and Keycloak's error (e.g. invalid_user_credentials).
   */
  public static ExternalEvent keycloakLoginFailed(
      String eventId, Instant at, String username, String divisionCode, String error, String ipAddress) {
    String detail = "Keycloak 登录失败" + (error == null ? "" : ": " + error)
        + (ipAddress == null ? "" : "（IP " + ipAddress + "）");
    return new ExternalEvent("keycloak", eventId, at, username == null || username.isBlank() ? "unknown" : username,
        AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED, LOGIN, username, divisionCode, detail);
  }

  /**
   * A user changing their own password in Keycloak (type {@code UPDATE_PASSWORD} or {@code UPDATE_CREDENTIAL}),
   * e.g. the temporary one at the first login: a change of the user's record, done by the user.
   */
  public static ExternalEvent keycloakPasswordChanged(
      String eventId, Instant at, String username, String divisionCode, String ipAddress) {
    String detail = "在 Keycloak 中修改了自己的密码" + (ipAddress == null ? "" : "（IP " + ipAddress + "）");
    return new ExternalEvent("keycloak", eventId, at, username == null || username.isBlank() ? "unknown" : username,
        AuditAction.UPDATE, AuditOutcome.DONE, USER, username, divisionCode, detail);
  }

  /** The id the trail keeps it under: {@code source:eventId}. */
  public String externalId() {
    return source + ":" + eventId;
  }
}
