package org.jixiao.indicators.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/** Evidence as the indicator's page lists it; a file is downloaded by its id, a link opened as is. */
public record EvidenceView(long id, String title, String link, String fileName, Long sizeBytes, String addedBy,
    LocalDateTime addedAt) implements Serializable {}
