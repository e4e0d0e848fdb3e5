package org.jixiao.procurement.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.jixiao.domain.calendar.DayKind;

/** One date of a year's calendar: its kind, and the holiday's name when the notice names it (春节). */
public record CalendarDayView(LocalDate date, DayKind kind, String name) implements Serializable {}
