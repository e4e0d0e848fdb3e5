package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.domain.audit.AuditLog;
import org.jixiao.domain.audit.AuditQuery;
import org.jixiao.domain.evaluation.ImprovementPoint;
import org.jixiao.domain.evaluation.ReportFormat;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.indicators.api.IndicatorSheets;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.procurement.api.ProcurementRecords;
import org.jixiao.procurement.api.RecordDraft;
import org.jixiao.reporting.api.Evaluations;
import org.jixiao.reporting.api.PointView;
import org.jixiao.reporting.api.Reports;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Markup, SQL and spreadsheet formulas typed into free text (procurement record names of a division head, a
 * problem/measure of the report): pages show them escaped and no script runs, DOCX and PDF carry the literal
 * text, no export has a formula cell and text starting like a formula is stored quote-prefixed, and the tables are
 * still there. Everything written is removed at the end (the seeded 2023 evaluation total stays 90.74). The steps
 * run in order because the pages are looked at from outside the container (and a real browser) between writing
 * the payloads in it and removing them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InjectionIT {

  static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  static final String SQL = "'; DROP TABLE indicator; --";
  static final String[] FORMULAS = {"=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)"};
  static final String POINT = "脚本测试 " + SCRIPT + " " + SQL;
  static final String FORMULA_POINT = FORMULAS[0];

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("injection-it", InjectionIT.class);
  }

  @Inject private ProcurementRecords procurement;
  @Inject private Reports reports;
  @Inject private Evaluations evaluations;
  @Inject private Budgets budgets;
  @Inject private IndicatorSheets indicatorSheets;
  @Inject private Indicators indicators;
  @EJB private AuditLog auditLog;

  private static Caller as(Role role, String division) {
    return new Caller("UNAUTHENTICATED", EnumSet.of(role), division);
  }

  private static final Caller HEAD = as(Role.DIVISION_HEAD, "info");
  private static final Caller FINANCE = as(Role.FINANCE, "planning-finance");
  private static final Caller LEADER = as(Role.LEADERSHIP, "office");
  private static final Caller ADMIN = as(Role.ADMIN, "office");

  static List<String> names() {
    List<String> names = new ArrayList<>(List.of(SCRIPT, SQL));
    names.addAll(List.of(FORMULAS));
    return names;
  }

  static String code(int i) {
    return "INJ-" + (i + 1);
  }

  @Test
  @Order(1)
  void aDivisionHeadAndFinance_writeThePayloadsIntoFreeText() {
    List<String> names = names();
    for (int i = 0; i < names.size(); i++) {
      procurement.create(HEAD, 2023, new RecordDraft(code(i), names.get(i), null, Money.parse("1"), "询价",
          LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 10), LocalDate.of(2023, 5, 4), null, null, null), false);
    }
    // a document whose title, file name and content are markup: listed escaped, downloaded as an attachment
    procurement.addDocumentFile(HEAD, 2023, code(0), SCRIPT, "<b>合同</b>.pdf",
        ("%PDF-1.4 " + SCRIPT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    reports.savePoint(FINANCE, 2023, null, ImprovementPoint.Kind.MEASURE, POINT, "C4", null, 0);
    reports.savePoint(FINANCE, 2023, null, ImprovementPoint.Kind.MEASURE, FORMULA_POINT, "C4", null, 0);
    assertThat(procurement.record(LEADER, 2023, code(1), LocalDate.of(2023, 12, 31)).record().name())
        .isEqualTo(SQL);
  }

  @Test
  @Order(2)
  @RunAsClient
  void pages_showThePayloadsEscaped_andRunNoScript() throws Exception {
    // in a class of its own: the container never loads the browser's classes
    InjectionPages.check();
  }

  @Test
  @Order(3)
  void documents_carryTheLiteralText_andWorkbooksNoFormulas() throws Exception {
    byte[] docx = reports.generate(LEADER, 2023, ReportFormat.DOCX).content();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains(POINT).contains(FORMULA_POINT);
    }
    byte[] pdf = reports.generate(LEADER, 2023, ReportFormat.PDF).content();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text).contains(POINT.replaceAll("\\s+", "")).contains(FORMULA_POINT.replaceAll("\\s+", ""));
    }

    List<String> procurementCells = textCells(procurement.exportSheet(LEADER, 2023, LocalDate.of(2023, 12, 31)));
    assertThat(procurementCells).contains(SCRIPT, SQL).contains(FORMULAS);
    textCells(reports.generate(LEADER, 2023, ReportFormat.XLSX).content());
    textCells(budgets.exportWorkbook(FINANCE, 2023, LocalDate.of(2023, 12, 31)));
    textCells(indicatorSheets.exportWorkbook(LEADER, 2023));
    List<String> audit = textCells(auditLog.export(ADMIN,
        new AuditQuery(null, null, null, null, LocalDate.now().minusDays(1), null), Locale.SIMPLIFIED_CHINESE));
    assertThat(String.join("\n", audit)).contains("INJ-1");
  }

  /** Every cell's text; fails on a formula cell or on text starting like a formula that is not quote-prefixed. */
  static List<String> textCells(byte[] xlsx) throws IOException {
    List<String> texts = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            String where = sheet.getSheetName() + "!" + cell.getAddress();
            assertThat(cell.getCellType()).as(where).isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() == CellType.STRING) {
              String value = cell.getStringCellValue();
              texts.add(value);
              if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(where + " " + value).isTrue();
              }
            }
          }
        }
      }
    }
    return texts;
  }

  @Test
  @Order(4)
  void theTablesAreStillThere_andEverythingWrittenIsRemoved() {
    assertThat(indicators.tree(LEADER, 2023).indicators()).isNotEmpty();
    List<String> names = names();
    for (int i = 0; i < names.size(); i++) {
      String code = code(i);
      try {
        long version = procurement.record(HEAD, 2023, code, LocalDate.of(2023, 12, 31)).record().version();
        procurement.withdraw(HEAD, 2023, code, version);
      } catch (org.jixiao.domain.BusinessException e) {
        // not created (an earlier step failed)
      }
    }
    for (PointView p : reports.improvements(FINANCE, 2023)) {
      if (p.content().equals(POINT) || p.content().equals(FORMULA_POINT)) {
        reports.removePoint(FINANCE, 2023, p.id());
      }
    }
    assertThat(reports.improvements(FINANCE, 2023)).extracting(PointView::content)
        .doesNotContain(POINT, FORMULA_POINT);
    assertThat(evaluations.evaluation(LEADER, 2023).result().total()).isEqualByComparingTo("90.74");
  }
}
