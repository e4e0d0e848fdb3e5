package org.jixiao.domain.indicators;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Where a draft indicator proposed at the opening of its year came from (指标建议说明): the year and indicator of
 * the same code, last year's target and actual, how the target was proposed, and the measures (下一步改进措施)
 * linked to it, each as "[item code item name] text".
 */
public record IndicatorProposal(int sourceYear, TargetProposal.Basis basis, BigDecimal lastTarget,
    BigDecimal lastActual, List<String> measures) implements Serializable {

  public IndicatorProposal {
    measures = List.copyOf(measures);
  }
}
