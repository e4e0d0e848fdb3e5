package org.jixiao.domain.audit;

import java.io.Serializable;
import java.time.LocalDate;
import org.jixiao.domain.BusinessException;

/**
 * What the audit trail viewer (操作日志) asks for: entries by user (part of the username, any case), division
 * ({@link #DEPARTMENT_WIDE} for entries of no division), record type, action, and days from–to (Beijing time,
 * both included). Every filter may be empty. A range ending before it starts is refused.
 */
public record AuditQuery(
    String user, String division, String recordType, AuditAction action, LocalDate from, LocalDate to)
    implements Serializable {

  /** The division filter for department-wide entries (rules, the framework, the report). */
  public static final String DEPARTMENT_WIDE = "-";

  public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

  public AuditQuery {
    user = blankToNull(user);
    division = blankToNull(division);
    recordType = blankToNull(recordType);
    if (user != null && user.length() > 100) {
      throw new BusinessException("validation.tooLong", new org.jixiao.domain.Label("audit.filter.user"), 100);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new BusinessException("audit.filter.range", from.toString(), to.toString());
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
