package org.jixiao.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void parse_acceptsThousandsSeparators_andKeepsTwoDecimals() {
    assertThat(Money.parse("494,926.8").amount()).isEqualByComparingTo("494926.80");
    assertThat(Money.parse("494,926.8").toString()).isEqualTo("494926.80");
  }

  @Test
  void of_roundsHalfUpToTheFen() {
    assertThat(Money.of(new BigDecimal("1.005")).toString()).isEqualTo("1.01");
    assertThat(Money.of(new BigDecimal("1.004")).toString()).isEqualTo("1.00");
    assertThat(Money.of(new BigDecimal("-1.005")).toString()).isEqualTo("-1.01");
  }

  @Test
  void sumOfTheReportsParts_reconcilesToItsTotalToTheFen() {
    Money parts =
        Money.parse("13617.33")
            .plus(Money.parse("6678.77"))
            .plus(Money.parse("447790.64"))
            .plus(Money.parse("26840.06"));
    assertThat(parts).isEqualTo(Money.parse("494926.80"));
  }

  @Test
  void minus_canGoNegative_andSaysSo() {
    Money overspent = Money.parse("10").minus(Money.parse("10.01"));
    assertThat(overspent.isNegative()).isTrue();
    assertThat(overspent.toString()).isEqualTo("-0.01");
  }

  @Test
  void equality_ignoresHowTheAmountWasWritten() {
    assertThat(Money.parse("5")).isEqualTo(Money.parse("5.00")).hasSameHashCodeAs(Money.parse("5.0"));
    assertThat(Money.parse("5")).isNotEqualTo(Money.parse("5.01"));
  }

  @Test
  void parse_rejectsText_andAbsurdAmounts() {
    assertThatThrownBy(() -> Money.parse("十万")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parse("1e20")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parse("")).isInstanceOf(IllegalArgumentException.class);
  }
}
