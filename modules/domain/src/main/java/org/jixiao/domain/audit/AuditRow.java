package org.jixiao.domain.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One entry of the audit trail as the viewer, the API and the export show it. */
public record AuditRow(
    long id,
    LocalDateTime at,
    String actor,
    String division,
    AuditAction action,
    AuditOutcome outcome,
    String recordType,
    String recordKey,
    Integer year,
    String detail,
    String oldValue,
    String newValue)
    implements Serializable {

  static AuditRow of(AuditEntry e) {
    return new AuditRow(e.id(), e.occurredAt(), e.actor(), e.divisionCode(), e.action(), e.outcome(), e.recordType(),
        e.recordKey(), e.yearNumber(), e.detail(), e.oldValue(), e.newValue());
  }
}
