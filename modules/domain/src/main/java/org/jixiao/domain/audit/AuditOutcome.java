package org.jixiao.domain.audit;

/** Whether the audited action happened or was refused (and changed nothing). */
public enum AuditOutcome {
  DONE,
  REFUSED
}
