package org.jixiao.domain.audit;

/** What was done to a record, or tried. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  IMPORT,
  SUBMIT,
  APPROVE,
  RETURN,
  SEAL,
  UNSEAL,
  READ,
  /** A failed login, reported by Keycloak ({@link AuditTrail#recordExternal}). */
  LOGIN_FAILED
}
