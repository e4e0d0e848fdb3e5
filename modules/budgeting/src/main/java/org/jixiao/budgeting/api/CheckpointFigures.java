package org.jixiao.budgeting.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.jixiao.domain.budget.PaceWarning;
import org.jixiao.domain.money.Rate;

/** Execution at a checkpoint of 双监控 (e.g. 6月底) against the pace expected by then. */
public record CheckpointFigures(LocalDate date, Rate executionRate, Rate expectedRate, PaceWarning warning, boolean reached)
    implements Serializable {}
