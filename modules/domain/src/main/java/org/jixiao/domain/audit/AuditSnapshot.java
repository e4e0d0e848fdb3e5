package org.jixiao.domain.audit;

/**
 * A record's state at one moment, as the audit trail keeps it: its division (null: department-wide) and its
 * state in one line. {@link #NONE} stands for "no record" (before a creation, after a removal).
 */
public record AuditSnapshot(String division, String state) {

  public static final AuditSnapshot NONE = new AuditSnapshot(null, null);

  public static AuditSnapshot of(String division, String state) {
    return new AuditSnapshot(division, state);
  }

  /** The state of a record that belongs to no division (rules, the framework, the report). */
  public static AuditSnapshot departmentWide(String state) {
    return new AuditSnapshot(null, state);
  }

  public static AuditSnapshot of(Audited record) {
    return record == null ? NONE : record.snapshot();
  }
}
