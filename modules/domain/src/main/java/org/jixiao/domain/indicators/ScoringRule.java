package org.jixiao.domain.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.jixiao.domain.year.FiscalYear;

/** One version of a year's scoring settings; changes add versions, the newest applies (规则版本). */
@Entity
@Table(name = "scoring_rule")
@NamedQuery(
    name = ScoringRule.OF_YEAR,
    query = "SELECT r FROM ScoringRule r WHERE r.fiscalYear.id = :yearId ORDER BY r.ruleVersion DESC")
public class ScoringRule {

  public static final String OF_YEAR = "ScoringRule.ofYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Column(name = "rule_version", nullable = false)
  private int ruleVersion;

  @Column(name = "overshoot_threshold", nullable = false, precision = 7, scale = 2)
  private BigDecimal overshootThreshold;

  @Column(name = "overshoot_factor", nullable = false, precision = 5, scale = 4)
  private BigDecimal overshootFactor;

  @Column(name = "score_scale", nullable = false)
  private int scale;

  @Column(name = "output_points", nullable = false, precision = 6, scale = 2)
  private BigDecimal outputPoints;

  @Column(name = "benefit_points", nullable = false, precision = 6, scale = 2)
  private BigDecimal benefitPoints;

  @Column(name = "special_fund_points", nullable = false, precision = 6, scale = 2)
  private BigDecimal specialFundPoints;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected ScoringRule() {}

  /** The next version of a year's rule, with settings already checked by {@link ScoringSettings}. */
  public ScoringRule(FiscalYear year, int ruleVersion, ScoringSettings s, String by, LocalDateTime at) {
    year.requireOpen();
    this.fiscalYear = year;
    this.ruleVersion = ruleVersion;
    this.overshootThreshold = s.overshootThreshold();
    this.overshootFactor = s.overshootFactor();
    this.scale = s.scale();
    this.outputPoints = s.outputPoints();
    this.benefitPoints = s.benefitPoints();
    this.specialFundPoints = s.specialFundPoints();
    this.createdBy = by;
    this.createdAt = at;
  }

  public ScoringSettings settings() {
    return new ScoringSettings(overshootThreshold, overshootFactor, scale, outputPoints, benefitPoints,
        specialFundPoints);
  }

  public int ruleVersion() { return ruleVersion; }
  public String createdBy() { return createdBy; }
  public LocalDateTime createdAt() { return createdAt; }
}
