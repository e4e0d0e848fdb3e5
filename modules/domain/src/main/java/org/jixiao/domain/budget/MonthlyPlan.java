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
import org.jixiao.domain.money.Money;

/** A month of a line's spending plan (用款计划); when a line has one, its pace follows it, not the calendar. */
@Entity
@Table(name = "budget_plan")
public class MonthlyPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "budget_line_id")
  private BudgetLine line;

  @Column(name = "month_no", nullable = false)
  private int monthNumber;

  @Column(nullable = false)
  private Money amount;

  protected MonthlyPlan() {}

  MonthlyPlan(BudgetLine line, int month, Money amount) {
    this.line = line;
    this.monthNumber = month;
    this.amount = amount;
  }

  public int month() {
    return monthNumber;
  }

  public Money amount() {
    return amount;
  }
}
