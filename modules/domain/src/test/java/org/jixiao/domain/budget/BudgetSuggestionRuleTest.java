package org.jixiao.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.year.YearOpeningContext.Shortfall;
import org.junit.jupiter.api.Test;

/** Which of a closing year's lines get a flagged suggestion for next year's budget. */
class BudgetSuggestionRuleTest {

  private static final BudgetWarningRule.Thresholds DEFAULTS = BudgetWarningRule.defaults();

  private static Money m(String amount) {
    return Money.parse(amount);
  }

  @Test
  void executionBelowTheYearEndPaceByMoreThanTheYellowLag_isFlaggedYellow() {
    // P01 无线电监测设施运行维护: 1,702.35 of 1,846.20 = 92.21%, 7.79 points behind the year-end pace
    BudgetSuggestionRule.Finding f = BudgetSuggestionRule.judge(m("1846.20"), m("1702.35"), DEFAULTS, List.of());
    assertThat(f.rate().percent()).isEqualByComparingTo("92.21");
    assertThat(f.warning()).isEqualTo(PaceWarning.YELLOW);
    assertThat(f.lowExecution()).isTrue();
    assertThat(f.flagged()).isTrue();
  }

  @Test
  void executionMoreThanTheRedLagBehind_isFlaggedRed() {
    // G11 省技改专项（市本级）: half of it carried over, 50%
    BudgetSuggestionRule.Finding f = BudgetSuggestionRule.judge(m("12000.00"), m("6000.00"), DEFAULTS, List.of());
    assertThat(f.warning()).isEqualTo(PaceWarning.RED);
  }

  @Test
  void executionWithinTheYellowLag_isNotFlagged() {
    assertThat(BudgetSuggestionRule.judge(m("9862.47"), m("9736.15"), DEFAULTS, List.of()).flagged()).isFalse();
    assertThat(BudgetSuggestionRule.judge(m("100.00"), m("95.00"), DEFAULTS, List.of()).flagged()).isFalse();
  }

  @Test
  void theYearsOwnThresholdsDecide() {
    BudgetWarningRule.Thresholds lenient = new BudgetWarningRule.Thresholds(new BigDecimal("10"), new BigDecimal("20"));
    assertThat(BudgetSuggestionRule.judge(m("1846.20"), m("1702.35"), lenient, List.of()).flagged()).isFalse();
    assertThat(BudgetSuggestionRule.judge(m("876.00"), m("670.00"), lenient, List.of()).warning())
        .isEqualTo(PaceWarning.RED);
  }

  @Test
  void aFundLineFullySpent_isFlaggedWhenItsFundsIndicatorsFellShort() {
    List<Shortfall> shortfalls = List.of(new Shortfall("F-HQ-04", "市高质量发展专项资金资助企业新增产值", "82.9%"));
    BudgetSuggestionRule.Finding f = BudgetSuggestionRule.judge(m("62000.00"), m("62000.00"), DEFAULTS, shortfalls);
    assertThat(f.lowExecution()).isFalse();
    assertThat(f.lowScores()).isTrue();
    assertThat(f.flagged()).isTrue();
  }

  @Test
  void aLineWithoutBudget_hasNoRate_andIsNotFlaggedForIt() {
    BudgetSuggestionRule.Finding f = BudgetSuggestionRule.judge(Money.ZERO, Money.ZERO, DEFAULTS, List.of());
    assertThat(f.rate()).isNull();
    assertThat(f.flagged()).isFalse();
  }
}
