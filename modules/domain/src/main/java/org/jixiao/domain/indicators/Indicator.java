package org.jixiao.domain.indicators;

import org.jixiao.domain.audit.AuditState;
import org.jixiao.domain.audit.Audited;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Checks;
import org.jixiao.domain.Label;
import org.jixiao.domain.budget.SpecialFund;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.year.FiscalYear;

/**
 * A level-3 performance indicator (三级指标) of a year: of the department as a whole or of a special fund, owned
 * by a division, with its target, in-year progress, actual, deviation reason and measure, and the workflow of
 * its target and of its actual. The rules of changing it live here.
 */
@Entity
@Table(name = "indicator")
@NamedQuery(
    name = Indicator.OF_YEAR,
    query =
        "SELECT i FROM Indicator i JOIN FETCH i.division LEFT JOIN FETCH i.goal LEFT JOIN FETCH i.specialFund"
            + " WHERE i.fiscalYear.id = :yearId ORDER BY i.sortOrder, i.code")
@NamedQuery(
    name = Indicator.BY_CODE,
    query = "SELECT i FROM Indicator i WHERE i.fiscalYear.id = :yearId AND i.code = :code")
public class Indicator implements Audited {

  public static final String OF_YEAR = "Indicator.ofYear";
  public static final String BY_CODE = "Indicator.byCode";
  public static final int TEXT_LENGTH = 1000;
  public static final int PROPOSAL_MEASURES_LENGTH = 4000;
  private static final BigDecimal MAX_VALUE = new BigDecimal("99999999999999");
  private static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "goal_id")
  private OverallGoal goal;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "division_id")
  private Division division;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "special_fund_id")
  private SpecialFund specialFund;

  @Enumerated(EnumType.STRING)
  @Column(name = "level2", nullable = false, length = 30)
  private IndicatorSubcategory subcategory;

  @Column(length = 20)
  private String unit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IndicatorKind kind;

  @Column(precision = 18, scale = 4)
  private BigDecimal target;

  @Column(name = "target_text", length = 200)
  private String targetText;

  @Column(nullable = false, precision = 6, scale = 2)
  private BigDecimal weight;

  @Column(precision = 18, scale = 4)
  private BigDecimal baseline;

  @Column(precision = 18, scale = 4)
  private BigDecimal progress;

  @Column(precision = 18, scale = 4)
  private BigDecimal actual;

  @Column(name = "actual_text", length = 500)
  private String actualText;

  @Enumerated(EnumType.STRING)
  @Column(name = "qualitative_grade", length = 20)
  private QualitativeGrade qualitativeGrade;

  @Column(name = "qualitative_percent", precision = 5, scale = 2)
  private BigDecimal qualitativePercent;

  @Column(name = "deviation_reason", length = TEXT_LENGTH)
  private String deviationReason;

  @Column(name = "corrective_measure", length = TEXT_LENGTH)
  private String correctiveMeasure;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_status", nullable = false, length = 20)
  private WorkflowStatus targetStatus = WorkflowStatus.DRAFT;

  @Enumerated(EnumType.STRING)
  @Column(name = "actual_status", nullable = false, length = 20)
  private WorkflowStatus actualStatus = WorkflowStatus.DRAFT;

  @Column(name = "review_comment", length = TEXT_LENGTH)
  private String reviewComment;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  /** Set when the indicator was proposed at the opening of its year from last year's of the same code. */
  @Column(name = "proposed_from_year")
  private Integer proposedFromYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposal_basis", length = 20)
  private TargetProposal.Basis proposalBasis;

  @Column(name = "proposal_last_target", precision = 18, scale = 4)
  private BigDecimal proposalLastTarget;

  @Column(name = "proposal_last_actual", precision = 18, scale = 4)
  private BigDecimal proposalLastActual;

  /** The linked measures of last year, one a line. */
  @Column(name = "proposal_measures", length = PROPOSAL_MEASURES_LENGTH)
  private String proposalMeasures;

  @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL)
  @OrderBy("requestedAt")
  private List<TargetAdjustment> adjustments = new ArrayList<>();

  @Version private long version;

  protected Indicator() {}

  /** A new draft indicator; the fields are checked like an edit. */
  public Indicator(FiscalYear fiscalYear, Division division, String code, Definition definition) {
    Objects.requireNonNull(fiscalYear, "fiscalYear").requireOpen();
    this.fiscalYear = fiscalYear;
    this.division = Objects.requireNonNull(division, "division");
    this.code = Checks.requireText(code, 40, "indicator.field.code");
    define(definition);
  }

  /**
   * Next year's draft of this indicator (结果应用): same code, division, place in the tree, name, unit, kind and
   * weight; the target as {@link TargetProposal} proposes it; the proposal note names the source and the linked
   * measures. {@code goal} and {@code fund} are next year's of the same number and code (or null).
   */
  public Indicator proposeFor(FiscalYear next, OverallGoal nextGoal, SpecialFund nextFund, List<String> measures) {
    TargetProposal p = TargetProposal.from(kind, target, targetText, actual,
        actualStatus == WorkflowStatus.APPROVED, baseline);
    Indicator proposed = new Indicator(next, division, code, new Definition(name, nextGoal, nextFund, subcategory,
        unit, kind, p.target(), p.targetText(), weight, p.baseline()));
    proposed.sortOrder = sortOrder;
    proposed.proposedFromYear = fiscalYear.yearNumber();
    proposed.proposalBasis = p.basis();
    proposed.proposalLastTarget = target;
    proposed.proposalLastActual = actualStatus == WorkflowStatus.APPROVED ? actual : null;
    StringBuilder joined = new StringBuilder();
    for (String m : measures) {
      String line = m.strip();
      if (joined.length() + line.length() + 1 > PROPOSAL_MEASURES_LENGTH) {
        break;
      }
      joined.append(joined.length() == 0 ? "" : "\n").append(line);
    }
    proposed.proposalMeasures = joined.length() == 0 ? null : joined.toString();
    return proposed;
  }

  /** Where this indicator was proposed from, if it was. */
  public Optional<IndicatorProposal> proposal() {
    if (proposedFromYear == null) {
      return Optional.empty();
    }
    List<String> measures = proposalMeasures == null ? List.of() : List.of(proposalMeasures.split("\n"));
    return Optional.of(new IndicatorProposal(proposedFromYear, proposalBasis, proposalLastTarget,
        proposalLastActual, measures));
  }

  /** What a division head sets at target time. */
  public record Definition(
      String name,
      OverallGoal goal,
      SpecialFund specialFund,
      IndicatorSubcategory subcategory,
      String unit,
      IndicatorKind kind,
      BigDecimal target,
      String targetText,
      BigDecimal weight,
      BigDecimal baseline) {}

  /** Edits the target side (name, tree place, unit, kind, target, weight); only while the target is editable. */
  public void define(Definition d) {
    requireTargetEditable();
    // every check before any change: a refused edit leaves the indicator as it was
    String checkedName = Checks.requireText(d.name(), 200, "indicator.field.name");
    String checkedUnit = Checks.optionalText(d.unit(), 20, "indicator.field.unit");
    BigDecimal checkedBaseline = number(d.baseline(), "indicator.field.baseline");
    if (d.subcategory() == null) {
      throw new BusinessException("validation.required", new Label("indicator.field.subcategory"));
    }
    if (d.kind() == null) {
      throw new BusinessException("validation.required", new Label("indicator.field.kind"));
    }
    if (d.goal() != null && !d.goal().fiscalYear().id().equals(fiscalYear.id())) {
      throw new BusinessException("indicator.goalOfOtherYear");
    }
    if (d.specialFund() != null && !d.specialFund().fiscalYear().id().equals(fiscalYear.id())) {
      throw new BusinessException("indicator.fundOfOtherYear");
    }
    BigDecimal w = number(d.weight(), "indicator.field.weight");
    if (w == null) {
      throw new BusinessException("validation.required", new Label("indicator.field.weight"));
    }
    if (w.signum() < 0 || w.compareTo(MAX_WEIGHT) > 0 || w.stripTrailingZeros().scale() > 2) {
      throw new BusinessException("indicator.weight.range", w.toPlainString());
    }
    BigDecimal t = number(d.target(), "indicator.field.target");
    String tText = Checks.optionalText(d.targetText(), 200, "indicator.field.targetText");
    checkTarget(d.kind(), t, tText);
    name = checkedName;
    goal = d.goal();
    specialFund = d.specialFund();
    subcategory = d.subcategory();
    unit = checkedUnit;
    kind = d.kind();
    target = d.kind().isQuantified() ? t : null;
    targetText = tText;
    weight = w.setScale(2);
    baseline = checkedBaseline;
  }

  /** A quantified kind needs a positive target (0 only for "="); the others a target in words. */
  private static void checkTarget(IndicatorKind kind, BigDecimal target, String targetText) {
    if (kind.isQuantified()) {
      if (target == null) {
        throw new BusinessException("indicator.target.required");
      }
      if (target.signum() < 0) {
        throw new BusinessException("indicator.target.negative");
      }
      if (target.signum() == 0 && kind != IndicatorKind.EQUAL) {
        throw new BusinessException("indicator.target.zero");
      }
    } else if (targetText == null) {
      throw new BusinessException("indicator.targetText.required");
    }
  }

  /**
   * A target the leadership group never approved — a draft entered by mistake, a returned one, a proposal of the
   * year's opening the division does not want — may be discarded; from approval on, the indicator is the
   * department's commitment and stays.
   */
  public void checkDiscardable() {
    fiscalYear.requireOpen();
    if (!targetStatus.editableByDivision() || !adjustments.isEmpty()) {
      throw new BusinessException("indicator.discard.notDraft", code, "WorkflowStatus." + targetStatus.name());
    }
  }

  public void submitTarget() {
    fiscalYear.requireOpen();
    if (!targetStatus.editableByDivision()) {
      throw new BusinessException("indicator.workflow.notEditable", code, "WorkflowStatus." + targetStatus.name());
    }
    targetStatus = WorkflowStatus.SUBMITTED;
  }

  public void reviewTarget(boolean approve, String comment) {
    fiscalYear.requireOpen();
    if (targetStatus != WorkflowStatus.SUBMITTED) {
      throw new BusinessException("indicator.workflow.notSubmitted", code);
    }
    String why = approve ? Checks.optionalText(comment, TEXT_LENGTH, "indicator.field.comment")
        : Checks.requireText(comment, TEXT_LENGTH, "indicator.field.comment");
    targetStatus = approve ? WorkflowStatus.APPROVED : WorkflowStatus.RETURNED;
    reviewComment = why;
  }

  /** A request to change an approved target during the year (指标调整申请); one may be pending at a time. */
  public TargetAdjustment requestAdjustment(BigDecimal newTarget, String newTargetText, String reason, String by,
      LocalDateTime at) {
    fiscalYear.requireOpen();
    if (targetStatus != WorkflowStatus.APPROVED) {
      throw new BusinessException("indicator.adjust.notApproved", code);
    }
    if (pendingAdjustment().isPresent()) {
      throw new BusinessException("indicator.adjust.pending", code);
    }
    BigDecimal t = number(newTarget, "indicator.field.target");
    String text = Checks.optionalText(newTargetText, 200, "indicator.field.targetText");
    checkTarget(kind, t, text);
    TargetAdjustment adjustment = new TargetAdjustment(this, target, kind.isQuantified() ? t : null,
        text, Checks.requireText(reason, TEXT_LENGTH, "indicator.field.adjustmentReason"), by, at);
    adjustments.add(adjustment);
    return adjustment;
  }

  void applyAdjustment(TargetAdjustment adjustment) {
    target = adjustment.newTarget();
    if (adjustment.newTargetText() != null) {
      targetText = adjustment.newTargetText();
    }
  }

  public Optional<TargetAdjustment> pendingAdjustment() {
    return adjustments.stream().filter(a -> a.status() == AdjustmentStatus.PENDING).findFirst();
  }

  /** In-year progress (进度值): allowed once the target is approved, until the actual is approved. */
  public void recordProgress(BigDecimal value) {
    fiscalYear.requireOpen();
    if (targetStatus != WorkflowStatus.APPROVED || actualStatus == WorkflowStatus.APPROVED) {
      throw new BusinessException("indicator.progress.notOpen", code);
    }
    progress = number(value, "indicator.field.progress");
  }

  /** What a division head enters after year end. */
  public record ActualEntry(
      BigDecimal actual, String actualText, QualitativeGrade grade, BigDecimal qualitativePercent,
      String deviationReason, String correctiveMeasure) {}

  public void enterActual(ActualEntry e) {
    fiscalYear.requireOpen();
    if (targetStatus != WorkflowStatus.APPROVED) {
      throw new BusinessException("indicator.actual.targetNotApproved", code);
    }
    if (!actualStatus.editableByDivision()) {
      throw new BusinessException("indicator.workflow.notEditable", code, "WorkflowStatus." + actualStatus.name());
    }
    BigDecimal value = number(e.actual(), "indicator.field.actual");
    // every check before any change
    if (kind == IndicatorKind.QUALITATIVE) {
      if (e.grade() != null && e.qualitativePercent() != null && !e.grade().allows(e.qualitativePercent())) {
        throw new BusinessException("indicator.qualitative.band", "QualitativeGrade." + e.grade().name(),
            e.grade().low().toPlainString(), e.grade().high().toPlainString());
      }
    } else if (value != null && value.signum() < 0 && !kind.isDirection()) {
      throw new BusinessException("indicator.actual.negative");
    }
    String text = Checks.optionalText(e.actualText(), 500, "indicator.field.actualText");
    String reason = Checks.optionalText(e.deviationReason(), TEXT_LENGTH, "indicator.field.deviationReason");
    String measure = Checks.optionalText(e.correctiveMeasure(), TEXT_LENGTH, "indicator.field.correctiveMeasure");
    if (kind == IndicatorKind.QUALITATIVE) {
      qualitativeGrade = e.grade();
      qualitativePercent = e.qualitativePercent();
    }
    actual = kind == IndicatorKind.QUALITATIVE ? null : value;
    actualText = text;
    deviationReason = reason;
    correctiveMeasure = measure;
  }

  /** Submits the actual; an actual that deviates (below 100%, above the threshold, wrong way) needs both texts. */
  public void submitActual(IndicatorScore score) {
    fiscalYear.requireOpen();
    if (!actualStatus.editableByDivision()) {
      throw new BusinessException("indicator.workflow.notEditable", code, "WorkflowStatus." + actualStatus.name());
    }
    if (score.missingActual()) {
      throw new BusinessException("indicator.actual.missing", code);
    }
    if (score.deviates() && (deviationReason == null || correctiveMeasure == null)) {
      throw new BusinessException("indicator.actual.reasonRequired", code);
    }
    actualStatus = WorkflowStatus.SUBMITTED;
  }

  public void reviewActual(boolean approve, String comment) {
    fiscalYear.requireOpen();
    if (actualStatus != WorkflowStatus.SUBMITTED) {
      throw new BusinessException("indicator.workflow.notSubmitted", code);
    }
    String why = approve ? Checks.optionalText(comment, TEXT_LENGTH, "indicator.field.comment")
        : Checks.requireText(comment, TEXT_LENGTH, "indicator.field.comment");
    actualStatus = approve ? WorkflowStatus.APPROVED : WorkflowStatus.RETURNED;
    reviewComment = why;
  }

  /** Where the indicator stands in its year's list. */
  public void placeAfter(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public IndicatorScoring.Figures figures() {
    return new IndicatorScoring.Figures(kind, target, targetText, weight, actual, qualitativeGrade, qualitativePercent);
  }

  private void requireTargetEditable() {
    if (fiscalYear != null) {
      fiscalYear.requireOpen();
    }
    if (!targetStatus.editableByDivision()) {
      throw new BusinessException("indicator.workflow.notEditable", code, "WorkflowStatus." + targetStatus.name());
    }
  }

  private static BigDecimal number(BigDecimal value, String fieldKey) {
    if (value != null && value.abs().compareTo(MAX_VALUE) > 0) {
      throw new BusinessException("validation.number.range", new Label(fieldKey));
    }
    if (value != null && value.stripTrailingZeros().scale() > 4) {
      throw new BusinessException("validation.number.decimals", new Label(fieldKey), 4);
    }
    return value;
  }

  public Long id() { return id; }
  public FiscalYear fiscalYear() { return fiscalYear; }
  public String code() { return code; }
  public String name() { return name; }
  public Optional<OverallGoal> goal() { return Optional.ofNullable(goal); }
  public Division division() { return division; }
  public Optional<SpecialFund> specialFund() { return Optional.ofNullable(specialFund); }
  public IndicatorSubcategory subcategory() { return subcategory; }
  public IndicatorCategory category() { return subcategory.category(); }
  public String unit() { return unit; }
  public IndicatorKind kind() { return kind; }
  public BigDecimal target() { return target; }
  public String targetText() { return targetText; }
  public BigDecimal weight() { return weight; }
  public BigDecimal baseline() { return baseline; }
  public BigDecimal progress() { return progress; }
  public BigDecimal actual() { return actual; }
  public String actualText() { return actualText; }
  public QualitativeGrade qualitativeGrade() { return qualitativeGrade; }
  public BigDecimal qualitativePercent() { return qualitativePercent; }
  public String deviationReason() { return deviationReason; }
  public String correctiveMeasure() { return correctiveMeasure; }
  public WorkflowStatus targetStatus() { return targetStatus; }
  public WorkflowStatus actualStatus() { return actualStatus; }
  public String reviewComment() { return reviewComment; }
  public int sortOrder() { return sortOrder; }
  public List<TargetAdjustment> adjustments() { return List.copyOf(adjustments); }
  public long version() { return version; }

  @Override
  public String auditDivision() {
    return division.code();
  }

  /** Target side, in-year figures and both workflows: what division heads and the leadership group change. */
  @Override
  public String auditState() {
    return new AuditState()
        .with("名称", name)
        .with("类型", kind)
        .with("目标", target == null ? targetText : target.stripTrailingZeros().toPlainString() + (unit == null ? "" : unit))
        .with("分值", weight)
        .with("基数", baseline)
        .with("进度", progress)
        .with("实际", actual)
        .with("实际描述", actualText)
        .with("定性等级", qualitativeGrade)
        .with("偏差原因", deviationReason)
        .with("整改措施", correctiveMeasure)
        .with("目标状态", targetStatus)
        .with("实际状态", actualStatus)
        .with("审核意见", reviewComment)
        .with("调整申请", pendingAdjustment().map(a -> a.newTarget() != null
            ? a.newTarget().stripTrailingZeros().toPlainString() : a.newTargetText()).orElse(null))
        .toString();
  }
}
