package org.jixiao.indicators.api;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.audit.HistoryEntry;
import org.jixiao.domain.indicators.Indicator.ActualEntry;
import org.jixiao.domain.indicators.ScoringSettings;
import org.jixiao.domain.evidence.EvidenceFile;
import org.jixiao.domain.security.Caller;

/**
 * A year's performance indicators and their scores (绩效指标), scoped by the caller: a division head enters and
 * submits their own division's targets and actuals; the leadership group reviews; everyone with a role sees
 * the department's scores. Every refusal throws a {@link org.jixiao.domain.BusinessException}, changes
 * nothing and is audited.
 */
@Local
public interface Indicators {

  IndicatorTree tree(Caller caller, int yearNumber);

  ScoreSummary scores(Caller caller, int yearNumber);

  /** Creates a draft indicator of the caller's division; returns its code. */
  String create(Caller caller, int yearNumber, IndicatorDraft draft);

  /** Edits a draft or returned target. */
  void define(Caller caller, int yearNumber, String code, IndicatorDraft draft, long version);

  /** Discards a draft or returned indicator of the caller's division (seen at {@code version}). */
  void discardDraft(Caller caller, int yearNumber, String code, long version);

  void submitTarget(Caller caller, int yearNumber, String code);

  /** Leadership approves or returns (with a comment) a submitted target. */
  void reviewTarget(Caller caller, int yearNumber, String code, boolean approve, String comment);

  void requestAdjustment(Caller caller, int yearNumber, String code, BigDecimal newTarget, String newTargetText,
      String reason);

  void decideAdjustment(Caller caller, int yearNumber, String code, boolean approve, String comment);

  void recordProgress(Caller caller, int yearNumber, String code, BigDecimal progress, long version);

  void enterActual(Caller caller, int yearNumber, String code, ActualEntry entry, long version);

  /** Submits an actual; refused while a deviating actual lacks its reason and measure. */
  void submitActual(Caller caller, int yearNumber, String code);

  void reviewActual(Caller caller, int yearNumber, String code, boolean approve, String comment);

  /** An indicator's trail: every change (who, when, old → new) and every refused attempt, newest first. */
  List<HistoryEntry> history(Caller caller, int yearNumber, String code);

  /** The year's scoring rule versions, newest (the one that applies) first. */
  List<RuleVersion> rules(Caller caller, int yearNumber);

  /** Admins change the year's scoring settings: a new version, audited; a sealed year refuses. */
  void changeRules(Caller caller, int yearNumber, ScoringSettings settings);

  /** An indicator's evidence (佐证材料), for whoever may read the indicator. */
  List<EvidenceView> evidence(Caller caller, int yearNumber, String code);

  /** A division head adds a link (http/https) as evidence to their own division's indicator. */
  void addEvidenceLink(Caller caller, int yearNumber, String code, String title, String url);

  /** A division head uploads a file (PDF, image, DOCX, XLSX; at most 10 MB) as evidence. */
  void addEvidenceFile(Caller caller, int yearNumber, String code, String title, String fileName, byte[] content);

  /** A stored evidence file, for whoever may read the indicator. */
  EvidenceFile evidenceFile(Caller caller, int yearNumber, String code, long evidenceId);

  /** What waits for the leadership group. */
  List<ReviewItem> reviewQueue(Caller caller, int yearNumber);
}
