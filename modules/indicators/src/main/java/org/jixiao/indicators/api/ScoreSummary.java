package org.jixiao.indicators.api;

import java.io.Serializable;
import java.util.List;
import org.jixiao.domain.indicators.TraceStep;

/** The scores the framework takes from indicators, with the rule version they were computed by. */
public record ScoreSummary(int yearNumber, int ruleVersion, CategoryResult output, CategoryResult benefit,
    CategoryResult satisfaction, SpecialFundResult specialFunds, List<TraceStep> weightProblems)
    implements Serializable {}
