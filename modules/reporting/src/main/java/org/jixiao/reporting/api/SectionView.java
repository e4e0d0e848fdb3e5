package org.jixiao.reporting.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.jixiao.domain.evaluation.ReportSectionKind;

/**
 * A narrative part of the report: its text as sanitised HTML ({@code html}, safe to show as it is; text written
 * before the editor existed comes as paragraphs), its size in characters, who last wrote it, when, and how many
 * revisions it has; version 0 and no text when nobody has written it yet.
 */
public record SectionView(ReportSectionKind kind, String html, int characters, String updatedBy,
    LocalDateTime updatedAt, long version, int revisions) implements Serializable {}
