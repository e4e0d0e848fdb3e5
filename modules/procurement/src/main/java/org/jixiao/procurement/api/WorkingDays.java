package org.jixiao.procurement.api;

import jakarta.ejb.Local;
import java.time.LocalDate;

/** The working-day calendar that legal deadlines are counted on (工作日历). */
@Local
public interface WorkingDays {

  /** The covered years and the kind of {@code date} (a working day, a 调休 day, a holiday, or unknown). */
  CalendarOverview overviewFor(LocalDate date);
}
