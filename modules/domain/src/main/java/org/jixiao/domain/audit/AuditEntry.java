package org.jixiao.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of the audit trail (操作日志): who did or tried what to which record, when, and the outcome. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.OF_RECORD,
    query =
        "SELECT a FROM AuditEntry a WHERE a.recordType = :recordType AND a.recordKey = :recordKey"
            + " ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(
    name = AuditEntry.LAST_CHANGE_OF_RECORD,
    query =
        "SELECT a FROM AuditEntry a WHERE a.recordType = :recordType AND a.recordKey = :recordKey"
            + " AND a.outcome = org.jixiao.domain.audit.AuditOutcome.DONE ORDER BY a.occurredAt DESC, a.id DESC")
public class AuditEntry {

  public static final String OF_RECORD = "AuditEntry.ofRecord";
  /** Changes only: refused attempts, however many, do not hide the last change. */
  public static final String LAST_CHANGE_OF_RECORD = "AuditEntry.lastChangeOfRecord";
  static final int DETAIL_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column(nullable = false, length = 100)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AuditAction action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AuditOutcome outcome;

  @Column(name = "record_type", nullable = false, length = 60)
  private String recordType;

  @Column(name = "record_key", length = 100)
  private String recordKey;

  @Column(name = "year_number")
  private Integer yearNumber;

  @Column(nullable = false, length = DETAIL_LENGTH)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      LocalDateTime at,
      String actor,
      AuditAction action,
      AuditOutcome outcome,
      String recordType,
      String recordKey,
      Integer yearNumber,
      String detail) {
    this.occurredAt = at;
    this.actor = actor == null ? "anonymous" : actor;
    this.action = action;
    this.outcome = outcome;
    this.recordType = recordType;
    this.recordKey = recordKey == null ? null : cut(recordKey, 100);
    this.yearNumber = yearNumber;
    this.detail = cut(detail == null ? "" : detail, DETAIL_LENGTH);
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  public LocalDateTime occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public AuditAction action() {
    return action;
  }

  public AuditOutcome outcome() {
    return outcome;
  }

  public String recordType() {
    return recordType;
  }

  public String recordKey() {
    return recordKey;
  }

  public Integer yearNumber() {
    return yearNumber;
  }

  public String detail() {
    return detail;
  }
}
