package org.jixiao.domain.indicators;

/** Level 1 of the indicator tree (一级指标) [L: 财预〔2020〕10号]. */
public enum IndicatorCategory {
  /** 产出指标 */
  OUTPUT,
  /** 效益指标 */
  BENEFIT,
  /** 满意度指标 */
  SATISFACTION
}
