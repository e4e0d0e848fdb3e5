package org.jixiao.domain.budget;

/** Whose money a special fund is. */
public enum FundSource {
  /** 市级专项资金 */
  CITY,
  /** 省级专项资金 */
  PROVINCIAL
}
