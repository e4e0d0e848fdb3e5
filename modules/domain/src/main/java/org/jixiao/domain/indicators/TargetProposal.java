package org.jixiao.domain.indicators;

import java.math.BigDecimal;

/**
 * The target proposed for next year's indicator of the same code (结果应用): last year's approved actual when it
 * did better than the target — the target was too easy, and next year's must not be below last year's actual —
 * else last year's target, never weaker; for targets in words (qualitative, direction) the same words. The
 * proposal's baseline (基期值) is last year's actual where there is one.
 */
public record TargetProposal(Basis basis, BigDecimal target, String targetText, BigDecimal baseline) {

  /** Where the proposed target comes from. */
  public enum Basis {
    /** 上年实际完成值: the actual beat the target. */
    LAST_ACTUAL,
    /** 上年目标值: no approved actual, or it did not beat the target. */
    LAST_TARGET,
    /** 上年目标（文字）: a target in words carries over as it is. */
    LAST_TEXT
  }

  /**
   * The proposal from last year's figures; {@code actualApproved} says whether the actual passed review (a draft
   * actual is no ground for a target).
   */
  public static TargetProposal from(IndicatorKind kind, BigDecimal lastTarget, String lastTargetText,
      BigDecimal lastActual, boolean actualApproved, BigDecimal lastBaseline) {
    BigDecimal actual = actualApproved ? lastActual : null;
    BigDecimal baseline = actual != null ? plain(actual) : lastBaseline;
    if (!kind.isQuantified() || lastTarget == null) {
      return new TargetProposal(Basis.LAST_TEXT, null, lastTargetText, kind.isQuantified() ? baseline
          : lastBaseline);
    }
    if (actual != null && actual.signum() > 0 && beats(kind, actual, lastTarget)) {
      return new TargetProposal(Basis.LAST_ACTUAL, plain(actual), lastTargetText, baseline);
    }
    return new TargetProposal(Basis.LAST_TARGET, plain(lastTarget), lastTargetText, baseline);
  }

  /** ≥ more is better, ≤ less is better; "=" is a norm the actual does not move. */
  private static boolean beats(IndicatorKind kind, BigDecimal actual, BigDecimal target) {
    return switch (kind) {
      case AT_LEAST -> actual.compareTo(target) > 0;
      case AT_MOST -> actual.compareTo(target) < 0;
      default -> false;
    };
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
