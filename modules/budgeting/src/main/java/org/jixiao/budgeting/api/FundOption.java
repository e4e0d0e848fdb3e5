package org.jixiao.budgeting.api;

import java.io.Serializable;
import org.jixiao.domain.budget.FundSource;

/** A special fund of the year, for choosing one. */
public record FundOption(String code, String name, FundSource source) implements Serializable {}
