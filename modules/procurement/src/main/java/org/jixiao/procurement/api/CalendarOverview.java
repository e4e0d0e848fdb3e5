package org.jixiao.procurement.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.calendar.DayKind;

/** What the working-day calendar knows, and what kind of day a given date is. */
public record CalendarOverview(
    List<Integer> coveredYears, LocalDate date, DayKind kindOfDate, String holidayName) implements Serializable {}
