package org.jixiao.indicators.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.budget.PaceWarning;
import org.jixiao.domain.indicators.IndicatorCategory;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorProposal;
import org.jixiao.domain.indicators.IndicatorScore;
import org.jixiao.domain.indicators.IndicatorSubcategory;
import org.jixiao.domain.indicators.QualitativeGrade;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.indicators.WorkflowStatus;

/**
 * A level-3 indicator as pages and the API show it, with its score and trace, its warning, the target-quality
 * checks it fails (warnings leadership may accept), a pending adjustment request, if any, and where it was
 * proposed from when its year was opened (null otherwise).
 */
public record IndicatorView(
    String code,
    String name,
    IndicatorCategory category,
    IndicatorSubcategory subcategory,
    Integer goalSequence,
    String goalTitle,
    String divisionCode,
    String divisionName,
    String fundCode,
    String fundName,
    String unit,
    IndicatorKind kind,
    BigDecimal target,
    String targetText,
    BigDecimal weight,
    BigDecimal baseline,
    BigDecimal progress,
    BigDecimal actual,
    String actualText,
    QualitativeGrade grade,
    BigDecimal qualitativePercent,
    String deviationReason,
    String correctiveMeasure,
    WorkflowStatus targetStatus,
    WorkflowStatus actualStatus,
    String reviewComment,
    long version,
    IndicatorScore score,
    PaceWarning warning,
    List<TraceStep> qualityWarnings,
    AdjustmentView pendingAdjustment,
    boolean editable,
    IndicatorProposal proposal)
    implements Serializable {

  public boolean isFundIndicator() {
    return fundCode != null;
  }
}
