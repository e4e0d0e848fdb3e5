package org.jixiao.domain.procurement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;

/** A year's procurement rule: the deadline lengths and the points of 采购管理, checked as a whole. */
public record ProcurementSettings(ProcurementDeadlines.Lengths lengths, ProcurementScoring.Points points)
    implements Serializable {

  // before DEFAULTS: static fields initialise in order, and DEFAULTS runs the checks
  private static final BigDecimal MAX_TOTAL = new BigDecimal("100");

  public static final ProcurementSettings DEFAULTS =
      new ProcurementSettings(ProcurementDeadlines.Lengths.DEFAULTS, ProcurementScoring.Points.DEFAULTS);

  public ProcurementSettings {
    if (lengths == null || points == null) {
      throw new BusinessException("validation.required", new Label("procurement.rule.title"));
    }
    days(lengths.intentionDaysAfterApproval(), 1, 366, "procurement.rule.intentionDaysAfterApproval");
    days(lengths.intentionDaysBeforeStart(), 0, 366, "procurement.rule.intentionDaysBeforeStart");
    days(lengths.signDaysAfterAward(), 1, 366, "procurement.rule.signDaysAfterAward");
    days(lengths.announceWorkingDays(), 1, 250, "procurement.rule.announceWorkingDays");
    days(lengths.fileWorkingDays(), 1, 250, "procurement.rule.fileWorkingDays");
    Map<ProcurementRequirement, BigDecimal> checked = new EnumMap<>(ProcurementRequirement.class);
    for (ProcurementRequirement r : ProcurementRequirement.values()) {
      BigDecimal p = points.byRequirement().get(r);
      if (p == null) {
        throw new BusinessException("validation.required", new Label("ProcurementRequirement." + r.name()));
      }
      if (p.signum() < 0 || p.scale() > 2 && p.stripTrailingZeros().scale() > 2) {
        throw new BusinessException("procurement.rule.badPoints", new Label("ProcurementRequirement." + r.name()));
      }
      checked.put(r, p);
    }
    points = new ProcurementScoring.Points(Map.copyOf(checked));
    if (points.total().signum() <= 0 || points.total().compareTo(MAX_TOTAL) > 0) {
      throw new BusinessException("procurement.rule.badTotal", points.total().toPlainString());
    }
  }

  private static void days(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new BusinessException("validation.range", new Label(field), min, max);
    }
  }
}
