package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorSubcategory;
import org.jixiao.domain.indicators.WorkflowStatus;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.indicators.api.IndicatorSheets;
import org.jixiao.indicators.api.IndicatorView;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.indicators.api.SheetReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The indicators' Excel export and import on the seeded 2023 year, in the container: what each caller's export
 * holds, and that an import with any bad row changes nothing and names the row and column. Good imports run
 * in transactions rolled back; refused ones are not wrapped, as a refusal rolls back its own transaction.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorSheetsIT {

  private static final String SHEET = "绩效指标";
  private static final String[] HEADER = {
    "指标编码", "指标名称", "一级指标", "二级指标", "对应目标", "专项资金编码", "计量单位", "指标性质", "年度指标值", "指标值（文字）",
    "分值", "上年实际值", "实际完成值", "完成情况说明", "偏差原因", "改进措施", "完成率", "得分", "目标状态", "实际值状态"
  };

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("sheets-it", IndicatorSheetsIT.class);
  }

  @Inject private IndicatorSheets sheets;
  @Inject private Indicators indicators;
  @Resource private UserTransaction transaction;

  @Resource(lookup = "jdbc/jixiao")
  private DataSource dataSource;

  private static Caller as(Role role, String division) {
    // the test application's callers are unauthenticated; its role mapping grants every role to everyone
    return new Caller("UNAUTHENTICATED", EnumSet.of(role), division);
  }

  private static final Caller LEADER = as(Role.LEADERSHIP, "office");
  private static final Caller INDUSTRY = as(Role.DIVISION_HEAD, "industry");

  @Test
  void leadershipExport_hasEveryIndicator_withActualCompletionAndScore() throws Exception {
    Map<String, Map<String, Object>> rows = read(sheets.exportWorkbook(LEADER, 2023));
    assertThat(rows.keySet()).isEqualTo(codesSeenBy(LEADER));
    Map<String, Object> o01 = rows.get("O01");
    assertThat(o01.get("指标名称")).isEqualTo("组织、指导、支持举办工信产业招商引资活动数量");
    assertThat(o01.get("一级指标")).isEqualTo("产出指标");
    assertThat(o01.get("二级指标")).isEqualTo("数量指标");
    assertThat(o01.get("指标性质")).isEqualTo("≥（正向）");
    assertThat(o01.get("对应目标")).isEqualTo(3.0);
    assertThat(o01.get("年度指标值")).isEqualTo(100.0);
    assertThat(o01.get("实际完成值")).isEqualTo(213.0);
    assertThat(o01.get("完成率")).isEqualTo(213.0);
    assertThat(o01.get("得分")).isEqualTo(0.30);
    assertThat(o01.get("目标状态")).isEqualTo("已审核");
    assertThat(o01.get("实际值状态")).isEqualTo("已审核");
    assertThat(rows.get("B06").get("指标性质")).isEqualTo("较去年同期下降");
    assertThat(rows.get("B06").get("指标值（文字）")).isEqualTo("较去年同期下降");
    assertThat(rows.get("F-SME-02").get("专项资金编码")).isEqualTo("gd-sme");
  }

  @Test
  void divisionHeadExport_hasOnlyTheirDivisionsRows() throws Exception {
    Map<String, Map<String, Object>> rows = read(sheets.exportWorkbook(INDUSTRY, 2023));
    assertThat(rows).containsKeys("O02", "O11", "B05").doesNotContainKeys("O01", "B04");
    assertThat(rows.keySet()).isEqualTo(codesSeenBy(INDUSTRY));
  }

  @Test
  void importWithOneBadRow_changesNothing_andNamesEveryBadRowAndColumn() throws Exception {
    String good = "X-" + System.nanoTime() % 100000;
    long before = count("SELECT COUNT(*) FROM indicator");
    long refusals = count("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'REFUSED' AND action = 'IMPORT'");
    byte[] xlsx = workbook(
        row(good, "企业满意度", "服务对象满意度指标", "", "%", "≥（正向）", 90, "", 5),
        row(good + "b", "坏指标", "数量指标", "", "家", "大于", 10, "", "五分"),
        row("O02", "新增集成电路布图设计专有权证书或专利证书数", "QUANTITY", 3, "件", "AT_LEAST", 200, "", 0.7, 180, 501));
    SheetReport report = sheets.importWorkbook(INDUSTRY, 2023, xlsx);
    assertThat(report.applied()).isFalse();
    assertThat(report.problems())
        .extracting(p -> p.sheet() + ":" + p.row() + ":" + p.column() + ":" + p.messageKey())
        .containsExactlyInAnyOrder(
            SHEET + ":3:指标性质:indicator.sheet.unknownKind",
            SHEET + ":3:分值:indicator.sheet.number",
            SHEET + ":4::indicator.workflow.notEditable");
    assertThat(report.problems()).filteredOn(p -> p.column().equals("分值"))
        .singleElement().satisfies(p -> assertThat(p.arguments()).containsExactly("五分"));
    assertThat(count("SELECT COUNT(*) FROM indicator")).isEqualTo(before);
    assertThat(codesSeenBy(INDUSTRY)).doesNotContain(good);
    assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'REFUSED' AND action = 'IMPORT'"))
        .isEqualTo(refusals + 1);
  }

  @Test
  void brokenOrWrongFiles_areProblems() throws Exception {
    assertThat(keys(sheets.importWorkbook(INDUSTRY, 2023, "not a workbook".getBytes())))
        .containsExactly("indicator.sheet.unreadable");
    assertThat(keys(sheets.importWorkbook(INDUSTRY, 2023, new byte[0]))).containsExactly("indicator.sheet.empty");
    assertThat(keys(sheets.importWorkbook(INDUSTRY, 2023, new byte[5 * 1024 * 1024 + 1])))
        .containsExactly("indicator.sheet.tooLarge");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Row header = wb.createSheet(SHEET).createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        header.createCell(c).setCellValue(c == 10 ? "权重" : HEADER[c]);
      }
      SheetReport report = sheets.importWorkbook(INDUSTRY, 2023, bytes(wb));
      assertThat(report.problems()).singleElement().satisfies(p -> {
        assertThat(p.messageKey()).isEqualTo("indicator.sheet.header");
        assertThat(p.column()).isEqualTo("分值");
        assertThat(p.arguments()).containsExactly("分值", "权重");
      });
    }
    byte[] formulaAndDecimals = workbook(
        row("Y1", "公式", "数量指标", "", "家", "≥", 10.12345, "", 1));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(formulaAndDecimals))) {
      wb.getSheet(SHEET).getRow(1).getCell(10).setCellFormula("1+1");
      SheetReport report = sheets.importWorkbook(INDUSTRY, 2023, bytes(wb));
      assertThat(report.problems()).extracting(p -> p.column() + ":" + p.messageKey())
          .containsExactlyInAnyOrder("年度指标值:indicator.sheet.decimals", "分值:indicator.sheet.formula");
    }
  }

  @Test
  void goodImport_createsADraftOfTheCallersDivision_andAnExportImportedBackChangesNothing() throws Exception {
    String code = "X-" + System.nanoTime() % 100000;
    transaction.begin();
    try {
      SheetReport report = sheets.importWorkbook(INDUSTRY, 2023,
          workbook(row(code, "=企业满意度", "SERVICE_SATISFACTION", "", "%", "≥（正向）", 90, "", 5)));
      assertThat(report.problems()).isEmpty();
      assertThat(report.created()).isEqualTo(1);
      IndicatorView created = indicators.tree(INDUSTRY, 2023).indicators().stream()
          .filter(i -> i.code().equals(code)).findFirst().orElseThrow();
      assertThat(created.divisionCode()).isEqualTo("industry");
      assertThat(created.subcategory()).isEqualTo(IndicatorSubcategory.SERVICE_SATISFACTION);
      assertThat(created.kind()).isEqualTo(IndicatorKind.AT_LEAST);
      assertThat(created.target()).isEqualByComparingTo("90");
      assertThat(created.weight()).isEqualByComparingTo("5");
      assertThat(created.targetStatus()).isEqualTo(WorkflowStatus.DRAFT);

      // the division's export, imported back, is every row unchanged; text like a formula stays text
      byte[] export = sheets.exportWorkbook(INDUSTRY, 2023);
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export))) {
        Sheet sheet = wb.getSheet(SHEET);
        for (Row row : sheet) {
          if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(code)) {
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=企业满意度");
            assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
          }
        }
      }
      SheetReport again = sheets.importWorkbook(INDUSTRY, 2023, export);
      assertThat(again.problems()).isEmpty();
      assertThat(again.created() + again.targetsUpdated() + again.actualsUpdated()).isZero();
      assertThat(again.unchanged()).isEqualTo(codesSeenBy(INDUSTRY).size());

      // the draft's target changes by a second import
      SheetReport edit = sheets.importWorkbook(INDUSTRY, 2023,
          workbook(row(code, "企业满意度", "服务对象满意度指标", "", "%", "AT_LEAST", 95, "", 5)));
      assertThat(edit.problems()).isEmpty();
      assertThat(edit.targetsUpdated()).isEqualTo(1);
      assertThat(indicators.tree(INDUSTRY, 2023).indicators().stream().filter(i -> i.code().equals(code))
          .findFirst().orElseThrow().target()).isEqualByComparingTo("95");
    } finally {
      transaction.rollback();
    }
    assertThat(codesSeenBy(INDUSTRY)).doesNotContain(code);
  }

  @Test
  void aRowOfAnotherDivisionsIndicator_isRefused_andOnlyDivisionHeadsImport() throws Exception {
    SheetReport report = sheets.importWorkbook(INDUSTRY, 2023,
        workbook(row("B04", "工业增加值增速", "ECONOMIC", 2, "%", "AT_LEAST", 5, "", 1, 1.2, 4)));
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(2);
      assertThat(p.column()).isEqualTo("指标编码");
      assertThat(p.messageKey()).isEqualTo("indicator.access.otherDivision");
      assertThat(p.arguments()).containsExactly("B04");
    });
    byte[] any = workbook(row("Z1", "领导指标", "数量指标", "", "个", "≥", 1, "", 1));
    assertThatThrownBy(() -> sheets.importWorkbook(LEADER, 2023, any))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("indicator.access.divisionHeadOnly"));
  }

  // --- helpers ------------------------------------------------------------------------------------------

  private Set<String> codesSeenBy(Caller caller) {
    return indicators.tree(caller, 2023).indicators().stream().map(IndicatorView::code).collect(Collectors.toSet());
  }

  private static java.util.List<String> keys(SheetReport report) {
    return report.problems().stream().map(SheetReport.SheetProblem::messageKey).toList();
  }

  /** A row's cells by header: numbers as Double, text as String. */
  private static Map<String, Map<String, Object>> read(byte[] xlsx) throws Exception {
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    DataFormatter formatter = new DataFormatter();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheet(SHEET);
      Row header = sheet.getRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        assertThat(header.getCell(c).getStringCellValue()).isEqualTo(HEADER[c]);
      }
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int c = 0; c < HEADER.length; c++) {
          Cell cell = row.getCell(c);
          if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            values.put(HEADER[c], cell.getNumericCellValue());
          } else if (cell != null) {
            values.put(HEADER[c], formatter.formatCellValue(cell));
          }
        }
        rows.put((String) values.get("指标编码"), values);
      }
    }
    return rows;
  }

  /**
   * A row of the import columns up to the last given: code, name, subcategory, goal, unit, kind, target,
   * target text, weight, baseline, actual (一级指标 and the fund are left empty).
   */
  private static Object[] row(Object... values) {
    Object[] cells = new Object[HEADER.length];
    int[] columns = {0, 1, 3, 4, 6, 7, 8, 9, 10, 11, 12};
    for (int i = 0; i < values.length; i++) {
      cells[columns[i]] = values[i];
    }
    return cells;
  }

  private static byte[] workbook(Object[]... rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet(SHEET);
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        header.createCell(c).setCellValue(HEADER[c]);
      }
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null && !"".equals(v)) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      return bytes(wb);
    }
  }

  private static byte[] bytes(XSSFWorkbook wb) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
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
