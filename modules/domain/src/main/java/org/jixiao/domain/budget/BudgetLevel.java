package org.jixiao.domain.budget;

/** Budget level (预算级次) of development spending. */
public enum BudgetLevel {
  /** 市本级资金: spent by the city itself. */
  CITY_LEVEL,
  /** 对下转移支付: transferred to the districts. */
  TRANSFER_TO_LOWER
}
