package org.jixiao.domain.audit;

/**
 * A record the audit trail (操作日志) keeps the state of: the division it belongs to and its state in one line of
 * text. Services take {@link #snapshot()} before and after a change and give both to {@link AuditTrail}, so an
 * entry shows the old and the new value, and who may see it (a division head sees their division's entries).
 */
public interface Audited {

  /**
   * The code of the division (处室) whose record this is; by default none — a department-wide record (framework,
   * review, report). Records of a division say which.
   */
  default String auditDivision() {
    return null;
  }

  /** The record's state as the trail keeps it, e.g. {@code 目标=120件; 分值=5.00; 目标状态=DRAFT}. */
  String auditState();

  default AuditSnapshot snapshot() {
    return AuditSnapshot.of(auditDivision(), auditState());
  }
}
