package org.jixiao.budgeting.api;

import org.jixiao.domain.year.FiscalYearStatus;

/** A fiscal year as pages list it. */
public record FiscalYearSummary(long id, int yearNumber, FiscalYearStatus status) {}
