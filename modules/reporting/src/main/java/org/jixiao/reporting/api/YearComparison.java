package org.jixiao.reporting.api;

import java.io.Serializable;
import java.math.BigDecimal;
import org.jixiao.domain.evaluation.Grade;
import org.jixiao.domain.year.FiscalYearStatus;

/**
 * One year in the year-over-year comparison (历年对比) on the leadership home, from the same measures the
 * evaluation uses: the total and grade (null until the evaluation is complete), the whole budget's execution
 * rate, the share of indicators that achieved their target, and 采购管理's score; null where the year has no data.
 */
public record YearComparison(int yearNumber, FiscalYearStatus status, BigDecimal total, Grade grade,
    BigDecimal budgetRate, BigDecimal achievedShare, BigDecimal procurementScore, BigDecimal procurementPoints)
    implements Serializable {}
