package org.jixiao.budgeting.api;

import java.io.Serializable;
import java.util.List;

/**
 * A row of the budget overview's tree: the total, a group (部门预算 / 事业发展支出), a category, a budget level, a
 * special fund or a line. {@code key} is the enum name or code the row stands for; lines carry their view.
 */
public record BudgetRow(
    BudgetRowKind kind, String key, String name, BudgetFigures figures, BudgetLineView line, List<BudgetRow> children)
    implements Serializable {

  public boolean isLine() {
    return kind == BudgetRowKind.LINE;
  }
}
