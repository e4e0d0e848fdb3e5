package org.jixiao.portal.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyCheckTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void wellFormedBodies_pass() {
    assertThatCode(() -> JsonBodyCheck.check(bytes("{\"name\":\"满意度\",\"target\":1e308,\"roles\":[\"admin\"]}")))
        .doesNotThrowAnyException();
    assertThatCode(() -> JsonBodyCheck.check(bytes("null"))).doesNotThrowAnyException();
  }

  @Test
  void aBodyCutOffInsideAnUnknownField_isRefused_ratherThanSkippedForEver() {
    assertThatThrownBy(() -> JsonBodyCheck.check(bytes("{\"x\":[[[[1,2"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonBodyCheck.check(bytes("{" + "\"x\":[".repeat(2000))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void brokenOrTooDeepBodies_areRefused() {
    for (String body : new String[] {"{", "{\"a\":}", "not json", "[1,]", "[".repeat(33) + "]".repeat(33)}) {
      assertThatThrownBy(() -> JsonBodyCheck.check(bytes(body))).as(body).isInstanceOf(IllegalArgumentException.class);
    }
  }

  record Input(String name, java.math.BigDecimal target) {}

  @Test
  void aBooleanForAText_isRefusedNamingTheField() {
    assertThatThrownBy(() -> JsonBodyCheck.textFieldsAreText(Input.class, bytes("{\"name\":true,\"target\":1}")))
        .isInstanceOfSatisfying(org.jixiao.domain.BusinessException.class, e -> {
          org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo("api.field.notText");
          org.assertj.core.api.Assertions.assertThat(e.arguments()).containsExactly("name");
        });
    assertThatCode(() -> JsonBodyCheck.textFieldsAreText(Input.class, bytes("{\"name\":\"满意度\",\"target\":1}")))
        .doesNotThrowAnyException();
    assertThatCode(() -> JsonBodyCheck.textFieldsAreText(Input.class, bytes("{\"name\":12.5}")))
        .doesNotThrowAnyException();
  }

  record Edit(String name, Long version, Integer goal) {}

  @Test
  void aNumberThatIsNoWholeNumberInRange_isRefusedForAVersion() {
    for (String body : new String[] {"{\"version\":1e308}", "{\"version\":1.5}", "{\"goal\":99999999999}"}) {
      assertThatThrownBy(() -> JsonBodyCheck.textFieldsAreText(Edit.class, bytes(body))).as(body)
          .isInstanceOf(org.jixiao.domain.BusinessException.class);
    }
    assertThatCode(() -> JsonBodyCheck.textFieldsAreText(Edit.class, bytes("{\"version\":12,\"goal\":6}")))
        .doesNotThrowAnyException();
  }
}
