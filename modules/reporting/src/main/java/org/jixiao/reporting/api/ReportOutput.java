package org.jixiao.reporting.api;

import org.jixiao.domain.evaluation.ReportFormat;

/** A generated report file: its name, format, content and SHA-256 (recorded with who generated it). */
public record ReportOutput(String fileName, ReportFormat format, byte[] content, String sha256) {}
