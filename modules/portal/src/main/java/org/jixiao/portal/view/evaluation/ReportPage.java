package org.jixiao.portal.view.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.evaluation.ImprovementPoint;
import org.jixiao.domain.evaluation.ReportFormat;
import org.jixiao.domain.evaluation.ReportSectionKind;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.shared.Downloads;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.reporting.api.GeneratedFile;
import org.jixiao.reporting.api.PointView;
import org.jixiao.reporting.api.ReportOutput;
import org.jixiao.reporting.api.Reports;
import org.jixiao.reporting.api.RevisionView;
import org.jixiao.reporting.api.SectionView;
import org.primefaces.model.StreamedContent;

/**
 * The self-evaluation report (自评报告): the narrative parts as the responsible people write them in the rich-text
 * editor (who wrote what, when: the last editor and each part's history of revisions, an older one to view or
 * restore), and the report generated from the data as DOCX, PDF and the tables as XLSX, each file's SHA-256 kept.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Reports reports;

  private Integer year;
  private List<SectionView> sections = List.of();
  private List<GeneratedFile> generated = List.of();
  private final Map<ReportSectionKind, String> texts = new EnumMap<>(ReportSectionKind.class);
  private List<PointView> points = List.of();
  private Long pointId;
  private long pointVersion;
  private ImprovementPoint.Kind pointKind = ImprovementPoint.Kind.PROBLEM;
  private String pointText;
  private String pointItem;
  private String pointIndicators;
  private ReportSectionKind historyKind;
  private List<RevisionView> history = List.of();
  private RevisionView shown;
  private transient Future<ReportOutput> running;
  private transient ReportOutput ready;

  public void load() {
    year = budgetYear.orCurrent(year);
    if (year == null) {
      return;
    }
    try {
      sections = reports.sections(currentUser.caller(), year);
      sections.forEach(s -> texts.put(s.kind(), s.html()));
      generated = reports.generated(currentUser.caller(), year);
      points = reports.improvements(currentUser.caller(), year);
    } catch (BusinessException e) {
      sections = List.of();
      FacesMessages.refused(e);
    }
  }

  public void save(SectionView section) {
    try {
      reports.writeSection(currentUser.caller(), year, section.kind(), texts.get(section.kind()), section.version());
      FacesMessages.info("report.section.saved", new org.jixiao.domain.Label("report.section." + section.kind().name()));
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  /** Opens a part's history (修改记录), newest first. */
  public void openHistory(SectionView section) {
    historyKind = section.kind();
    shown = null;
    history = reports.revisions(currentUser.caller(), year, historyKind);
  }

  public void show(RevisionView revision) {
    shown = revision;
  }

  /** Saves an older revision's text again, as the part's newest revision. */
  public void restore(RevisionView revision) {
    long version = sections.stream().filter(s -> s.kind() == historyKind).findFirst().map(SectionView::version)
        .orElse(0L);
    try {
      reports.restoreRevision(currentUser.caller(), year, historyKind, revision.number(), version);
      FacesMessages.info("report.revision.restored",
          new org.jixiao.domain.Label("report.section." + historyKind.name()), revision.number());
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
    history = reports.revisions(currentUser.caller(), year, historyKind);
    shown = null;
  }

  /** What the editor may produce (and accept on paste): the whitelist's formats. */
  public List<String> getEditorFormats() {
    return List.of("header", "bold", "italic", "underline", "list");
  }

  public ReportSectionKind getHistoryKind() { return historyKind; }
  public List<RevisionView> getHistory() { return history; }
  public RevisionView getShown() { return shown; }

  public List<PointView> pointsOf(ImprovementPoint.Kind kind) {
    return points.stream().filter(p -> p.kind() == kind).toList();
  }

  public ImprovementPoint.Kind[] getPointKinds() {
    return ImprovementPoint.Kind.values();
  }

  /** Puts a point into the form to change it. */
  public void editPoint(PointView p) {
    pointId = p.id();
    pointVersion = p.version();
    pointKind = p.kind();
    pointText = p.content();
    pointItem = p.itemCode();
    pointIndicators = p.indicatorList();
  }

  public void savePoint() {
    try {
      reports.savePoint(currentUser.caller(), year, pointId, pointKind, pointText, pointItem, pointIndicators,
          pointVersion);
      FacesMessages.info("improvement.saved");
      pointId = null;
      pointText = null;
      pointItem = null;
      pointIndicators = null;
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public void removePoint(PointView p) {
    try {
      reports.removePoint(currentUser.caller(), year, p.id());
      FacesMessages.info("improvement.removed");
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  /** Starts generating {@code format} in the background; the page polls {@link #poll()} while it runs. */
  public void start(ReportFormat format) {
    try {
      ready = null;
      running = reports.generateInBackground(currentUser.caller(), year, format);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public void poll() {
    if (running == null || !running.isDone()) {
      return;
    }
    try {
      ready = running.get();
      FacesMessages.info("report.generated.done", ready.fileName());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BusinessException refusal) {
        FacesMessages.refused(refusal);
      } else {
        throw new IllegalStateException("Report generation failed", e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running = null;
    }
    generated = reports.generated(currentUser.caller(), year);
  }

  public boolean isRunning() {
    return running != null;
  }

  public ReportOutput getReady() {
    return ready;
  }

  /** The file generated last, handed out as it was generated (its SHA-256 is the one recorded). */
  public StreamedContent getReadyFile() {
    ReportOutput file = ready;
    return file == null ? null
        : Downloads.of(file.fileName(), file.format().contentType(), file::content);
  }

  public boolean isMayWrite() {
    return currentUser.isLeadership() || currentUser.isFinance();
  }

  public List<SectionView> getSections() { return sections; }
  public Long getPointId() { return pointId; }
  public ImprovementPoint.Kind getPointKind() { return pointKind; }
  public void setPointKind(ImprovementPoint.Kind kind) { this.pointKind = kind; }
  public String getPointText() { return pointText; }
  public void setPointText(String text) { this.pointText = text; }
  public String getPointItem() { return pointItem; }
  public void setPointItem(String item) { this.pointItem = item; }
  public String getPointIndicators() { return pointIndicators; }
  public void setPointIndicators(String codes) { this.pointIndicators = codes; }
  public List<GeneratedFile> getGenerated() { return generated; }
  public Map<ReportSectionKind, String> getTexts() { return texts; }
  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
}
