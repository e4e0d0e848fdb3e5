package org.jixiao.indicators.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.jixiao.domain.indicators.ScoringSettings;

/** One version of a year's scoring rules, who made it and when. */
public record RuleVersion(int version, ScoringSettings settings, String createdBy, LocalDateTime createdAt)
    implements Serializable {}
