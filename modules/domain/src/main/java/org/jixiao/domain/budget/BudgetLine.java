package org.jixiao.domain.budget;

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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Checks;
import org.jixiao.domain.Label;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.year.FiscalYear;

/**
 * A line of a year's budget (预算项目): what it pays for, who owns it, its initial and adjusted budget, its
 * monthly execution and what was carried over. The rules of changing it live here, so every page, the API and
 * the import apply the same ones.
 */
@Entity
@Table(name = "budget_line")
@NamedQuery(
    name = BudgetLine.OF_YEAR,
    query =
        "SELECT l FROM BudgetLine l JOIN FETCH l.division LEFT JOIN FETCH l.specialFund"
            + " WHERE l.fiscalYear.id = :yearId ORDER BY l.code")
@NamedQuery(
    name = BudgetLine.BY_CODE,
    query = "SELECT l FROM BudgetLine l WHERE l.fiscalYear.id = :yearId AND l.code = :code")
public class BudgetLine implements Audited {

  public static final String OF_YEAR = "BudgetLine.ofYear";
  public static final String BY_CODE = "BudgetLine.byCode";
  public static final int CODE_LENGTH = 40;
  public static final int NAME_LENGTH = 200;
  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "division_id")
  private Division division;

  @Column(nullable = false, length = CODE_LENGTH)
  private String code;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private BudgetCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "budget_level", length = 30)
  private BudgetLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "special_fund_id")
  private SpecialFund specialFund;

  @Column(name = "initial_budget", nullable = false)
  private Money initialBudget;

  @Column(name = "full_year_budget", nullable = false)
  private Money fullYearBudget;

  @Column(name = "carry_over", nullable = false)
  private Money carryOver = Money.ZERO;

  @Column(name = "carry_over_reason", length = REASON_LENGTH)
  private String carryOverReason;

  @Column(name = "overspend_reason", length = REASON_LENGTH)
  private String overspendReason;

  @OneToMany(mappedBy = "line", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("monthNumber")
  private List<MonthlyExecution> executions = new ArrayList<>();

  @OneToMany(mappedBy = "line", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("monthNumber")
  private List<MonthlyPlan> plan = new ArrayList<>();

  @OneToMany(mappedBy = "line", cascade = CascadeType.ALL)
  @OrderBy("adjustedAt")
  private List<BudgetAdjustment> adjustments = new ArrayList<>();

  @OneToMany(mappedBy = "line")
  @OrderBy("createdAt")
  private List<BudgetCommitment> commitments = new ArrayList<>();

  @Version private long version;

  protected BudgetLine() {}

  /** A new line; its full-year budget starts as the initial budget (年初预算数). */
  public BudgetLine(
      FiscalYear fiscalYear,
      Division division,
      String code,
      String name,
      BudgetCategory category,
      BudgetLevel level,
      SpecialFund specialFund,
      Money initialBudget) {
    Objects.requireNonNull(fiscalYear, "fiscalYear").requireOpen();
    this.fiscalYear = fiscalYear;
    this.division = Objects.requireNonNull(division, "division");
    this.code = Checks.requireText(code, CODE_LENGTH, "budget.field.code");
    this.name = Checks.requireText(name, NAME_LENGTH, "budget.field.name");
    if (category == null) {
      throw new BusinessException("validation.required", new Label("budget.field.category"));
    }
    if (category.hasLevel() != (level != null)) {
      throw new BusinessException(category.hasLevel() ? "budget.line.levelRequired" : "budget.line.levelNotAllowed");
    }
    if (category.needsFund() != (specialFund != null)) {
      throw new BusinessException(category.needsFund() ? "budget.line.fundRequired" : "budget.line.fundNotAllowed");
    }
    if (specialFund != null && !specialFund.fiscalYear().id().equals(fiscalYear.id())) {
      throw new BusinessException("budget.line.fundOfOtherYear", specialFund.name());
    }
    this.category = category;
    this.level = level;
    this.specialFund = specialFund;
    this.initialBudget = Checks.requireNotNegative(initialBudget, "budget.field.initialBudget");
    this.fullYearBudget = initialBudget;
  }

  /** Changes the full-year budget (预算调整), keeping the old and new figure and the reason in the history. */
  public BudgetAdjustment adjustBudget(Money newBudget, String reason, String adjustedBy, LocalDateTime at) {
    fiscalYear.requireOpen();
    Checks.requireNotNegative(newBudget, "budget.field.fullYearBudget");
    String why = Checks.requireText(reason, REASON_LENGTH, "budget.field.adjustmentReason");
    if (newBudget.equals(fullYearBudget)) {
      throw new BusinessException("budget.adjust.unchanged", newBudget);
    }
    Money executed = executed();
    // below what is carried over and spent: never; below what is spent: only for a line already overspent
    boolean belowCommitted = carryOver.isPositive() && newBudget.compareTo(executed.plus(carryOver)) < 0;
    if (belowCommitted || (newBudget.compareTo(executed) < 0 && overspendReason == null)) {
      throw new BusinessException("budget.adjust.belowExecuted", executed.plus(carryOver));
    }
    BudgetAdjustment adjustment = new BudgetAdjustment(this, fullYearBudget, newBudget, why, adjustedBy, at);
    adjustments.add(adjustment);
    fullYearBudget = newBudget;
    return adjustment;
  }

  /**
   * Records what was paid in a month (执行数), replacing that month's earlier figure. Paying more than the
   * budget needs a reason; what was carried over cannot be spent as well.
   */
  public MonthlyExecution recordExecution(
      int month, Money amount, String reasonForOverspend, String recordedBy, LocalDateTime at) {
    fiscalYear.requireOpen();
    Checks.requireMonth(month);
    Checks.requireNotNegative(amount, "budget.field.executedAmount");
    String reason = Checks.optionalText(reasonForOverspend, REASON_LENGTH, "budget.field.overspendReason");
    Optional<MonthlyExecution> existing = executionIn(month);
    Money before = existing.map(MonthlyExecution::amount).orElse(Money.ZERO);
    Money after = executed().minus(before).plus(amount);
    // every check before any change: a refused call leaves the line as it was
    boolean overspent = after.compareTo(fullYearBudget) > 0;
    String reasonAfter = overspent ? (reason != null ? reason : overspendReason) : null;
    if (overspent && reasonAfter == null) {
      throw new BusinessException("budget.execution.overspendNeedsReason", after, fullYearBudget);
    }
    if (carryOver.isPositive() && after.plus(carryOver).compareTo(fullYearBudget) > 0) {
      throw new BusinessException("budget.execution.carriedOver", carryOver);
    }
    overspendReason = reasonAfter;
    MonthlyExecution record =
        existing.orElseGet(
            () -> {
              MonthlyExecution created = new MonthlyExecution(this, month);
              executions.add(created);
              return created;
            });
    record.record(amount, recordedBy, at);
    return record;
  }

  /** Carries unspent budget into next year (结转), with the reason; at most what is left unspent. */
  public void carryOver(Money amount, String reason) {
    fiscalYear.requireOpen();
    Checks.requireNotNegative(amount, "budget.field.carryOver");
    String why = Checks.optionalText(reason, REASON_LENGTH, "budget.field.carryOverReason");
    Money unspent = fullYearBudget.minus(executed());
    if (amount.isPositive() && amount.compareTo(unspent) > 0) {
      throw new BusinessException("budget.carryOver.moreThanUnspent", amount, unspent);
    }
    if (amount.isPositive() && why == null) {
      throw new BusinessException("validation.required", new Label("budget.field.carryOverReason"));
    }
    carryOver = amount;
    carryOverReason = amount.isPositive() ? why : null;
  }

  /** A monthly plan (用款计划) for the pace; it must spend exactly the full-year budget. */
  public void planMonths(List<Money> monthlyAmounts) {
    fiscalYear.requireOpen();
    if (monthlyAmounts.size() != 12) {
      throw new BusinessException("budget.plan.twelveMonths");
    }
    Money total = Money.ZERO;
    for (Money amount : monthlyAmounts) {
      total = total.plus(Checks.requireNotNegative(amount, "budget.field.plannedAmount"));
    }
    if (!total.equals(fullYearBudget)) {
      throw new BusinessException("budget.plan.mustMatchBudget", total, fullYearBudget);
    }
    plan.clear();
    for (int month = 1; month <= 12; month++) {
      if (monthlyAmounts.get(month - 1).isPositive()) {
        plan.add(new MonthlyPlan(this, month, monthlyAmounts.get(month - 1)));
      }
    }
  }

  public Money executed() {
    return executions.stream().map(MonthlyExecution::amount).reduce(Money.ZERO, Money::plus);
  }

  /**
   * What is left to spend or promise: the full-year budget less what is executed, carried over and committed —
   * except the commitment {@code exceptReference}, which the caller is deciding anew (null: none).
   */
  public Money available(String exceptReference) {
    Money committed = commitments.stream()
        .filter(c -> !c.reference().equals(exceptReference))
        .map(BudgetCommitment::unpaid)
        .reduce(Money.ZERO, Money::plus);
    return fullYearBudget.minus(executed()).minus(carryOver).minus(committed);
  }

  public Optional<BudgetCommitment> commitment(String reference) {
    return commitments.stream().filter(c -> c.reference().equals(reference)).findFirst();
  }

  /** Takes back a commitment whose record was withdrawn; the caller removes it. Empty when there is none. */
  public Optional<BudgetCommitment> withdrawCommitment(String reference) {
    fiscalYear.requireOpen();
    Optional<BudgetCommitment> c = commitment(reference);
    c.ifPresent(commitments::remove);
    return c;
  }

  /** Records a new commitment (e.g. a contract just signed); the caller persists it. */
  public BudgetCommitment commit(String reference, String description, Money unpaid, LocalDateTime at) {
    if (commitment(reference).isPresent()) {
      throw new BusinessException("budget.commitment.duplicate", reference, code);
    }
    BudgetCommitment c = new BudgetCommitment(this, reference, description, unpaid, at);
    commitments.add(c);
    return c;
  }

  public Optional<MonthlyExecution> executionIn(int month) {
    return executions.stream().filter(e -> e.month() == month).findFirst();
  }

  public Long id() {
    return id;
  }

  public FiscalYear fiscalYear() {
    return fiscalYear;
  }

  public Division division() {
    return division;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public BudgetCategory category() {
    return category;
  }

  public Optional<BudgetLevel> level() {
    return Optional.ofNullable(level);
  }

  public Optional<SpecialFund> specialFund() {
    return Optional.ofNullable(specialFund);
  }

  public Money initialBudget() {
    return initialBudget;
  }

  public Money fullYearBudget() {
    return fullYearBudget;
  }

  public Money carryOverAmount() {
    return carryOver;
  }

  public Optional<String> carryOverReason() {
    return Optional.ofNullable(carryOverReason);
  }

  public Optional<String> overspendReason() {
    return Optional.ofNullable(overspendReason);
  }

  public List<MonthlyExecution> executions() {
    return List.copyOf(executions);
  }

  public List<MonthlyPlan> plan() {
    return List.copyOf(plan);
  }

  public List<BudgetAdjustment> adjustments() {
    return List.copyOf(adjustments);
  }

  public List<BudgetCommitment> commitments() {
    return List.copyOf(commitments);
  }

  public long version() {
    return version;
  }

  @Override
  public String auditDivision() {
    return division.code();
  }

  /** Budgets, execution by month, plan, carry-over and reasons: what finance changes. */
  @Override
  public String auditState() {
    return new AuditState()
        .with("名称", name)
        .with("年初预算", initialBudget)
        .with("全年预算", fullYearBudget)
        .with("执行", executions.stream().map(e -> e.month() + "月:" + e.amount())
            .collect(java.util.stream.Collectors.joining(",")))
        .with("用款计划", plan.stream().map(p -> p.month() + "月:" + p.amount())
            .collect(java.util.stream.Collectors.joining(",")))
        .with("结转", carryOver.isZero() ? null : carryOver)
        .with("结转原因", carryOverReason)
        .with("超预算原因", overspendReason)
        .toString();
  }
}
