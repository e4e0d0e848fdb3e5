package org.jixiao.domain.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Checks;
import org.jixiao.domain.Label;

/** A score given to a leadership-scored item: 0 to the item's weight, two decimals, a reason for any deduction. */
public record ItemScore(BigDecimal score, String reason) implements Serializable {

  public static final int REASON_LENGTH = 1000;

  /** This score checked against {@code item}: refused with a message when out of range or unexplained. */
  public ItemScore checkedAgainst(FrameworkItem item) {
    if (!item.source().isLeadership()) {
      throw new BusinessException("evaluation.item.computed", item.name());
    }
    if (score == null) {
      throw new BusinessException("validation.required", new Label("evaluation.field.score"));
    }
    if (score.signum() < 0 || score.compareTo(item.weight()) > 0) {
      throw new BusinessException("evaluation.score.range", item.name(), item.weight().stripTrailingZeros()
          .toPlainString(), score.toPlainString());
    }
    if (score.stripTrailingZeros().scale() > 2) {
      throw new BusinessException("validation.number.decimals", new Label("evaluation.field.score"), 2);
    }
    String checkedReason = Checks.optionalText(reason, REASON_LENGTH, "evaluation.field.reason");
    if (score.compareTo(item.weight()) < 0 && checkedReason == null) {
      throw new BusinessException("evaluation.reason.required", item.name(),
          item.weight().subtract(score).stripTrailingZeros().toPlainString());
    }
    return new ItemScore(score.setScale(2), checkedReason);
  }
}
