package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditLog;
import org.jixiao.domain.audit.AuditOutcome;
import org.jixiao.domain.audit.AuditQuery;
import org.jixiao.domain.audit.AuditRow;
import org.jixiao.domain.audit.AuditSnapshot;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.audit.ExternalEvent;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorSubcategory;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.indicators.api.IndicatorDraft;
import org.jixiao.indicators.api.Indicators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail in the container: a division head's change is in the trail with its division and its old and
 * new values, in the change's own transaction; the viewer's scoping; Keycloak events kept once; and the table
 * refuses UPDATE and DELETE on PostgreSQL. Changes run in transactions rolled back (the trail's own entries
 * roll back with them).
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("audit-it", AuditTrailIT.class);
  }

  @Inject private Indicators indicators;
  @Inject private AuditTrail trail;
  @EJB private AuditLog auditLog;
  @Resource private UserTransaction transaction;

  @Resource(lookup = "jdbc/jixiao")
  private DataSource dataSource;

  private static Caller as(Role role, String division) {
    return new Caller("UNAUTHENTICATED", EnumSet.of(role), division);
  }

  private static final Caller LEADER = as(Role.LEADERSHIP, "office");
  private static final Caller ADMIN = as(Role.ADMIN, "office");
  private static final Caller INDUSTRY = as(Role.DIVISION_HEAD, "industry");
  private static final Caller INFO = as(Role.DIVISION_HEAD, "info");

  private List<AuditRow> entriesOf(Caller caller, String type, String key) {
    return auditLog.search(caller, new AuditQuery(null, null, type, null, null, null), 0, 500).rows().stream()
        .filter(r -> key.equals(r.recordKey()))
        .toList();
  }

  @Test
  void divisionHeadsIndicatorEdit_isInTheTrail_withDivisionOldAndNewValues() throws Exception {
    String code = "AUD-" + System.nanoTime() % 1_000_000;
    transaction.begin();
    try {
      indicators.create(INDUSTRY, 2023, draft(code, "90", "2"));
      long version = indicators.tree(INDUSTRY, 2023).indicators().stream()
          .filter(i -> i.code().equals(code)).findFirst().orElseThrow().version();
      indicators.define(INDUSTRY, 2023, code, draft(code, "95", "3"), version);

      List<AuditRow> rows = entriesOf(LEADER, "Indicator", code);
      assertThat(rows).extracting(AuditRow::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
      AuditRow edit = rows.get(0);
      assertThat(edit.division()).isEqualTo("industry");
      assertThat(edit.outcome()).isEqualTo(AuditOutcome.DONE);
      assertThat(edit.year()).isEqualTo(2023);
      assertThat(edit.oldValue()).contains("目标=90%").contains("分值=2").contains("目标状态=DRAFT");
      assertThat(edit.newValue()).contains("目标=95%").contains("分值=3");
      assertThat(edit.detail()).contains("修改目标");
      AuditRow creation = rows.get(1);
      assertThat(creation.oldValue()).isNull();
      assertThat(creation.newValue()).contains("名称=政策宣讲企业满意度");

      // filters: division, type, action and today's date find it; another division or yesterday do not
      LocalDate today = LocalDate.now(AuditTrail.BUREAU_ZONE);
      assertThat(auditLog.search(LEADER, new AuditQuery(null, "industry", "Indicator", AuditAction.UPDATE, today,
          today), 0, 500).rows()).extracting(AuditRow::recordKey).contains(code);
      assertThat(auditLog.search(LEADER, new AuditQuery(null, "info", "Indicator", null, null, null), 0, 500).rows())
          .extracting(AuditRow::recordKey).doesNotContain(code);
      assertThat(auditLog.search(LEADER, new AuditQuery(null, null, null, null, null, today.minusDays(1)), 0, 500)
          .rows()).extracting(AuditRow::recordKey).doesNotContain(code);
    } finally {
      transaction.rollback();
    }
    // rolled back with the change: the trail holds exactly what the database holds
    assertThat(entriesOf(LEADER, "Indicator", code)).isEmpty();
  }

  @Test
  void divisionHead_seesTheirDivisionsEntries_andTheirOwn_only() throws Exception {
    String key = "AUD-SCOPE-" + System.nanoTime() % 1_000_000;
    transaction.begin();
    try {
      trail.done("head.industry", AuditAction.UPDATE, "Indicator", key, 2023, "industry's change",
          AuditSnapshot.of("industry", "a=1"), AuditSnapshot.of("industry", "a=2"));
      trail.done("head.info", AuditAction.UPDATE, "Indicator", key, 2023, "info's change",
          AuditSnapshot.of("info", "a=1"), AuditSnapshot.of("info", "a=3"));
      trail.done("admin", AuditAction.UPDATE, "ScoringRule", key, 2023, "a department-wide change",
          AuditSnapshot.departmentWide("r=1"), AuditSnapshot.departmentWide("r=2"));

      assertThat(keyed(LEADER, key)).extracting(AuditRow::actor)
          .containsExactlyInAnyOrder("head.industry", "head.info", "admin");
      assertThat(keyed(ADMIN, key)).hasSize(3);
      assertThat(keyed(INDUSTRY, key)).extracting(AuditRow::actor).containsExactly("head.industry");
      assertThat(keyed(INFO, key)).extracting(AuditRow::actor).containsExactly("head.info");
      // every entry a division head gets is of their division or their own
      assertThat(auditLog.search(INDUSTRY, AuditQuery.ALL, 0, 500).rows())
          .allSatisfy(r -> assertThat("industry".equals(r.division()) || "UNAUTHENTICATED".equals(r.actor()))
              .as(r.toString()).isTrue());
      assertThatThrownBy(() -> auditLog.search(new Caller("UNAUTHENTICATED", EnumSet.noneOf(Role.class), "office"),
          AuditQuery.ALL, 0, 10))
          .isInstanceOfSatisfying(BusinessException.class,
              e -> assertThat(e.messageKey()).isEqualTo("audit.access.none"));
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void refusedAttemptOnAnotherDivisionsRecord_namesThatDivision_soItsHeadSeesIt() {
    // head of industry tries to submit the actual of B04, an indicator of another division
    String owner = indicators.tree(LEADER, 2023).indicators().stream().filter(i -> i.code().equals("B04"))
        .findFirst().orElseThrow().divisionCode();
    assertThatThrownBy(() -> indicators.submitActual(INDUSTRY, 2023, "B04")).isInstanceOf(BusinessException.class);
    AuditRow refusal = auditLog.search(LEADER, new AuditQuery(null, null, "Indicator", AuditAction.SUBMIT, null, null),
        0, 1).rows().get(0);
    assertThat(refusal.recordKey()).isEqualTo("B04");
    assertThat(refusal.outcome()).isEqualTo(AuditOutcome.REFUSED);
    assertThat(refusal.division()).isEqualTo(owner).isNotEqualTo("industry");
    assertThat(auditLog.search(as(Role.DIVISION_HEAD, owner), AuditQuery.ALL, 0, 500).rows())
        .extracting(AuditRow::id).contains(refusal.id());
  }

  private List<AuditRow> keyed(Caller caller, String key) {
    return auditLog.search(caller, AuditQuery.ALL, 0, 500).rows().stream()
        .filter(r -> key.equals(r.recordKey()))
        .toList();
  }

  @Test
  void keycloakEvent_isStoredOnce_byItsId() throws Exception {
    String id = "it-" + System.nanoTime();
    transaction.begin();
    try {
      ExternalEvent event = ExternalEvent.keycloakLoginFailed(id, Instant.now(), "head.industry", "industry",
          "invalid_user_credentials", "127.0.0.1");
      assertThat(trail.recordExternal(event)).isTrue();
      assertThat(trail.recordExternal(event)).isFalse();
      List<AuditRow> logins = auditLog.search(ADMIN,
          new AuditQuery("head.industry", null, ExternalEvent.LOGIN, AuditAction.LOGIN_FAILED, null, null), 0, 500)
          .rows().stream().filter(r -> r.detail().contains("invalid_user_credentials"))
          // real failed logins from other tests are in the trail too: this event only, by its time
          .filter(r -> r.at().equals(java.time.LocalDateTime.ofInstant(event.at(), AuditTrail.BUREAU_ZONE)))
          .toList();
      assertThat(logins).hasSize(1);
      assertThat(logins.get(0).outcome()).isEqualTo(AuditOutcome.REFUSED);
      assertThat(logins.get(0).division()).isEqualTo("industry");
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void export_holdsTheFilteredEntries() throws Exception {
    transaction.begin();
    try {
      String key = "AUD-X-" + System.nanoTime() % 1_000_000;
      trail.done("head.industry", AuditAction.UPDATE, "Indicator", key, 2023, "=HYPERLINK(\"x\")",
          AuditSnapshot.of("industry", "a=1"), AuditSnapshot.of("industry", "a=2"));
      byte[] xlsx = auditLog.export(LEADER, new AuditQuery("head.industry", "industry", null, null, null, null),
          java.util.Locale.SIMPLIFIED_CHINESE);
      try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
        var sheet = wb.getSheetAt(0);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
        var first = sheet.getRow(1);
        assertThat(first.getCell(6).getStringCellValue()).isEqualTo(key);
        assertThat(first.getCell(8).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        assertThat(first.getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(first.getCell(10).getStringCellValue()).isEqualTo("a=2");
      }
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void auditTable_refusesUpdateAndDelete_onPostgreSql() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        System.err.println("*** audit_entry append-only trigger: PostgreSQL only, skipped on "
            + c.getMetaData().getDatabaseProductName());
        return;
      }
      // one committed entry to aim at: a refusal is kept in a transaction of its own
      assertThatThrownBy(() -> indicators.submitActual(INDUSTRY, 2023, "B04")).isInstanceOf(BusinessException.class);
      String oneRow = "(SELECT MAX(id) FROM audit_entry)";
      assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET detail = 'changed' WHERE id = " + oneRow))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry WHERE id = " + oneRow))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_entry"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }
  }

  private static IndicatorDraft draft(String code, String target, String weight) {
    return new IndicatorDraft(code, "政策宣讲企业满意度", 6, IndicatorSubcategory.SERVICE_SATISFACTION, null, "%",
        IndicatorKind.AT_LEAST, new BigDecimal(target), null, new BigDecimal(weight), null);
  }
}
