package org.jixiao.domain.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jixiao.domain.money.Money;

/** One change of a line's full-year budget (预算调整): old and new figure, why, who and when. */
@Entity
@Table(name = "budget_adjustment")
public class BudgetAdjustment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "budget_line_id")
  private BudgetLine line;

  @Column(name = "old_budget", nullable = false)
  private Money oldBudget;

  @Column(name = "new_budget", nullable = false)
  private Money newBudget;

  @Column(nullable = false, length = BudgetLine.REASON_LENGTH)
  private String reason;

  @Column(name = "adjusted_by", nullable = false, length = 100)
  private String adjustedBy;

  @Column(name = "adjusted_at", nullable = false)
  private LocalDateTime adjustedAt;

  protected BudgetAdjustment() {}

  BudgetAdjustment(
      BudgetLine line, Money oldBudget, Money newBudget, String reason, String adjustedBy, LocalDateTime at) {
    this.line = line;
    this.oldBudget = oldBudget;
    this.newBudget = newBudget;
    this.reason = reason;
    this.adjustedBy = adjustedBy;
    this.adjustedAt = at;
  }

  public Money oldBudget() {
    return oldBudget;
  }

  public Money newBudget() {
    return newBudget;
  }

  public String reason() {
    return reason;
  }

  public String adjustedBy() {
    return adjustedBy;
  }

  public LocalDateTime adjustedAt() {
    return adjustedAt;
  }
}
