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
import org.jixiao.domain.money.Money;

/** What a budget line paid in one month (月度执行数); recording the month again replaces the figure. */
@Entity
@Table(name = "budget_execution")
public class MonthlyExecution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "budget_line_id")
  private BudgetLine line;

  @Column(name = "month_no", nullable = false)
  private int monthNumber;

  @Column(nullable = false)
  private Money amount = Money.ZERO;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Version private long version;

  protected MonthlyExecution() {}

  MonthlyExecution(BudgetLine line, int month) {
    this.line = line;
    this.monthNumber = month;
  }

  void record(Money newAmount, String by, LocalDateTime at) {
    this.amount = newAmount;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public int month() {
    return monthNumber;
  }

  public Money amount() {
    return amount;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }
}
