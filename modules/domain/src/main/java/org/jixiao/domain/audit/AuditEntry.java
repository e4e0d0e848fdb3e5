package org.jixiao.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One line of the audit trail (操作日志): who did or tried what to which record of which division, when, the
 * outcome, and the record's state before and after. Append-only: the application never changes or removes an
 * entry (every column is insert-only, and a change or removal is refused here; on PostgreSQL also by a trigger).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.BY_EXTERNAL_ID,
    query = "SELECT COUNT(a) FROM AuditEntry a WHERE a.externalId = :externalId")
@NamedQuery(
    name = AuditEntry.RECORD_TYPES,
    query = "SELECT DISTINCT a.recordType FROM AuditEntry a ORDER BY a.recordType")
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
  public static final String BY_EXTERNAL_ID = "AuditEntry.byExternalId";
  public static final String RECORD_TYPES = "AuditEntry.recordTypes";
  /** Changes only: refused attempts, however many, do not hide the last change. */
  public static final String LAST_CHANGE_OF_RECORD = "AuditEntry.lastChangeOfRecord";
  static final int DETAIL_LENGTH = 2000;
  /** Old and new values are kept up to this length, the rest cut with "…". */
  public static final int VALUE_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(nullable = false, length = 100, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private AuditAction action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private AuditOutcome outcome;

  @Column(name = "record_type", nullable = false, length = 60, updatable = false)
  private String recordType;

  @Column(name = "record_key", length = 100, updatable = false)
  private String recordKey;

  @Column(name = "year_number", updatable = false)
  private Integer yearNumber;

  @Column(nullable = false, length = DETAIL_LENGTH, updatable = false)
  private String detail;

  @Column(name = "division_code", length = 40, updatable = false)
  private String divisionCode;

  @Column(name = "old_value", length = VALUE_LENGTH, updatable = false)
  private String oldValue;

  @Column(name = "new_value", length = VALUE_LENGTH, updatable = false)
  private String newValue;

  /** The id of an event reported from outside (e.g. {@code keycloak:<id>}), kept once. */
  @Column(name = "external_id", length = 200, updatable = false)
  private String externalId;

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

  /** An entry naming the record's division and its state before and after (either may be null). */
  public AuditEntry(
      LocalDateTime at,
      String actor,
      AuditAction action,
      AuditOutcome outcome,
      String recordType,
      String recordKey,
      Integer yearNumber,
      String detail,
      String divisionCode,
      String oldValue,
      String newValue) {
    this(at, actor, action, outcome, recordType, recordKey, yearNumber, detail);
    this.divisionCode = divisionCode == null || divisionCode.isBlank() ? null : cut(divisionCode.strip(), 40);
    this.oldValue = oldValue == null ? null : cut(oldValue, VALUE_LENGTH);
    this.newValue = newValue == null ? null : cut(newValue, VALUE_LENGTH);
  }

  /** An event reported from outside, identified by {@code externalId} so that it is kept once. */
  public static AuditEntry external(
      String externalId, LocalDateTime at, String actor, AuditAction action, AuditOutcome outcome, String recordType,
      String recordKey, String divisionCode, String detail) {
    AuditEntry entry =
        new AuditEntry(at, actor, action, outcome, recordType, recordKey, null, detail, divisionCode, null, null);
    entry.externalId = cut(java.util.Objects.requireNonNull(externalId, "externalId"), 200);
    return entry;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("audit_entry is append-only: entry " + id + " cannot be changed or removed");
  }

  static String cut(String text, int length) {
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

  public Long id() {
    return id;
  }

  /** The division whose record it is; null for a department-wide record. */
  public String divisionCode() {
    return divisionCode;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  public String externalId() {
    return externalId;
  }
}
