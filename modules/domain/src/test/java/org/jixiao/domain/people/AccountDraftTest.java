package org.jixiao.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountDraftTest {

  private static AccountDraft draft(String username, String password) {
    return new AccountDraft(username, "试", "测", "head.test@example.org", "sme", EnumSet.of(Role.DIVISION_HEAD),
        password, false);
  }

  private static String refusal(Runnable check) {
    try {
      check.run();
    } catch (BusinessException e) {
      return e.messageKey();
    }
    return null;
  }

  @Test
  void aCompleteDraft_passes_andIsTrimmed() {
    AccountDraft ok = new AccountDraft(" head.test ", " 试 ", "测", "  ", "sme", Set.of(Role.DIVISION_HEAD),
        "Temp1234x", false).validated();
    assertThat(ok.username()).isEqualTo("head.test");
    assertThat(ok.firstName()).isEqualTo("试");
    assertThat(ok.email()).isNull();
    assertThat(ok.details().displayName()).isEqualTo("测试");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "Head.Test", "head test", "-head", "头像", "x'; DROP TABLE users;--",
      "averyveryveryveryveryveryverylongusername1"})
  void badUsernames_areRefused(String username) {
    assertThat(refusal(() -> draft(username, "Temp1234x").validated())).isEqualTo("user.username.invalid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"short1", "onlyletters", "12345678", "with space1", "toolong1toolong1toolong1toolong1toolong1"
      + "toolong1toolong1toolong1x"})
  void weakTemporaryPasswords_areRefused(String password) {
    assertThat(refusal(() -> draft("head.test", password).validated())).isEqualTo("user.password.weak");
  }

  @Test
  void missingNameDivisionOrRoles_andABadEmail_areRefused() {
    assertThat(refusal(() -> new AccountDraft("head.test", null, " ", null, "sme", Set.of(Role.ADMIN), "Temp1234x",
        false).validated())).isEqualTo("user.name.required");
    assertThat(refusal(() -> new AccountDraft("head.test", "试", "测", null, " ", Set.of(Role.ADMIN), "Temp1234x",
        false).validated())).isEqualTo("user.division.required");
    assertThat(refusal(() -> new AccountDraft("head.test", "试", "测", null, "sme", Set.of(), "Temp1234x", false)
        .validated())).isEqualTo("user.roles.required");
    assertThat(refusal(() -> new AccountDraft("head.test", "试", "测", "not-an-address", "sme", Set.of(Role.ADMIN),
        "Temp1234x", false).validated())).isEqualTo("user.email.invalid");
    assertThat(refusal(() -> new AccountDraft("head.test", "试".repeat(51), "测", null, "sme", Set.of(Role.ADMIN),
        "Temp1234x", false).validated())).isEqualTo("user.name.tooLong");
  }

  @Test
  void thePasswordEmail_needsAnAddress_butNoPassword() {
    assertThat(refusal(() -> new AccountDraft("head.test", "试", "测", null, "sme", Set.of(Role.ADMIN), null, true)
        .validated())).isEqualTo("user.email.requiredForMail");
    assertThat(new AccountDraft("head.test", "试", "测", "a@b.org", "sme", Set.of(Role.ADMIN), null, true).validated())
        .isNotNull();
  }

  @Test
  void passwordRule_refusesNull() {
    assertThatThrownBy(() -> PasswordRule.check(null)).isInstanceOf(BusinessException.class);
    assertThat(PasswordRule.check("Jixiao@2023")).isEqualTo("Jixiao@2023");
  }
}
