package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.procurement.ComplianceStatus;
import org.jixiao.domain.procurement.DeadlineCheck;
import org.jixiao.domain.procurement.ProcurementDeadlines;
import org.jixiao.domain.procurement.ProcurementRequirement;
import org.jixiao.domain.procurement.ProcurementScoring;
import org.jixiao.domain.procurement.ProcurementSettings;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.procurement.api.ComplianceReport;
import org.jixiao.procurement.api.ImportReport;
import org.jixiao.procurement.api.ProcurementCompliance;
import org.jixiao.procurement.api.ProcurementRecords;
import org.jixiao.procurement.api.RecordDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Entering and changing procurement records in the container, on the seeded 2023 data. Every change runs in a
 * transaction that is rolled back, so the seeded 5.13 stays for the other tests; refusals run outside one.
 */
@ExtendWith(ArquillianExtension.class)
class ProcurementRecordsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("procurement-records-it", ProcurementRecordsIT.class);
  }

  @Inject private ProcurementRecords records;
  @Inject private ProcurementCompliance compliance;
  @Resource private UserTransaction transaction;

  @Resource(lookup = "jdbc/jixiao")
  private DataSource dataSource;

  private static Caller as(Role role, String division) {
    return new Caller("UNAUTHENTICATED", EnumSet.of(role), division);
  }

  private static final Caller INFO = as(Role.DIVISION_HEAD, "info");
  private static final Caller INDUSTRY = as(Role.DIVISION_HEAD, "industry");
  private static final Caller LEADER = as(Role.LEADERSHIP, "office");
  private static final Caller ADMIN = as(Role.ADMIN, "office");
  private static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);

  /** Intention late (after 60 days of the 2023-02-10 approval), contract signed 44 days after the award. */
  private static RecordDraft lateContract(String code, String line, String amount) {
    return new RecordDraft(code, "信息化项目监理服务", line, Money.parse(amount), "竞争性磋商",
        LocalDate.of(2023, 5, 8), LocalDate.of(2023, 10, 9), LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 15),
        LocalDate.of(2023, 12, 18), LocalDate.of(2023, 12, 19));
  }

  private static String refusal(Runnable call) {
    BusinessException[] caught = new BusinessException[1];
    assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessException.class, e -> caught[0] = e);
    return caught[0].messageKey();
  }

  @Test
  void aLateContract_isFlagged_andLowersTheScore() throws Exception {
    transaction.begin();
    try {
      String code = records.create(INFO, 2023, lateContract("CG2023-T01", null, "50"), false);
      ComplianceReport report = compliance.reportOf(LEADER, 2023, YEAR_END);
      ComplianceReport.Record record = report.records().stream().filter(r -> r.code().equals(code)).findFirst()
          .orElseThrow();
      assertThat(record.flagged()).isTrue();
      DeadlineCheck signing = record.checks().get(2);
      assertThat(signing.requirement()).isEqualTo(ProcurementRequirement.CONTRACT_SIGNED);
      assertThat(signing.status()).isEqualTo(ComplianceStatus.LATE);
      assertThat(signing.due()).isEqualTo(LocalDate.of(2023, 12, 1));
      assertThat(signing.lateDays()).isEqualTo(14);
      // intention 4/16 × 3 + signing 7/16 × 3 + announcing 2 + filing 8/16 × 2 = 5.0625
      assertThat(report.score().score()).isEqualByComparingTo("5.06");
      assertThat(records.record(INFO, 2023, code, YEAR_END).history())
          .anySatisfy(h -> assertThat(h.detail()).contains("新建采购项目 CG2023-T01").contains("竞争性磋商"));
      records.withdraw(INFO, 2023, code, record.version());
      assertThat(compliance.reportOf(LEADER, 2023, YEAR_END).score().score()).isEqualByComparingTo("5.13");
    } finally {
      transaction.rollback();
    }
    assertThat(compliance.reportOf(LEADER, 2023, YEAR_END).score().score()).isEqualByComparingTo("5.13");
  }

  @Test
  void documents_areLinksOrCheckedFiles_readableByWhoMayReadTheRecord() throws Exception {
    byte[] pdf = "%PDF-1.4 合同公告".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(refusal(() -> records.addDocumentFile(INFO, 2023, "CG2023-003", "合同", "contract.pdf",
        "<html>not a pdf</html>".getBytes()))).isEqualTo("indicator.evidence.type");
    byte[] exe = java.util.Arrays.copyOf(new byte[] {'M', 'Z'}, 4096);
    assertThat(refusal(() -> records.addDocumentFile(INFO, 2023, "CG2023-003", "合同", "contract.pdf", exe)))
        .isEqualTo("indicator.evidence.type");
    assertThat(refusal(() -> records.addDocumentFile(INFO, 2023, "CG2023-003", "合同", "contract.pdf",
        java.util.Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1)))).isEqualTo("indicator.evidence.tooLarge");
    assertThat(refusal(() -> records.addDocument(INFO, 2023, "CG2023-003", "公告", "javascript:alert(1)")))
        .isEqualTo("validation.webLink");
    assertThat(refusal(() -> records.addDocumentFile(INDUSTRY, 2023, "CG2023-003", "合同", "contract.pdf", pdf)))
        .isEqualTo("procurement.access.otherDivision");
    transaction.begin();
    try {
      records.addDocument(INFO, 2023, "CG2023-003", "合同公告", "https://www.ccgp-guangdong.gov.cn/notice/1");
      records.addDocumentFile(INFO, 2023, "CG2023-003", "合同扫描件", "../contract.pdf", pdf);
      var documents = records.record(LEADER, 2023, "CG2023-003", YEAR_END).documents();
      assertThat(documents).extracting(d -> d.title()).containsExactly("合同公告", "合同扫描件");
      var file = records.documentFile(LEADER, 2023, "CG2023-003", documents.get(1).id());
      assertThat(file.fileName()).isEqualTo(".._contract.pdf");
      assertThat(file.contentType()).isEqualTo("application/pdf");
      assertThat(file.content()).isEqualTo(pdf);
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void badInput_isRefusedWithAClearReason_andAudited() throws Exception {
    RecordDraft good = lateContract("CG2023-T02", null, "50");
    assertThat(refusal(() -> records.create(INFO, 2023, new RecordDraft("CG2023-T02", "x", null, Money.parse("1"),
        "拍卖", null, null, null, null, null, null), false))).isEqualTo("procurement.unknownMethod");
    assertThat(refusal(() -> records.create(INFO, 2023, new RecordDraft("CG2023-T02", "x", null, Money.parse("1"),
        "询价", null, null, LocalDate.of(2023, 7, 3), LocalDate.of(2023, 7, 1), null, null), false)))
        .isEqualTo("procurement.date.order");
    assertThat(refusal(() -> records.create(INFO, 2023, new RecordDraft("CG2023-T02", "x", null, Money.parse("1"),
        "询价", LocalDate.of(2022, 12, 1), null, null, null, null, null), false)))
        .isEqualTo("procurement.date.outsideYear");
    assertThat(refusal(() -> records.create(INFO, 2023, new RecordDraft("CG2023-001", "x", null, Money.parse("1"),
        "询价", null, null, null, null, null, null), false))).isEqualTo("procurement.duplicateCode");
    assertThat(refusal(() -> records.create(LEADER, 2023, good, false)))
        .isEqualTo("procurement.access.divisionHeadOnly");
    long refusedBefore = count("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'REFUSED' AND record_key = 'CG2023-003'");
    // CG2023-003 is 信息化推进处's: 产业发展处's head can neither change nor read it
    assertThat(refusal(() -> records.update(INDUSTRY, 2023, "CG2023-003", good, 0, false)))
        .isEqualTo("procurement.access.otherDivision");
    assertThat(refusal(() -> records.record(INDUSTRY, 2023, "CG2023-003", YEAR_END)))
        .isEqualTo("procurement.access.otherDivision");
    assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'REFUSED' AND record_key = 'CG2023-003'"))
        .isEqualTo(refusedBefore + 2);
    assertThat(count("SELECT COUNT(*) FROM procurement_project WHERE code = 'CG2023-T02'")).isZero();
  }

  @Test
  void anAmountOverTheLinesBudget_isWarned_thenFlagged_andTheLeadershipGroupDecides() throws Exception {
    String line = records.budgetLines(INFO, 2023).get(0).code();
    Money available = records.budgetLines(INFO, 2023).get(0).available();
    String over = available.plus(Money.parse("100")).toString();
    assertThat(refusal(() -> records.create(INFO, 2023, lateContract("CG2023-T03", line, over), false)))
        .isEqualTo("procurement.overBudget");
    transaction.begin();
    try {
      String code = records.create(INFO, 2023, lateContract("CG2023-T03", line, over), true);
      ComplianceReport.Record r = records.record(LEADER, 2023, code, YEAR_END).record();
      assertThat(r.overBudgetExcess()).isEqualTo(Money.parse("100"));
      assertThat(r.overBudgetUnapproved()).isTrue();
      assertThat(records.record(LEADER, 2023, code, YEAR_END).mayApproveOverBudget()).isTrue();
      // the signed contract is committed against the line: nothing is left on it
      assertThat(records.budgetLines(INFO, 2023).get(0).available()).isEqualTo(Money.parse("-100"));
      records.approveOverBudget(LEADER, 2023, code, "已申请追加预算");
      r = records.record(INFO, 2023, code, YEAR_END).record();
      assertThat(r.overBudgetApprovedBy()).isEqualTo("UNAUTHENTICATED");
      assertThat(r.overBudgetReason()).isEqualTo("已申请追加预算");
    } finally {
      transaction.rollback();
    }
    assertThat(records.budgetLines(INFO, 2023).get(0).available()).isEqualTo(available);
  }

  @Test
  void onlyAdminsChangeTheRule_andANewVersionChangesTheScore() throws Exception {
    Map<ProcurementRequirement, BigDecimal> points = new EnumMap<>(ProcurementRequirement.class);
    points.put(ProcurementRequirement.INTENTION_AFTER_APPROVAL, new BigDecimal("4"));
    points.put(ProcurementRequirement.INTENTION_BEFORE_START, BigDecimal.ZERO);
    points.put(ProcurementRequirement.CONTRACT_SIGNED, new BigDecimal("2"));
    points.put(ProcurementRequirement.CONTRACT_ANNOUNCED, new BigDecimal("2"));
    points.put(ProcurementRequirement.CONTRACT_FILED, new BigDecimal("2"));
    ProcurementSettings settings = new ProcurementSettings(ProcurementDeadlines.Lengths.DEFAULTS,
        new ProcurementScoring.Points(points));
    assertThat(refusal(() -> records.changeRule(INFO, 2023, settings))).isEqualTo("procurement.rule.adminOnly");
    transaction.begin();
    try {
      records.changeRule(ADMIN, 2023, settings);
      ComplianceReport report = compliance.reportOf(LEADER, 2023, YEAR_END);
      assertThat(report.ruleVersion()).isEqualTo(records.rules(ADMIN, 2023).get(0).version());
      // 4 × 4/15 + 2 × 7/15 + 2 + 2 × 7/15 = 4.9333
      assertThat(report.score().score()).isEqualByComparingTo("4.93");
    } finally {
      transaction.rollback();
    }
    assertThat(compliance.reportOf(LEADER, 2023, YEAR_END).score().score()).isEqualByComparingTo("5.13");
  }

  @Test
  void theExportImportsBackUnchanged_andABrokenSheetChangesNothing() throws Exception {
    byte[] export = records.exportSheet(INFO, 2023, YEAR_END);
    transaction.begin();
    try {
      ImportReport same = records.importSheet(INFO, 2023, export);
      assertThat(same.problems()).isEmpty();
      assertThat(same.created() + same.updated()).isZero();
      assertThat(same.unchanged()).isEqualTo(compliance.reportOf(INFO, 2023, YEAR_END).records().size());
    } finally {
      transaction.rollback();
    }
    ImportReport broken = records.importSheet(INFO, 2023, "not a workbook".getBytes());
    assertThat(broken.applied()).isFalse();
    assertThat(broken.problems().get(0).messageKey()).isEqualTo("procurement.sheet.unreadable");

    // a row with a bad date, one with an unknown method and one of another division: all listed, none applied
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export))) {
      Sheet sheet = wb.getSheet("采购项目");
      sheet.getRow(1).getCell(9).setCellValue("2023-13-45");
      sheet.getRow(2).getCell(5).setCellValue("拍卖");
      Row extra = sheet.createRow(sheet.getLastRowNum() + 1);
      extra.createCell(0).setCellValue("CG2023-001");
      extra.createCell(1).setCellValue("别处的项目");
      extra.createCell(4).setCellValue(1);
      extra.createCell(5).setCellValue("询价");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      ImportReport report = records.importSheet(INFO, 2023, out.toByteArray());
      assertThat(report.applied()).isFalse();
      assertThat(report.problems()).extracting(ImportReport.Problem::messageKey)
          .contains("procurement.sheet.badDate", "procurement.unknownMethod", "procurement.access.otherDivision");
      assertThat(report.problems()).anySatisfy(p -> {
        assertThat(p.row()).isEqualTo(2);
        assertThat(p.column()).isEqualTo("合同签订日期");
      });
    }
  }

  private long count(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
