package org.jixiao.portal.view.indicators;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.HistoryEntry;
import org.jixiao.domain.indicators.Indicator.ActualEntry;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorSubcategory;
import org.jixiao.domain.indicators.QualitativeGrade;
import org.jixiao.indicators.api.EvidenceView;
import org.jixiao.indicators.api.IndicatorDraft;
import org.jixiao.indicators.api.IndicatorTree;
import org.jixiao.indicators.api.IndicatorView;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.shared.FacesMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A division head's indicators (我的指标): the list with scores and warnings, and for the selected one the
 * target, adjustment, progress and actual forms; also a new indicator.
 */
@Named
@ViewScoped
public class MyIndicatorsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Indicators indicators;

  private Integer year;
  private IndicatorTree data;
  private String selectedCode;

  // target form (new or selected)
  private String code;
  private String name;
  private Integer goalSequence;
  private IndicatorSubcategory subcategory;
  private String fundCode;
  private String unit;
  private IndicatorKind kind = IndicatorKind.AT_LEAST;
  private BigDecimal target;
  private String targetText;
  private BigDecimal weight;
  private BigDecimal baseline;
  // adjustment
  private BigDecimal newTarget;
  private String newTargetText;
  private String adjustmentReason;
  // progress and actual
  private BigDecimal progress;
  private BigDecimal actual;
  private String actualText;
  private QualitativeGrade grade;
  private BigDecimal qualitativePercent;
  private String deviationReason;
  private String correctiveMeasure;
  // evidence
  private String evidenceTitle;
  private String evidenceLink;

  public void load() {
    year = budgetYear.orCurrent(year);
    if (year == null) {
      return;
    }
    try {
      data = indicators.tree(currentUser.caller(), year);
      if (selectedCode != null) {
        fill(getSelected());
      }
    } catch (BusinessException e) {
      data = null;
      FacesMessages.refused(e);
    }
  }

  public List<IndicatorView> getMine() {
    return data == null ? List.of() : data.indicators().stream()
        .filter(i -> i.divisionCode().equals(currentUser.getDivisionCode())).toList();
  }

  public IndicatorView getSelected() {
    return selectedCode == null ? null
        : getMine().stream().filter(i -> i.code().equals(selectedCode)).findFirst().orElse(null);
  }

  public void select(String indicatorCode) {
    selectedCode = indicatorCode;
    fill(getSelected());
  }

  public void startNew() {
    selectedCode = null;
    fill(null);
  }

  private void fill(IndicatorView i) {
    code = i == null ? null : i.code();
    name = i == null ? null : i.name();
    goalSequence = i == null ? null : i.goalSequence();
    subcategory = i == null ? null : i.subcategory();
    fundCode = i == null ? null : i.fundCode();
    unit = i == null ? null : i.unit();
    kind = i == null ? IndicatorKind.AT_LEAST : i.kind();
    target = i == null ? null : i.target();
    targetText = i == null ? null : i.targetText();
    weight = i == null ? null : i.weight();
    baseline = i == null ? null : i.baseline();
    progress = i == null ? null : i.progress();
    actual = i == null ? null : i.actual();
    actualText = i == null ? null : i.actualText();
    grade = i == null ? null : i.grade();
    qualitativePercent = i == null ? null : i.qualitativePercent();
    deviationReason = i == null ? null : i.deviationReason();
    correctiveMeasure = i == null ? null : i.correctiveMeasure();
    newTarget = null;
    newTargetText = null;
    adjustmentReason = null;
  }

  private IndicatorDraft draft() {
    return new IndicatorDraft(code, name, goalSequence, subcategory, fundCode, unit, kind, target, targetText, weight,
        baseline);
  }

  public void create() {
    act(() -> selectedCode = indicators.create(currentUser.caller(), year, draft()), "indicators.saved");
  }

  public void saveTarget() {
    act(() -> indicators.define(currentUser.caller(), year, selectedCode, draft(), getSelected().version()),
        "indicators.saved");
  }

  public void submitTarget() {
    act(() -> indicators.submitTarget(currentUser.caller(), year, selectedCode), "indicators.submitted");
  }

  /** Discards the selected draft; the form is then empty for a new one. */
  public void discardDraft() {
    act(() -> {
      indicators.discardDraft(currentUser.caller(), year, selectedCode, getSelected().version());
      startNew();
    }, "indicators.discarded");
  }

  public void requestAdjustment() {
    act(() -> indicators.requestAdjustment(currentUser.caller(), year, selectedCode, newTarget, newTargetText,
        adjustmentReason), "indicators.submitted");
  }

  public void saveProgress() {
    act(() -> indicators.recordProgress(currentUser.caller(), year, selectedCode, progress, getSelected().version()),
        "indicators.saved");
  }

  public void saveActual() {
    act(() -> indicators.enterActual(currentUser.caller(), year, selectedCode,
        new ActualEntry(actual, actualText, grade, qualitativePercent, deviationReason, correctiveMeasure),
        getSelected().version()), "indicators.saved");
  }

  public void submitActual() {
    act(() -> indicators.submitActual(currentUser.caller(), year, selectedCode), "indicators.submitted");
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      FacesMessages.info(doneKey);
      load();
    } catch (BusinessException e) {
      FacesMessages.refused(e);
      // keep what the user typed; refresh only the list
      IndicatorTree fresh = indicators.tree(currentUser.caller(), year);
      data = fresh;
    }
  }

  /** The selected indicator's trail (changes and refusals), loaded when shown. */
  public List<HistoryEntry> getHistory() {
    if (selectedCode == null || getSelected() == null) {
      return List.of();
    }
    return indicators.history(currentUser.caller(), year, selectedCode);
  }

  /** What is typed in a row of the table (inline editing), per indicator code. */
  public static final class RowEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    private BigDecimal target;
    private BigDecimal actual;
    private String deviationReason;
    private String correctiveMeasure;

    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
    public BigDecimal getActual() { return actual; }
    public void setActual(BigDecimal actual) { this.actual = actual; }
    public String getDeviationReason() { return deviationReason; }
    public void setDeviationReason(String deviationReason) { this.deviationReason = deviationReason; }
    public String getCorrectiveMeasure() { return correctiveMeasure; }
    public void setCorrectiveMeasure(String correctiveMeasure) { this.correctiveMeasure = correctiveMeasure; }
  }

  private final java.util.Map<String, RowEdit> rowEdits = new java.util.HashMap<>();

  /** The row's editable values, starting from the indicator as it is. */
  public RowEdit edit(String indicatorCode) {
    return rowEdits.computeIfAbsent(indicatorCode, c -> {
      RowEdit e = new RowEdit();
      getMine().stream().filter(i -> i.code().equals(c)).findFirst().ifPresent(i -> {
        e.target = i.target();
        e.actual = i.actual();
        e.deviationReason = i.deviationReason();
        e.correctiveMeasure = i.correctiveMeasure();
      });
      return e;
    });
  }

  /** A row saved inline: the target while it is editable, else the actual with its reason and measure. */
  public void onRowEdit(org.primefaces.event.RowEditEvent<IndicatorView> event) {
    IndicatorView i = event.getObject();
    RowEdit e = rowEdits.remove(i.code());
    if (e == null) {
      return;
    }
    if (i.targetStatus().editableByDivision()) {
      act(() -> indicators.define(currentUser.caller(), year, i.code(), new IndicatorDraft(i.code(), i.name(),
          i.goalSequence(), i.subcategory(), i.fundCode(), i.unit(), i.kind(), e.target, i.targetText(), i.weight(),
          i.baseline()), i.version()), "indicators.saved");
    } else {
      act(() -> indicators.enterActual(currentUser.caller(), year, i.code(), new ActualEntry(e.actual, i.actualText(),
          i.grade(), i.qualitativePercent(), e.deviationReason, e.correctiveMeasure), i.version()), "indicators.saved");
    }
    selectedCode = i.code();
    fill(getSelected());
  }

  public void onRowEditCancel(org.primefaces.event.RowEditEvent<IndicatorView> event) {
    rowEdits.remove(event.getObject().code());
  }

  public List<EvidenceView> getEvidence() {
    if (selectedCode == null || getSelected() == null) {
      return List.of();
    }
    return indicators.evidence(currentUser.caller(), year, selectedCode);
  }

  public void addEvidenceLink() {
    act(() -> indicators.addEvidenceLink(currentUser.caller(), year, selectedCode, evidenceTitle, evidenceLink),
        "indicators.saved");
    evidenceLink = null;
  }

  public void uploadEvidence(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    act(() -> indicators.addEvidenceFile(currentUser.caller(), year, selectedCode,
        evidenceTitle == null || evidenceTitle.isBlank() ? file.getFileName() : evidenceTitle,
        file.getFileName(), file.getContent()), "indicators.saved");
  }

  public String getEvidenceTitle() { return evidenceTitle; }
  public void setEvidenceTitle(String evidenceTitle) { this.evidenceTitle = evidenceTitle; }
  public String getEvidenceLink() { return evidenceLink; }
  public void setEvidenceLink(String evidenceLink) { this.evidenceLink = evidenceLink; }

  public IndicatorSubcategory[] getSubcategories() {
    return IndicatorSubcategory.values();
  }

  public IndicatorKind[] getKinds() {
    return IndicatorKind.values();
  }

  public QualitativeGrade[] getGrades() {
    return QualitativeGrade.values();
  }

  public IndicatorTree getData() { return data; }
  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
  public String getSelectedCode() { return selectedCode; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public Integer getGoalSequence() { return goalSequence; }
  public void setGoalSequence(Integer goalSequence) { this.goalSequence = goalSequence; }
  public IndicatorSubcategory getSubcategory() { return subcategory; }
  public void setSubcategory(IndicatorSubcategory subcategory) { this.subcategory = subcategory; }
  public String getFundCode() { return fundCode; }
  public void setFundCode(String fundCode) { this.fundCode = fundCode; }
  public String getUnit() { return unit; }
  public void setUnit(String unit) { this.unit = unit; }
  public IndicatorKind getKind() { return kind; }
  public void setKind(IndicatorKind kind) { this.kind = kind; }
  public BigDecimal getTarget() { return target; }
  public void setTarget(BigDecimal target) { this.target = target; }
  public String getTargetText() { return targetText; }
  public void setTargetText(String targetText) { this.targetText = targetText; }
  public BigDecimal getWeight() { return weight; }
  public void setWeight(BigDecimal weight) { this.weight = weight; }
  public BigDecimal getBaseline() { return baseline; }
  public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
  public BigDecimal getNewTarget() { return newTarget; }
  public void setNewTarget(BigDecimal newTarget) { this.newTarget = newTarget; }
  public String getNewTargetText() { return newTargetText; }
  public void setNewTargetText(String newTargetText) { this.newTargetText = newTargetText; }
  public String getAdjustmentReason() { return adjustmentReason; }
  public void setAdjustmentReason(String adjustmentReason) { this.adjustmentReason = adjustmentReason; }
  public BigDecimal getProgress() { return progress; }
  public void setProgress(BigDecimal progress) { this.progress = progress; }
  public BigDecimal getActual() { return actual; }
  public void setActual(BigDecimal actual) { this.actual = actual; }
  public String getActualText() { return actualText; }
  public void setActualText(String actualText) { this.actualText = actualText; }
  public QualitativeGrade getGrade() { return grade; }
  public void setGrade(QualitativeGrade grade) { this.grade = grade; }
  public BigDecimal getQualitativePercent() { return qualitativePercent; }
  public void setQualitativePercent(BigDecimal qualitativePercent) { this.qualitativePercent = qualitativePercent; }
  public String getDeviationReason() { return deviationReason; }
  public void setDeviationReason(String deviationReason) { this.deviationReason = deviationReason; }
  public String getCorrectiveMeasure() { return correctiveMeasure; }
  public void setCorrectiveMeasure(String correctiveMeasure) { this.correctiveMeasure = correctiveMeasure; }
}
