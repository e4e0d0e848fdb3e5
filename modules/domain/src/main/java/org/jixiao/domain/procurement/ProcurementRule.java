package org.jixiao.domain.procurement;

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
import java.util.Map;
import java.util.Objects;
import org.jixiao.domain.year.FiscalYear;

/**
 * One version of a year's procurement rule. Versions are only ever added, so the rule a score was computed with
 * can always be shown; the highest version is in force.
 */
@Entity
@Table(name = "procurement_rule")
@NamedQuery(
    name = ProcurementRule.OF_YEAR,
    query = "SELECT r FROM ProcurementRule r WHERE r.fiscalYear.id = :yearId ORDER BY r.ruleVersion DESC")
public class ProcurementRule {

  public static final String OF_YEAR = "ProcurementRule.ofYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Column(name = "rule_version", nullable = false)
  private int ruleVersion;

  @Column(name = "intention_days_after_approval", nullable = false)
  private int intentionDaysAfterApproval;

  @Column(name = "intention_days_before_start", nullable = false)
  private int intentionDaysBeforeStart;

  @Column(name = "sign_days_after_award", nullable = false)
  private int signDaysAfterAward;

  @Column(name = "announce_working_days", nullable = false)
  private int announceWorkingDays;

  @Column(name = "file_working_days", nullable = false)
  private int fileWorkingDays;

  @Column(name = "points_intention_after_approval", nullable = false)
  private BigDecimal pointsIntentionAfterApproval;

  @Column(name = "points_intention_before_start", nullable = false)
  private BigDecimal pointsIntentionBeforeStart;

  @Column(name = "points_contract_signed", nullable = false)
  private BigDecimal pointsContractSigned;

  @Column(name = "points_contract_announced", nullable = false)
  private BigDecimal pointsContractAnnounced;

  @Column(name = "points_contract_filed", nullable = false)
  private BigDecimal pointsContractFiled;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected ProcurementRule() {}

  /** The next version of a year's rule, with settings already checked by {@link ProcurementSettings}. */
  public ProcurementRule(FiscalYear year, int ruleVersion, ProcurementSettings s, String by, LocalDateTime at) {
    Objects.requireNonNull(year, "year").requireOpen();
    this.fiscalYear = year;
    this.ruleVersion = ruleVersion;
    ProcurementDeadlines.Lengths l = s.lengths();
    this.intentionDaysAfterApproval = l.intentionDaysAfterApproval();
    this.intentionDaysBeforeStart = l.intentionDaysBeforeStart();
    this.signDaysAfterAward = l.signDaysAfterAward();
    this.announceWorkingDays = l.announceWorkingDays();
    this.fileWorkingDays = l.fileWorkingDays();
    Map<ProcurementRequirement, BigDecimal> p = s.points().byRequirement();
    this.pointsIntentionAfterApproval = p.get(ProcurementRequirement.INTENTION_AFTER_APPROVAL);
    this.pointsIntentionBeforeStart = p.get(ProcurementRequirement.INTENTION_BEFORE_START);
    this.pointsContractSigned = p.get(ProcurementRequirement.CONTRACT_SIGNED);
    this.pointsContractAnnounced = p.get(ProcurementRequirement.CONTRACT_ANNOUNCED);
    this.pointsContractFiled = p.get(ProcurementRequirement.CONTRACT_FILED);
    this.createdBy = Objects.requireNonNull(by, "by");
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  public ProcurementSettings settings() {
    return new ProcurementSettings(
        new ProcurementDeadlines.Lengths(intentionDaysAfterApproval, intentionDaysBeforeStart, signDaysAfterAward,
            announceWorkingDays, fileWorkingDays),
        new ProcurementScoring.Points(Map.of(
            ProcurementRequirement.INTENTION_AFTER_APPROVAL, pointsIntentionAfterApproval,
            ProcurementRequirement.INTENTION_BEFORE_START, pointsIntentionBeforeStart,
            ProcurementRequirement.CONTRACT_SIGNED, pointsContractSigned,
            ProcurementRequirement.CONTRACT_ANNOUNCED, pointsContractAnnounced,
            ProcurementRequirement.CONTRACT_FILED, pointsContractFiled)));
  }

  public int ruleVersion() { return ruleVersion; }
  public String createdBy() { return createdBy; }
  public LocalDateTime createdAt() { return createdAt; }
}
