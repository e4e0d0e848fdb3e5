package org.jixiao.reporting.api;

import jakarta.ejb.Local;
import java.util.List;
import org.jixiao.domain.evaluation.ReportFormat;
import org.jixiao.domain.evaluation.ReportSectionKind;
import org.jixiao.domain.security.Caller;

/**
 * The official self-evaluation report (部门整体支出绩效自评报告) in the model report's outline: numbers, rates, scores
 * and deduction reasons from the data, the narrative parts as written in the portal; DOCX, PDF and the tables as
 * XLSX. For the leadership group, finance and admins.
 */
@Local
public interface Reports {

  List<SectionView> sections(Caller caller, int yearNumber);

  /**
   * Writes a narrative part seen at {@code version} (0 for a new one) from the editor's HTML, sanitised to the
   * rich-text whitelist; kept as a new revision and audited. Leadership group and finance.
   */
  void writeSection(Caller caller, int yearNumber, ReportSectionKind kind, String html, long version);

  /** The part's revisions, newest first. */
  List<RevisionView> revisions(Caller caller, int yearNumber, ReportSectionKind kind);

  /** Saves revision {@code number}'s text again as a new revision (the part seen at {@code version}). */
  void restoreRevision(Caller caller, int yearNumber, ReportSectionKind kind, int number, long version);

  /** The year's problems and measures (结果应用), problems first, each in its order. */
  List<PointView> improvements(Caller caller, int yearNumber);

  /**
   * Writes a problem or measure: a new one ({@code id} null) goes last; {@code itemCode} must be a framework item,
   * {@code indicatorCodes} (comma-separated) the year's indicators. Leadership group and finance.
   */
  void savePoint(Caller caller, int yearNumber, Long id, org.jixiao.domain.evaluation.ImprovementPoint.Kind kind,
      String text, String itemCode, String indicatorCodes, long version);

  void removePoint(Caller caller, int yearNumber, long id);

  /** Generates the report in {@code format}; the file's SHA-256 is recorded. */
  ReportOutput generate(Caller caller, int yearNumber, ReportFormat format);

  /**
   * The same, in the background: the page polls the future and offers the file when it is done (a refusal
   * arrives as the future's cause).
   */
  java.util.concurrent.Future<ReportOutput> generateInBackground(Caller caller, int yearNumber, ReportFormat format);

  List<GeneratedFile> generated(Caller caller, int yearNumber);
}
