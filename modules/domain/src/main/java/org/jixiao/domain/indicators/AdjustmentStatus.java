package org.jixiao.domain.indicators;

/** A target adjustment request (指标调整申请) and its decision. */
public enum AdjustmentStatus {
  PENDING,
  APPROVED,
  RETURNED
}
