package org.jixiao.portal.view.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorRowIdTest {

  @Test
  void aPlainCode_isItsOwnId() {
    assertThat(IndicatorTreePage.anchorOf("O09")).isEqualTo("indicator-O09");
    assertThat(IndicatorTreePage.anchorOf("B-10")).isEqualTo("indicator-B-10");
  }

  @Test
  void anyOtherCharacter_isWrittenAsHex_soEveryCodeGivesAValidIdOfItsOwn() {
    assertThat(IndicatorTreePage.anchorOf("A 1")).isEqualTo("indicator-A_20_1");
    assertThat(IndicatorTreePage.anchorOf("A_1")).isEqualTo("indicator-A_5f_1");
    assertThat(IndicatorTreePage.anchorOf("指标1")).isEqualTo("indicator-_6307__6807_1");
    assertThat(IndicatorTreePage.anchorOf("\"><x")).matches("indicator-[A-Za-z0-9_-]+");
  }
}
