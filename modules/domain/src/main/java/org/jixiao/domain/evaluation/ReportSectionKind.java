package org.jixiao.domain.evaluation;

/**
 * The report's narrative parts, written in the portal by the people responsible (the rest of the report is
 * generated from data): 年度总体工作和重点工作任务, 部门整体绩效管理情况. Problems and measures are records of
 * their own ({@link ImprovementPoint}).
 */
public enum ReportSectionKind {
  KEY_TASKS,
  PERFORMANCE_MANAGEMENT
}
