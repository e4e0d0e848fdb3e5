package org.jixiao.domain.indicators;

/** Where a division's targets or actuals stand in review (填报 → 提交 → 审核). */
public enum WorkflowStatus {
  /** 草稿: the division may edit. */
  DRAFT,
  /** 已提交: waiting for the leadership group; locked for the division. */
  SUBMITTED,
  /** 已退回: returned with a comment; editable again. */
  RETURNED,
  /** 已审核: approved and locked. */
  APPROVED;

  public boolean editableByDivision() {
    return this == DRAFT || this == RETURNED;
  }
}
