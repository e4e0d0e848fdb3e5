package org.jixiao.domain.evaluation;

/**
 * The report's narrative parts, written in the portal by the people responsible (the rest of the report is
 * generated from data): 年度总体工作和重点工作任务, 部门整体绩效管理情况, 存在主要问题, 下一步改进措施.
 */
public enum ReportSectionKind {
  KEY_TASKS,
  PERFORMANCE_MANAGEMENT,
  PROBLEMS,
  MEASURES
}
