package org.jixiao.domain.calendar;

/** What kind of day a date is under the State Council's holiday notice for its year. */
public enum DayKind {
  /** An ordinary Monday–Friday (工作日). */
  WORKING_DAY(true),
  /** A weekend day worked to make up for a holiday (调休上班). */
  MAKE_UP_WORKING_DAY(true),
  /** An ordinary Saturday or Sunday (周末). */
  WEEKEND(false),
  /** A statutory day off (法定节假日). */
  HOLIDAY(false),
  /** The year has no calendar yet: nothing can be said, deadlines in it cannot be counted. */
  CALENDAR_MISSING(false);

  private final boolean working;

  DayKind(boolean working) {
    this.working = working;
  }

  public boolean isWorking() {
    return working;
  }
}
