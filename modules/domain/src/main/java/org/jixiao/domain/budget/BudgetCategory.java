package org.jixiao.domain.budget;

/** What a budget line pays for (预算类别), in the order the report lists them. */
public enum BudgetCategory {
  /** 基本支出 */
  BASIC_EXPENDITURE(BudgetGroup.DEPARTMENT_BUDGET),
  /** 项目支出 */
  PROJECT_EXPENDITURE(BudgetGroup.DEPARTMENT_BUDGET),
  /** 专项资金: always belongs to a {@link SpecialFund}. */
  SPECIAL_FUND(BudgetGroup.DEVELOPMENT),
  /** 其他事业发展支出 */
  OTHER_DEVELOPMENT(BudgetGroup.DEVELOPMENT);

  private final BudgetGroup group;

  BudgetCategory(BudgetGroup group) {
    this.group = group;
  }

  public BudgetGroup group() {
    return group;
  }

  /** 事业发展支出 is also split by budget level (市本级 / 对下转移支付); 部门预算 is not. */
  public boolean hasLevel() {
    return group == BudgetGroup.DEVELOPMENT;
  }

  public boolean needsFund() {
    return this == SPECIAL_FUND;
  }
}
