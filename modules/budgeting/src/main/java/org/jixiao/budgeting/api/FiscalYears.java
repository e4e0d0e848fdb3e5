package org.jixiao.budgeting.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** The budget years (预算年度) of a department and where each stands. */
@Local
public interface FiscalYears {

  /** The department's years, newest first. */
  List<FiscalYearSummary> yearsOf(long departmentId);

  /** The year the portal works in by default: the newest open year, else the newest. */
  Optional<FiscalYearSummary> currentYearOf(long departmentId);
}
