package org.jixiao.domain.evaluation;

/** The blocks of the 100-point framework [S §二]: 履职效能 (整体效能, 专项效能) and 管理效率. */
public enum FrameworkBlock {
  OVERALL_EFFECTIVENESS,
  SPECIAL_EFFECTIVENESS,
  MANAGEMENT_EFFICIENCY
}
