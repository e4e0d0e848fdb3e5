package org.jixiao.procurement.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A day the State Council's notice names: a holiday (off) or a weekend day worked (调休). */
public record SpecialDayView(LocalDate date, String name, boolean offDay) implements Serializable {}
