package org.jixiao.domain.budget;

/** How far execution lags the time pace (执行进度预警). */
public enum PaceWarning {
  GREEN,
  YELLOW,
  RED
}
