package org.jixiao.domain.procurement;

import org.jixiao.domain.audit.AuditState;
import org.jixiao.domain.audit.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Checks;
import org.jixiao.domain.Label;
import org.jixiao.domain.budget.BudgetLine;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.year.FiscalYear;

/**
 * A government procurement (政府采购项目) of a year with its dated events; its deadlines are computed, never
 * stored. Every rule about what may be recorded lives here: all checks run before anything changes.
 */
@Entity
@Table(name = "procurement_project")
@NamedQuery(
    name = ProcurementProject.OF_YEAR,
    query = "SELECT p FROM ProcurementProject p JOIN FETCH p.division LEFT JOIN FETCH p.budgetLine"
        + " WHERE p.fiscalYear.id = :yearId ORDER BY p.code")
@NamedQuery(
    name = ProcurementProject.BY_CODE,
    query = "SELECT p FROM ProcurementProject p WHERE p.fiscalYear.id = :yearId AND p.code = :code")
public class ProcurementProject implements Audited {

  public static final String OF_YEAR = "ProcurementProject.ofYear";
  public static final String BY_CODE = "ProcurementProject.byCode";
  public static final int CODE_LENGTH = 40;
  public static final int NAME_LENGTH = 200;
  public static final int REASON_LENGTH = 500;

  /** What a division head records; any event date may still be missing. */
  public record Details(String name, BudgetLine budgetLine, Money amount, ProcurementMethod method,
      LocalDate intentionPublished, LocalDate procurementStarted, LocalDate awardNotice, LocalDate contractSigned,
      LocalDate contractAnnounced, LocalDate contractFiled) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Column(nullable = false, length = CODE_LENGTH)
  private String code;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "division_id")
  private Division division;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "budget_line_id")
  private BudgetLine budgetLine;

  @Column(nullable = false)
  private Money amount;

  @Convert(converter = ProcurementMethodConverter.class)
  @Column(nullable = false, length = 30)
  private ProcurementMethod method;

  @Column(name = "intention_published")
  private LocalDate intentionPublished;

  @Column(name = "procurement_started")
  private LocalDate procurementStarted;

  @Column(name = "award_notice")
  private LocalDate awardNotice;

  @Column(name = "contract_signed")
  private LocalDate contractSigned;

  @Column(name = "contract_announced")
  private LocalDate contractAnnounced;

  @Column(name = "contract_filed")
  private LocalDate contractFiled;

  /** By how much the amount exceeded the line's available budget when saved; null when it did not. */
  @Column(name = "over_budget_excess")
  private Money overBudgetExcess;

  @Column(name = "over_budget_reason", length = REASON_LENGTH)
  private String overBudgetReason;

  @Column(name = "over_budget_approved_by", length = 100)
  private String overBudgetApprovedBy;

  @Column(name = "over_budget_approved_at")
  private LocalDateTime overBudgetApprovedAt;

  @Version private long version;

  protected ProcurementProject() {}

  /** A new record of {@code division}; {@code today} bounds the event dates (nothing is recorded ahead). */
  public ProcurementProject(FiscalYear year, Division division, String code, Details details, LocalDate today) {
    Objects.requireNonNull(year, "year").requireOpen();
    this.fiscalYear = year;
    this.division = Objects.requireNonNull(division, "division");
    this.code = Checks.requireText(code, CODE_LENGTH, "procurement.field.code");
    apply(details, today);
  }

  /** New details; the over-budget flag is decided again by the caller after this. */
  public void revise(Details details, LocalDate today) {
    fiscalYear.requireOpen();
    apply(details, today);
  }

  private void apply(Details d, LocalDate today) {
    if (d == null) {
      throw new BusinessException("validation.required", new Label("procurement.field.name"));
    }
    String checkedName = Checks.requireText(d.name(), NAME_LENGTH, "procurement.field.name");
    Money checkedAmount = Checks.requireNotNegative(d.amount(), "procurement.field.amount");
    if (d.method() == null) {
      throw new BusinessException("validation.required", new Label("procurement.field.method"));
    }
    if (d.budgetLine() != null && d.budgetLine().fiscalYear() != fiscalYear
        && !Objects.equals(d.budgetLine().fiscalYear().id(), fiscalYear.id())) {
      throw new BusinessException("procurement.line.otherYear", d.budgetLine().code());
    }
    int year = fiscalYear.yearNumber();
    inYear(d.intentionPublished(), "procurement.field.intentionPublished", year, year, today);
    inYear(d.procurementStarted(), "procurement.field.procurementStarted", year, year, today);
    inYear(d.awardNotice(), "procurement.field.awardNotice", year, year, today);
    inYear(d.contractSigned(), "procurement.field.contractSigned", year, year, today);
    // announcing and filing may fall after the year end: a contract signed on 29 December is filed in January
    inYear(d.contractAnnounced(), "procurement.field.contractAnnounced", year, year + 1, today);
    inYear(d.contractFiled(), "procurement.field.contractFiled", year, year + 1, today);
    needs(d.contractSigned(), "procurement.field.contractSigned", d.awardNotice(), "procurement.field.awardNotice");
    needs(d.contractAnnounced(), "procurement.field.contractAnnounced", d.contractSigned(),
        "procurement.field.contractSigned");
    needs(d.contractFiled(), "procurement.field.contractFiled", d.contractSigned(), "procurement.field.contractSigned");
    notBefore(d.awardNotice(), "procurement.field.awardNotice", d.procurementStarted(),
        "procurement.field.procurementStarted");
    notBefore(d.contractSigned(), "procurement.field.contractSigned", d.awardNotice(), "procurement.field.awardNotice");
    notBefore(d.contractAnnounced(), "procurement.field.contractAnnounced", d.contractSigned(),
        "procurement.field.contractSigned");
    notBefore(d.contractFiled(), "procurement.field.contractFiled", d.contractSigned(),
        "procurement.field.contractSigned");
    this.name = checkedName;
    this.amount = checkedAmount;
    this.method = d.method();
    this.budgetLine = d.budgetLine();
    this.intentionPublished = d.intentionPublished();
    this.procurementStarted = d.procurementStarted();
    this.awardNotice = d.awardNotice();
    this.contractSigned = d.contractSigned();
    this.contractAnnounced = d.contractAnnounced();
    this.contractFiled = d.contractFiled();
  }

  private static void inYear(LocalDate date, String field, int firstYear, int lastYear, LocalDate today) {
    if (date == null) {
      return;
    }
    if (date.getYear() < firstYear || date.getYear() > lastYear) {
      throw new BusinessException("procurement.date.outsideYear", new Label(field), date.toString(), firstYear,
          lastYear);
    }
    if (today != null && date.isAfter(today)) {
      throw new BusinessException("procurement.date.future", new Label(field), date.toString());
    }
  }

  private static void needs(LocalDate date, String field, LocalDate earlier, String earlierField) {
    if (date != null && earlier == null) {
      throw new BusinessException("procurement.date.needs", new Label(field), new Label(earlierField));
    }
  }

  private static void notBefore(LocalDate date, String field, LocalDate earlier, String earlierField) {
    if (date != null && earlier != null && date.isBefore(earlier)) {
      throw new BusinessException("procurement.date.order", new Label(field), date.toString(), new Label(earlierField),
          earlier.toString());
    }
  }

  /**
   * Flags the record when its amount exceeds what the line had available ({@code excess} &gt; 0); a flag is
   * cleared when the amount fits again. A changed excess needs the leadership group's approval again.
   */
  public void judgeBudget(Money excess) {
    if (excess == null || !excess.isPositive()) {
      overBudgetExcess = null;
      clearApproval();
    } else if (overBudgetExcess == null || overBudgetExcess.compareTo(excess) != 0) {
      overBudgetExcess = excess;
      clearApproval();
    }
  }

  private void clearApproval() {
    overBudgetReason = null;
    overBudgetApprovedBy = null;
    overBudgetApprovedAt = null;
  }

  /** The leadership group accepts the excess, with a reason. */
  public void approveOverBudget(String reason, String by, LocalDateTime at) {
    fiscalYear.requireOpen();
    if (overBudgetExcess == null) {
      throw new BusinessException("procurement.overBudget.notFlagged", code);
    }
    this.overBudgetReason = Checks.requireText(reason, REASON_LENGTH, "procurement.field.overBudgetReason");
    this.overBudgetApprovedBy = Objects.requireNonNull(by, "by");
    this.overBudgetApprovedAt = Objects.requireNonNull(at, "at");
  }

  /** The events the deadlines count from and to, with the year's budget approval date. */
  public ProcurementDeadlines.Events events(LocalDate budgetApproved) {
    return new ProcurementDeadlines.Events(budgetApproved, intentionPublished, procurementStarted, awardNotice,
        contractSigned, contractAnnounced, contractFiled);
  }

  public Details details() {
    return new Details(name, budgetLine, amount, method, intentionPublished, procurementStarted, awardNotice,
        contractSigned, contractAnnounced, contractFiled);
  }

  public Long id() { return id; }
  public FiscalYear fiscalYear() { return fiscalYear; }
  public String code() { return code; }
  public String name() { return name; }
  public Division division() { return division; }
  public Optional<BudgetLine> budgetLine() { return Optional.ofNullable(budgetLine); }
  public Money amount() { return amount; }
  public ProcurementMethod method() { return method; }
  public LocalDate contractSigned() { return contractSigned; }
  public Optional<Money> overBudgetExcess() { return Optional.ofNullable(overBudgetExcess); }
  public Optional<String> overBudgetReason() { return Optional.ofNullable(overBudgetReason); }
  public Optional<String> overBudgetApprovedBy() { return Optional.ofNullable(overBudgetApprovedBy); }
  public Optional<LocalDateTime> overBudgetApprovedAt() { return Optional.ofNullable(overBudgetApprovedAt); }
  public long version() { return version; }

  /** Flagged over budget and not (yet) accepted by the leadership group. */
  public boolean isOverBudgetUnapproved() {
    return overBudgetExcess != null && overBudgetApprovedBy == null;
  }

  @Override
  public String auditDivision() {
    return division.code();
  }

  /** The record's fields, dates and over-budget approval. */
  @Override
  public String auditState() {
    return new AuditState()
        .with("名称", name)
        .with("预算项目", budgetLine == null ? null : budgetLine.code())
        .with("金额", amount)
        .with("方式", method)
        .with("意向公开", intentionPublished)
        .with("启动采购", procurementStarted)
        .with("中标通知", awardNotice)
        .with("合同签订", contractSigned)
        .with("合同公告", contractAnnounced)
        .with("合同备案", contractFiled)
        .with("超预算", overBudgetExcess)
        .with("超预算理由", overBudgetReason)
        .with("同意人", overBudgetApprovedBy)
        .toString();
  }
}
