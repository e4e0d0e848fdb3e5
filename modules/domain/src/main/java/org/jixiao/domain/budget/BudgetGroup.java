package org.jixiao.domain.budget;

/** The two halves of a department's budget as the report splits it. */
public enum BudgetGroup {
  /** 部门预算: the department's own running costs and projects. */
  DEPARTMENT_BUDGET,
  /** 事业发展支出: development spending, also split by budget level. */
  DEVELOPMENT
}
