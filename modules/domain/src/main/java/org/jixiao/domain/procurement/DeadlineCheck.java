package org.jixiao.domain.procurement;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One record against one requirement: the due date (null when unknown or not applicable), the actual date, the
 * status, and the days late (calendar days) or working days left.
 */
public record DeadlineCheck(
    ProcurementRequirement requirement,
    LocalDate due,
    LocalDate actual,
    ComplianceStatus status,
    int lateDays,
    Integer workingDaysLeft,
    Integer missingCalendarYear)
    implements Serializable {

  /** Counts towards the score: decided (on time, late or missing), not pending or unknown. */
  public boolean isDecided() {
    return status == ComplianceStatus.ON_TIME || status == ComplianceStatus.LATE
        || status == ComplianceStatus.MISSING;
  }

  /** The number its status is told with: days late, working days left, or the year without a calendar. */
  public Object shownNumber() {
    return switch (status) {
      case LATE, MISSING -> lateDays;
      case DUE -> workingDaysLeft;
      case CALENDAR_MISSING -> String.valueOf(missingCalendarYear);
      default -> "";
    };
  }
}
