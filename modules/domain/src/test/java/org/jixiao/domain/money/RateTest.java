package org.jixiao.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void executionRatesOfThe2023Report_roundHalfUpToTwoDecimals() {
    assertThat(rate("470338.93", "494926.80")).hasToString("95.03%");
    assertThat(rate("13214.90", "13617.33")).hasToString("97.04%");
    assertThat(rate("5586.76", "6678.77")).hasToString("83.65%");
    assertThat(rate("425020.15", "447790.64")).hasToString("94.91%");
    assertThat(rate("26517.12", "26840.06")).hasToString("98.80%");
    assertThat(rate("253413.24", "276506.67")).hasToString("91.65%");
    assertThat(rate("198124.03", "198124.03")).hasToString("100.00%");
  }

  @Test
  void halfUp_roundsAnExactHalfAwayFromZero() {
    // 1/8 = 12.5% exactly; 1/800 = 0.125% -> 0.13%
    assertThat(Rate.ratio(BigDecimal.ONE, new BigDecimal("800"))).hasToString("0.13%");
  }

  @Test
  void fraction_isThePercentOverAHundred() {
    assertThat(rate("425020.15", "447790.64").fraction()).isEqualByComparingTo("0.9491");
  }

  @Test
  void completionAboveTarget_isAllowed() {
    assertThat(Rate.ratio(new BigDecimal("32"), new BigDecimal("15"))).hasToString("213.33%");
  }

  @Test
  void rateOfZeroWhole_isRefused() {
    assertThatThrownBy(() -> Rate.of(Money.parse("1"), Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Rate rate(String part, String whole) {
    return Rate.of(Money.parse(part), Money.parse(whole));
  }
}
