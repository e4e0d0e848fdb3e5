package org.jixiao.portal.view.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageQueryTest {

  @Test
  void aYear_isFourDigits() {
    assertThat(PageQuery.parseYear("2023")).isEqualTo(2023);
    assertThat(PageQuery.parseYear(" 2024 ")).isEqualTo(2024);
    for (String notAYear : new String[] {"23", "20233", "1000000000", "2023x", "-202", "+2023", "", "２０２３"}) {
      assertThatThrownBy(() -> PageQuery.parseYear(notAYear)).as(notAYear).isInstanceOf(NumberFormatException.class);
    }
    assertThatThrownBy(() -> PageQuery.parseYear(null)).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void aValueIsShownShort_andADashForNothing() {
    assertThat(PageQuery.shown("")).isEqualTo("—");
    assertThat(PageQuery.shown(null)).isEqualTo("—");
    assertThat(PageQuery.shown("x".repeat(50))).hasSize(41).endsWith("…");
  }
}
