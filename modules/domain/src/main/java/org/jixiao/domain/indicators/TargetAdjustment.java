package org.jixiao.domain.indicators;

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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Checks;

/** A request to change an approved target during the year, and the leadership group's decision. */
@Entity
@Table(name = "target_adjustment")
public class TargetAdjustment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  @Column(name = "old_target", precision = 18, scale = 4)
  private BigDecimal oldTarget;

  @Column(name = "new_target", precision = 18, scale = 4)
  private BigDecimal newTarget;

  @Column(name = "new_target_text", length = 200)
  private String newTargetText;

  @Column(nullable = false, length = Indicator.TEXT_LENGTH)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AdjustmentStatus status = AdjustmentStatus.PENDING;

  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private LocalDateTime requestedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decision_comment", length = Indicator.TEXT_LENGTH)
  private String decisionComment;

  protected TargetAdjustment() {}

  TargetAdjustment(Indicator indicator, BigDecimal oldTarget, BigDecimal newTarget, String newTargetText,
      String reason, String by, LocalDateTime at) {
    this.indicator = indicator;
    this.oldTarget = oldTarget;
    this.newTarget = newTarget;
    this.newTargetText = newTargetText;
    this.reason = reason;
    this.requestedBy = by;
    this.requestedAt = at;
  }

  /** The leadership group's decision; an approved request changes the indicator's target. */
  public void decide(boolean approve, String comment, String by, LocalDateTime at) {
    indicator.fiscalYear().requireOpen();
    if (status != AdjustmentStatus.PENDING) {
      throw new BusinessException("indicator.adjust.decided", indicator.code());
    }
    String why = approve ? Checks.optionalText(comment, Indicator.TEXT_LENGTH, "indicator.field.comment")
        : Checks.requireText(comment, Indicator.TEXT_LENGTH, "indicator.field.comment");
    status = approve ? AdjustmentStatus.APPROVED : AdjustmentStatus.RETURNED;
    decidedBy = by;
    decidedAt = at;
    decisionComment = why;
    if (approve) {
      indicator.applyAdjustment(this);
    }
  }

  public Long id() { return id; }
  public Indicator indicator() { return indicator; }
  public BigDecimal oldTarget() { return oldTarget; }
  public BigDecimal newTarget() { return newTarget; }
  public String newTargetText() { return newTargetText; }
  public String reason() { return reason; }
  public AdjustmentStatus status() { return status; }
  public String requestedBy() { return requestedBy; }
  public LocalDateTime requestedAt() { return requestedAt; }
  public String decidedBy() { return decidedBy; }
  public LocalDateTime decidedAt() { return decidedAt; }
  public String decisionComment() { return decisionComment; }
}
