package org.jixiao.domain.indicators;

/** Level 2 of the indicator tree (二级指标), each under its level-1 category. */
public enum IndicatorSubcategory {
  /** 数量指标 */
  QUANTITY(IndicatorCategory.OUTPUT),
  /** 质量指标 */
  QUALITY(IndicatorCategory.OUTPUT),
  /** 时效指标 */
  TIMELINESS(IndicatorCategory.OUTPUT),
  /** 成本指标 */
  COST(IndicatorCategory.OUTPUT),
  /** 经济效益指标 */
  ECONOMIC(IndicatorCategory.BENEFIT),
  /** 社会效益指标 */
  SOCIAL(IndicatorCategory.BENEFIT),
  /** 生态效益指标 */
  ECOLOGICAL(IndicatorCategory.BENEFIT),
  /** 可持续影响指标 */
  SUSTAINABLE(IndicatorCategory.BENEFIT),
  /** 服务对象满意度指标 */
  SERVICE_SATISFACTION(IndicatorCategory.SATISFACTION);

  private final IndicatorCategory category;

  IndicatorSubcategory(IndicatorCategory category) {
    this.category = category;
  }

  public IndicatorCategory category() {
    return category;
  }
}
