package org.jixiao.domain.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.money.MoneyConverter;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.domain.year.YearOpeningContext.Shortfall;

/**
 * A flagged suggestion for next year's budget (预算安排建议, 结果应用): a line of the closing year that spent too
 * little of its budget, or whose special fund's indicators fell short, with the figures and the reasons, for
 * finance and the leadership group when they draw up the new year's budget. Written once, at the opening.
 */
@Entity
@Table(name = "budget_suggestion")
@NamedQuery(
    name = BudgetSuggestion.OF_YEAR,
    query = "SELECT s FROM BudgetSuggestion s JOIN FETCH s.division WHERE s.fiscalYear.id = :yearId"
        + " ORDER BY s.lineCode")
public class BudgetSuggestion {

  public static final String OF_YEAR = "BudgetSuggestion.ofYear";
  private static final int SHORTFALLS_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The new year whose budget the suggestion is for. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Column(name = "source_year", nullable = false)
  private int sourceYear;

  @Column(name = "line_code", nullable = false, length = 40)
  private String lineCode;

  @Column(name = "line_name", nullable = false, length = 200)
  private String lineName;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "division_id")
  private Division division;

  @Column(name = "fund_code", length = 40)
  private String fundCode;

  @Convert(converter = MoneyConverter.class)
  @Column(name = "full_year_budget", nullable = false, precision = 14, scale = 2)
  private Money budget;

  @Convert(converter = MoneyConverter.class)
  @Column(nullable = false, precision = 14, scale = 2)
  private Money executed;

  @Column(name = "execution_rate", precision = 7, scale = 2)
  private BigDecimal executionRate;

  @Convert(converter = MoneyConverter.class)
  @Column(name = "carry_over", nullable = false, precision = 14, scale = 2)
  private Money carryOver;

  @Column(name = "carry_over_reason", length = 500)
  private String carryOverReason;

  /** The line's warning at the year end by its year's rule; null when its execution was not low. */
  @Enumerated(EnumType.STRING)
  @Column(name = "execution_warning", length = 10)
  private PaceWarning executionWarning;

  /** The fund's indicators that fell short, "code name completion%" joined by "；"; null when none. */
  @Column(name = "shortfalls", length = SHORTFALLS_LENGTH)
  private String shortfalls;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected BudgetSuggestion() {}

  private BudgetSuggestion(FiscalYear next, BudgetLine line, BudgetSuggestionRule.Finding finding, String by,
      LocalDateTime at) {
    this.fiscalYear = Objects.requireNonNull(next, "next");
    this.sourceYear = line.fiscalYear().yearNumber();
    this.lineCode = line.code();
    this.lineName = line.name();
    this.division = line.division();
    this.fundCode = line.specialFund().map(SpecialFund::code).orElse(null);
    this.budget = finding.budget();
    this.executed = finding.executed();
    this.executionRate = finding.rate() == null ? null : finding.rate().percent();
    this.carryOver = line.carryOverAmount();
    this.carryOverReason = line.carryOverReason().orElse(null);
    this.executionWarning = finding.lowExecution() ? finding.warning() : null;
    String joined = String.join("；", finding.shortfalls().stream()
        .map(s -> s.indicatorCode() + " " + s.name() + " " + s.result()).toList());
    this.shortfalls = joined.isEmpty() ? null
        : joined.length() > SHORTFALLS_LENGTH ? joined.substring(0, SHORTFALLS_LENGTH - 1) + "…" : joined;
    this.createdBy = Objects.requireNonNull(by, "by");
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  /** The suggestion for a line the rule flagged, for the year after the line's. */
  public static BudgetSuggestion flag(FiscalYear next, BudgetLine line, BudgetSuggestionRule.Finding finding,
      String by, LocalDateTime at) {
    if (!finding.flagged()) {
      throw new IllegalArgumentException("Line " + line.code() + " is not flagged");
    }
    next.requireOpen();
    return new BudgetSuggestion(next, line, finding, by, at);
  }

  public Long id() { return id; }
  public FiscalYear fiscalYear() { return fiscalYear; }
  public int sourceYear() { return sourceYear; }
  public String lineCode() { return lineCode; }
  public String lineName() { return lineName; }
  public Division division() { return division; }
  public String fundCode() { return fundCode; }
  public Money budget() { return budget; }
  public Money executed() { return executed; }
  public BigDecimal executionRate() { return executionRate; }
  public Money carryOver() { return carryOver; }
  public String carryOverReason() { return carryOverReason; }
  public PaceWarning executionWarning() { return executionWarning; }
  public boolean lowExecution() { return executionWarning != null; }
  public List<String> shortfalls() { return shortfalls == null ? List.of() : List.of(shortfalls.split("；")); }
  public String createdBy() { return createdBy; }
  public LocalDateTime createdAt() { return createdAt; }
}
