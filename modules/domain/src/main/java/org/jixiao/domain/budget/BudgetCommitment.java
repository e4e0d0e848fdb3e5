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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jixiao.domain.Checks;
import org.jixiao.domain.money.Money;

/**
 * Money promised but not yet paid (已签合同未支付), e.g. a signed procurement contract. The procurement module
 * writes it and lowers it as payments are recorded as execution, so no amount is counted twice.
 */
@Entity
@Table(name = "budget_commitment")
public class BudgetCommitment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "budget_line_id")
  private BudgetLine line;

  @Column(nullable = false, length = 100)
  private String reference;

  @Column(nullable = false, length = 300)
  private String description;

  /** What is still unpaid of the commitment. */
  @Column(nullable = false)
  private Money amount;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected BudgetCommitment() {}

  public BudgetCommitment(BudgetLine line, String reference, String description, Money unpaid, LocalDateTime at) {
    Objects.requireNonNull(line, "line").fiscalYear().requireOpen();
    this.line = line;
    this.reference = Checks.requireText(reference, 100, "budget.field.commitmentReference");
    this.description = Checks.requireText(description, 300, "budget.field.commitmentDescription");
    this.amount = Checks.requireNotNegative(unpaid, "budget.field.committedAmount");
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  /** After a payment: what remains unpaid. */
  public void remainUnpaid(Money unpaid) {
    line.fiscalYear().requireOpen();
    this.amount = Checks.requireNotNegative(unpaid, "budget.field.committedAmount");
  }

  public BudgetLine line() {
    return line;
  }

  public String reference() {
    return reference;
  }

  public String description() {
    return description;
  }

  public Money unpaid() {
    return amount;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }
}
