package org.jixiao.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.junit.jupiter.api.Test;

class AuditTrailRulesTest {

  private static Caller as(String name, Role role, String division) {
    return new Caller(name, EnumSet.of(role), division);
  }

  @Test
  void leadershipAdminAndFinance_seeEveryEntry() {
    for (Role role : new Role[] {Role.LEADERSHIP, Role.ADMIN, Role.FINANCE}) {
      AuditScope scope = AuditScope.of(as("x", role, "office"));
      assertThat(scope.all()).as(role.name()).isTrue();
      assertThat(scope.allows("industry", "someone")).isTrue();
      assertThat(scope.allows(null, "someone")).isTrue();
    }
  }

  @Test
  void divisionHead_seesTheirDivisionsEntriesAndTheirOwn_notOthersDepartmentWideOnes() {
    AuditScope scope = AuditScope.of(as("head.industry", Role.DIVISION_HEAD, "industry"));
    assertThat(scope.allows("industry", "finance")).isTrue();
    assertThat(scope.allows(null, "head.industry")).isTrue();
    assertThat(scope.allows("info", "head.industry")).isTrue();
    assertThat(scope.allows("info", "head.info")).isFalse();
    assertThat(scope.allows(null, "admin")).isFalse();
  }

  @Test
  void noPortalRole_readsNothing() {
    assertThatThrownBy(() -> AuditScope.of(new Caller("guest", EnumSet.noneOf(Role.class), "office")))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("audit.access.none"));
  }

  @Test
  void query_rangeEndingBeforeItStarts_isRefused_blankFiltersAreNone() {
    assertThatThrownBy(() -> new AuditQuery(null, null, null, null, LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 1)))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("audit.filter.range"));
    AuditQuery q = new AuditQuery("  ", " ", "", null, LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 1));
    assertThat(q.user()).isNull();
    assertThat(q.division()).isNull();
    assertThat(q.recordType()).isNull();
  }

  @Test
  void state_listsNamedValuesInOrder_numbersPlain_emptyLeftOut() {
    String state = new AuditState().with("目标", new BigDecimal("120.0000")).with("单位", null).with("描述", " ")
        .with("状态", AuditOutcome.DONE).toString();
    assertThat(state).isEqualTo("目标=120; 状态=DONE");
  }

  @Test
  void entry_keepsDivisionAndValues_cutsLongValues() {
    String longValue = "x".repeat(AuditEntry.VALUE_LENGTH + 10);
    AuditEntry e = new AuditEntry(LocalDateTime.of(2023, 5, 1, 9, 0), "head.industry", AuditAction.UPDATE,
        AuditOutcome.DONE, "Indicator", "O01", 2023, "修改目标", " industry ", "目标=100", longValue);
    assertThat(e.divisionCode()).isEqualTo("industry");
    assertThat(e.oldValue()).isEqualTo("目标=100");
    assertThat(e.newValue()).hasSize(AuditEntry.VALUE_LENGTH).endsWith("…");
  }

  @Test
  void entry_refusesToBeChangedOrRemoved() {
    AuditEntry e = new AuditEntry(LocalDateTime.now(), "a", AuditAction.UPDATE, AuditOutcome.DONE, "T", "k", null, "d");
    assertThatThrownBy(e::refuseChange).isInstanceOf(IllegalStateException.class).hasMessageContaining("append-only");
  }

  @Test
  void keycloakLoginFailure_isKeptUnderItsSourceAndId_asARefusedLogin() {
    ExternalEvent event = ExternalEvent.keycloakLoginFailed("4f2a", Instant.parse("2023-05-01T01:00:00Z"), null,
        null, "invalid_user_credentials", "10.0.0.7");
    assertThat(event.externalId()).isEqualTo("keycloak:4f2a");
    assertThat(event.actor()).isEqualTo("unknown");
    assertThat(event.action()).isEqualTo(AuditAction.LOGIN_FAILED);
    assertThat(event.outcome()).isEqualTo(AuditOutcome.REFUSED);
    assertThat(event.detail()).contains("invalid_user_credentials").contains("10.0.0.7");
    AuditEntry entry = AuditEntry.external(event.externalId(), LocalDateTime.of(2023, 5, 1, 9, 0), event.actor(),
        event.action(), event.outcome(), event.recordType(), event.recordKey(), event.divisionCode(), event.detail());
    assertThat(entry.externalId()).isEqualTo("keycloak:4f2a");
    assertThat(entry.recordType()).isEqualTo(ExternalEvent.LOGIN);

    ExternalEvent changed = ExternalEvent.keycloakPasswordChanged("77", Instant.parse("2023-05-01T01:00:00Z"),
        "head.test", "sme", null);
    assertThat(changed.recordType()).isEqualTo(ExternalEvent.USER);
    assertThat(changed.recordKey()).isEqualTo("head.test");
    assertThat(changed.action()).isEqualTo(AuditAction.UPDATE);
    assertThat(changed.outcome()).isEqualTo(AuditOutcome.DONE);
  }
}
