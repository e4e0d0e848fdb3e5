package org.jixiao.domain.indicators;

/** How an indicator's actual is judged against its target (指标性质). */
public enum IndicatorKind {
  /** ≥: more is better (正向指标). */
  AT_LEAST,
  /** =: the target exactly; scored like ≥, a zero target is met only by an actual ≤ 0. */
  EQUAL,
  /** ≤: less is better (反向指标). */
  AT_MOST,
  /** 定性指标: the reviewer grades it and picks a score inside the grade's band. */
  QUALITATIVE,
  /** 方向指标 "较去年同期下降": the actual is the change against last year; an increase is the wrong way. */
  DECREASE,
  /** 方向指标 "较去年同期上升": a decrease is the wrong way. */
  INCREASE;

  public boolean isQuantified() {
    return this == AT_LEAST || this == EQUAL || this == AT_MOST;
  }

  public boolean isDirection() {
    return this == DECREASE || this == INCREASE;
  }
}
