package org.jixiao.procurement.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.jixiao.domain.procurement.ProcurementSettings;

/** One version of a year's procurement rule, who made it and when. */
public record ProcurementRuleVersion(int version, ProcurementSettings settings, String createdBy,
    LocalDateTime createdAt) implements Serializable {}
