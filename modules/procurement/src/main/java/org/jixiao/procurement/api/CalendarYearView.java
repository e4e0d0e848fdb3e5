package org.jixiao.procurement.api;

import java.io.Serializable;

/** A year the working-day calendar knows: where its notice was published and how many days it names. */
public record CalendarYearView(int year, String source, int specialDays) implements Serializable {}
