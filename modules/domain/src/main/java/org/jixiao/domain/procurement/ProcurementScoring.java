package org.jixiao.domain.procurement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.domain.indicators.TraceStep;

/**
 * 采购管理's score by a transparent default rule [C] (the official formula is not published): each requirement has
 * points; it scores its points × the share of decided records that met it on time; a requirement without any
 * decided record scores in full. Rounded half-up to 2 decimals once, at the end; every step in the trace.
 */
public final class ProcurementScoring {

  private static final int EXACT = 12;

  private ProcurementScoring() {}

  /** The points of each requirement (the year's rule); they add up to the framework item's points. */
  public record Points(Map<ProcurementRequirement, BigDecimal> byRequirement) implements Serializable {

    /** 意向 within 60 days 3, signing 3, announcing 2, filing 2 = 10; 意向 30 days ahead is shown, not scored. */
    public static final Points DEFAULTS = new Points(Map.of(
        ProcurementRequirement.INTENTION_AFTER_APPROVAL, new BigDecimal("3"),
        ProcurementRequirement.INTENTION_BEFORE_START, BigDecimal.ZERO,
        ProcurementRequirement.CONTRACT_SIGNED, new BigDecimal("3"),
        ProcurementRequirement.CONTRACT_ANNOUNCED, new BigDecimal("2"),
        ProcurementRequirement.CONTRACT_FILED, new BigDecimal("2")));

    public BigDecimal total() {
      return byRequirement.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  public record Score(BigDecimal score, BigDecimal points, List<TraceStep> trace) implements Serializable {}

  /** The score of a year's records, each given as its list of checks. */
  public static Score score(List<List<DeadlineCheck>> records, Points points) {
    Map<ProcurementRequirement, int[]> counts = new EnumMap<>(ProcurementRequirement.class); // {on time, decided}
    for (List<DeadlineCheck> record : records) {
      for (DeadlineCheck check : record) {
        if (check.isDecided()) {
          int[] c = counts.computeIfAbsent(check.requirement(), r -> new int[2]);
          c[1]++;
          if (check.status() == ComplianceStatus.ON_TIME) {
            c[0]++;
          }
        }
      }
    }
    List<TraceStep> trace = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (ProcurementRequirement requirement : ProcurementRequirement.values()) {
      BigDecimal p = points.byRequirement().getOrDefault(requirement, BigDecimal.ZERO);
      if (p.signum() == 0) {
        continue;
      }
      int[] c = counts.get(requirement);
      BigDecimal part = c == null || c[1] == 0 ? p
          : p.multiply(BigDecimal.valueOf(c[0])).divide(BigDecimal.valueOf(c[1]), EXACT, RoundingMode.HALF_UP);
      total = total.add(part);
      trace.add(c == null || c[1] == 0
          ? TraceStep.of("procurement.trace.none", "ProcurementRequirement." + requirement.name(), p.toPlainString())
          : TraceStep.of("procurement.trace.requirement", "ProcurementRequirement." + requirement.name(),
              p.toPlainString(), c[0], c[1], part.setScale(2, RoundingMode.HALF_UP).toPlainString(),
              requirement.legalBasis()));
    }
    BigDecimal score = total.setScale(2, RoundingMode.HALF_UP);
    trace.add(TraceStep.of("procurement.trace.total", score.toPlainString(), points.total().toPlainString()));
    return new Score(score, points.total(), trace);
  }
}
