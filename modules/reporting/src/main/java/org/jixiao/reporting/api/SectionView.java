package org.jixiao.reporting.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.jixiao.domain.evaluation.ReportSectionKind;

/** A narrative part of the report, who last wrote it and when; version 0 and no text when nobody has yet. */
public record SectionView(ReportSectionKind kind, String content, String updatedBy, LocalDateTime updatedAt,
    long version) implements Serializable {}
