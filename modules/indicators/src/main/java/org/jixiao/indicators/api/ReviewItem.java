package org.jixiao.indicators.api;

import java.io.Serializable;

/** Something waiting for the leadership group: a submitted target or actual, or an adjustment request. */
public record ReviewItem(ReviewKind kind, IndicatorView indicator) implements Serializable {

  /** What is to be decided. */
  public enum ReviewKind {
    TARGET,
    ACTUAL,
    ADJUSTMENT
  }
}
