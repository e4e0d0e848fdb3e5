package org.jixiao.reporting.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.jixiao.domain.evaluation.EvaluationFramework;
import org.jixiao.domain.evaluation.EvaluationScoring;
import org.jixiao.domain.year.FiscalYearStatus;

/**
 * A year's self-evaluation: the framework's items with their scores and traces, the total and grade, and the
 * seal in force (its fingerprint) when the year is sealed.
 */
public record EvaluationView(int yearNumber, FiscalYearStatus status, EvaluationFramework.Status frameworkStatus,
    String chair, List<String> members, EvaluationScoring.Result result, Seal seal) implements Serializable {

  /** The approved evaluation's seal: its SHA-256 over the snapshot, who sealed it and when. */
  public record Seal(String fingerprint, String sealedBy, LocalDateTime sealedAt) implements Serializable {}

  public boolean sealed() {
    return status.isReadOnly();
  }
}
