package org.jixiao.reporting.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.jixiao.domain.evaluation.ReportFormat;

/** A report file generated before: format, size, SHA-256, who and when. */
public record GeneratedFile(ReportFormat format, long sizeBytes, String sha256, String generatedBy,
    LocalDateTime generatedAt) implements Serializable {}
