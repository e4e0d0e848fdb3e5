package org.jixiao.domain.procurement;

/** Where a record stands against one legal deadline. */
public enum ComplianceStatus {
  /** Done by the due date. */
  ON_TIME,
  /** Done after the due date (by {@code lateDays} calendar days). */
  LATE,
  /** Not done yet, and the due date is still ahead (in {@code workingDaysLeft} working days). */
  DUE,
  /** Not done, and the due date has passed. */
  MISSING,
  /** The event the deadline counts from has not happened: nothing is due yet. */
  NOT_APPLICABLE,
  /** The due date falls in a year whose working-day calendar is not loaded: explicitly unknown. */
  CALENDAR_MISSING
}
