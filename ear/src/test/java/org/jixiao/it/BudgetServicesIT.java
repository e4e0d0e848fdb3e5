package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.budgeting.api.BudgetFigures;
import org.jixiao.budgeting.api.BudgetLineDetail;
import org.jixiao.budgeting.api.BudgetLineView;
import org.jixiao.budgeting.api.BudgetOverview;
import org.jixiao.budgeting.api.BudgetRow;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.budgeting.api.ImportReport;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.budget.PaceWarning;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The budgeting service on the seeded 2023 year, in the container and on the test database: the report's
 * figures from line-level records, the scoping of division heads, and the rules of every change. Tests that
 * change data run in a transaction they roll back, so the seeded figures stay as the report prints them.
 */
@ExtendWith(ArquillianExtension.class)
class BudgetServicesIT {

  private static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("budget-it", BudgetServicesIT.class);
  }

  @Inject private Budgets budgets;
  @Resource private UserTransaction transaction;

  @Resource(lookup = "jdbc/jixiao")
  private DataSource dataSource;

  private Caller as(Role role, String division) {
    // the test application's callers are unauthenticated; its role mapping grants every role to everyone
    return new Caller("UNAUTHENTICATED", EnumSet.of(role), division);
  }

  private Caller finance() {
    return as(Role.FINANCE, "planning-finance");
  }

  private static Map<String, BudgetRow> rowsByKey(BudgetOverview overview) {
    Map<String, BudgetRow> rows = new java.util.HashMap<>();
    collect(overview.total(), rows);
    overview.levels().forEach(l -> rows.put(l.key(), l));
    return rows;
  }

  private static void collect(BudgetRow row, Map<String, BudgetRow> rows) {
    rows.put(row.key(), row);
    row.children().forEach(c -> collect(c, rows));
  }

  private static void assertFigures(BudgetFigures f, String budget, String executed, String rate) {
    assertThat(f.budget()).isEqualTo(Money.parse(budget));
    assertThat(f.executed()).isEqualTo(Money.parse(executed));
    assertThat(f.executionRate().toString()).isEqualTo(rate);
  }

  @Test
  void seeded2023_reproducesTheReportsBudgetFigures_fromLineLevelRecords() {
    BudgetOverview overview = budgets.overview(finance(), 2023, YEAR_END);
    Map<String, BudgetRow> rows = rowsByKey(overview);
    assertFigures(overview.total().figures(), "494,926.80", "470,338.93", "95.03%");
    assertFigures(rows.get("BASIC_EXPENDITURE").figures(), "13,617.33", "13,214.90", "97.04%");
    assertFigures(rows.get("PROJECT_EXPENDITURE").figures(), "6,678.77", "5,586.76", "83.65%");
    assertFigures(rows.get("SPECIAL_FUND").figures(), "447,790.64", "425,020.15", "94.91%");
    assertFigures(rows.get("OTHER_DEVELOPMENT").figures(), "26,840.06", "26,517.12", "98.80%");
    assertFigures(rows.get("CITY_LEVEL").figures(), "276,506.67", "253,413.24", "91.65%");
    assertFigures(rows.get("TRANSFER_TO_LOWER").figures(), "198,124.03", "198,124.03", "100.00%");
    assertThat(overview.reconciles()).isTrue();
    assertThat(overview.allDivisions()).isTrue();
    assertThat(overview.lines()).hasSize(28);
  }

  @Test
  void specialFunds_areTheCityFundAndSevenProvincialFunds_andTheProvincialCarryOverIs227Million() {
    BudgetOverview overview = budgets.overview(finance(), 2023, YEAR_END);
    BudgetRow special = rowsByKey(overview).get("SPECIAL_FUND");
    List<BudgetRow> funds = special.children();
    assertThat(funds).hasSize(8);
    assertThat(funds.get(0).name()).isEqualTo("市促进工业和信息化产业高质量发展专项资金");
    assertThat(overview.total().figures().carryOver()).isEqualTo(Money.parse("22700.00"));
    assertThat(overview.lines())
        .filteredOn(l -> l.figures().carryOver().isPositive())
        .allSatisfy(l -> {
          assertThat(l.fundCode()).startsWith("gd-");
          assertThat(l.carryOverReason()).isEqualTo("省资金年底下达，结转至2024年支出");
        });
    // the fund rows add up to the category, to the cent
    Money sum = funds.stream().map(f -> f.figures().budget()).reduce(Money.ZERO, Money::plus);
    assertThat(sum).isEqualTo(special.figures().budget());
  }

  @Test
  void checkpoints_endOfJuneAndSeptember_comparedWithThePace() {
    BudgetOverview overview = budgets.overview(finance(), 2023, YEAR_END);
    assertThat(overview.checkpoints()).extracting(c -> c.date().toString())
        .containsExactly("2023-06-30", "2023-09-30");
    assertThat(overview.checkpoints()).allSatisfy(c -> assertThat(c.reached()).isTrue());
    assertThat(overview.months()).hasSize(12);
    assertThat(overview.months().get(11).cumulativeExecuted()).isEqualTo(Money.parse("470338.93"));
  }

  @Test
  void divisionHead_seesOnlyTheirDivisionsLines_andTotalsOfThoseLines() {
    BudgetOverview overview = budgets.overview(as(Role.DIVISION_HEAD, "industry"), 2023, YEAR_END);
    assertThat(overview.allDivisions()).isFalse();
    assertThat(overview.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.divisionCode()).isEqualTo("industry"));
    Money sum = overview.lines().stream().map(l -> l.figures().budget()).reduce(Money.ZERO, Money::plus);
    assertThat(overview.total().figures().budget()).isEqualTo(sum);
  }

  @Test
  void divisionHead_readingAnotherDivisionsLine_isRefused_andAudited() throws Exception {
    long before = count("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'REFUSED' AND record_key = 'S02'");
    assertThatThrownBy(() -> budgets.line(as(Role.DIVISION_HEAD, "industry"), 2023, "S02", YEAR_END))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("budget.access.otherDivision"));
    assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'REFUSED' AND record_key = 'S02'"))
        .isEqualTo(before + 1);
  }

  @Test
  void divisionHead_recordingExecution_isRefused_changesNothing_andIsAudited() throws Exception {
    BudgetLineView line = lineOf("P05");
    long before = count("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'REFUSED' AND record_key = 'P05'");
    assertThatThrownBy(() -> budgets.recordExecution(as(Role.DIVISION_HEAD, "industry"), 2023, "P05", 12,
            Money.parse("1.00"), null, line.version()))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("budget.access.financeOnly"));
    assertThat(lineOf("P05").figures().executed()).isEqualTo(line.figures().executed());
    assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'REFUSED' AND record_key = 'P05'"))
        .isEqualTo(before + 1);
  }

  @Test
  void finance_recordsExecution_andTheRateAndWarningChange() throws Exception {
    transaction.begin();
    try {
      BudgetLineView before = lineOf("P05");
      assertThat(before.figures().warning()).isEqualTo(PaceWarning.RED); // 76.48% of a 100% pace
      BudgetLineDetail detail = budgets.line(finance(), 2023, "P05", YEAR_END);
      Money december = detail.months().get(11).executed();
      budgets.recordExecution(finance(), 2023, "P05", 12, december.plus(Money.parse("206.00")), null,
          before.version());
      BudgetLineView after = lineOf("P05");
      assertThat(after.figures().executed()).isEqualTo(Money.parse("876.00"));
      assertThat(after.figures().executionRate().toString()).isEqualTo("100.00%");
      assertThat(after.figures().warning()).isEqualTo(PaceWarning.GREEN);
      assertThat(after.version()).isGreaterThan(before.version());
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void rulesOfChange_eachRefusedWithItsMessage() throws Exception {
    BudgetLineView p05 = lineOf("P05");
    Map<String, Function<Long, Object>> attempts = new java.util.LinkedHashMap<>();
    attempts.put("budget.execution.overspendNeedsReason", v -> {
      budgets.recordExecution(finance(), 2023, "P05", 12, Money.parse("9999.00"), null, v);
      return null;
    });
    attempts.put("validation.negative", v -> {
      budgets.recordExecution(finance(), 2023, "P05", 12, Money.parse("-1.00"), null, v);
      return null;
    });
    attempts.put("validation.month", v -> {
      budgets.recordExecution(finance(), 2023, "P05", 13, Money.parse("1.00"), null, v);
      return null;
    });
    attempts.put("validation.required", v -> {
      budgets.adjustBudget(finance(), 2023, "P05", Money.parse("900.00"), " ", v);
      return null;
    });
    attempts.put("budget.carryOver.moreThanUnspent", v -> {
      budgets.carryOver(finance(), 2023, "P05", Money.parse("300.00"), "下年度继续实施", v);
      return null;
    });
    attempts.put("concurrency.changed", v -> {
      budgets.recordExecution(finance(), 2023, "P05", 12, Money.parse("1.00"), null, v - 1);
      return null;
    });
    attempts.put("budget.line.unknown", v -> {
      budgets.recordExecution(finance(), 2023, "NO-SUCH", 12, Money.parse("1.00"), null, v);
      return null;
    });
    attempts.put("year.unknown", v -> budgets.overview(finance(), 1999, YEAR_END));
    attempts.forEach((key, attempt) ->
        assertThatThrownBy(() -> attempt.apply(p05.version()))
            .as(key)
            .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key)));
    BudgetLineView after = lineOf("P05");
    assertThat(after.figures()).isEqualTo(p05.figures());
    assertThat(after.version()).isEqualTo(p05.version());
  }

  @Test
  void newLine_checksItsClassification() throws Exception {
    transaction.begin();
    try {
      assertThatThrownBy(() -> budgets.createLine(finance(), 2023, new org.jixiao.budgeting.api.NewBudgetLine(
              "T01", "测试", "industry", org.jixiao.domain.budget.BudgetCategory.SPECIAL_FUND,
              org.jixiao.domain.budget.BudgetLevel.CITY_LEVEL, null, Money.parse("10.00"))))
          .isInstanceOfSatisfying(BusinessException.class,
              e -> assertThat(e.messageKey()).isEqualTo("budget.line.fundRequired"));
      assertThatThrownBy(() -> budgets.createLine(finance(), 2023, new org.jixiao.budgeting.api.NewBudgetLine(
              "P01", "重复", "industry", org.jixiao.domain.budget.BudgetCategory.PROJECT_EXPENDITURE, null, null,
              Money.parse("10.00"))))
          .isInstanceOfSatisfying(BusinessException.class,
              e -> assertThat(e.messageKey()).isEqualTo("budget.line.duplicateCode"));
      String code = budgets.createLine(finance(), 2023, new org.jixiao.budgeting.api.NewBudgetLine(
          "T02", "<script>alert(1)</script>", "industry", org.jixiao.domain.budget.BudgetCategory.PROJECT_EXPENDITURE,
          null, null, Money.parse("10.00")));
      assertThat(lineOf(code).name()).isEqualTo("<script>alert(1)</script>");
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void importWithAnyBadRow_changesNothing_andNamesRowColumnAndWhy() throws Exception {
    byte[] xlsx = workbook(
        new Object[][] {{"T10", "新项目", "industry", "项目支出", "", "", "100", "", ""},
                        {"T11", "坏项目", "industry", "不存在的类别", "", "", "abc", "", ""}},
        new Object[][] {{"P05", 12, "-5", ""}, {"P05", 13, "1", ""}});
    long linesBefore = count("SELECT COUNT(*) FROM budget_line");
    ImportReport report = budgets.importWorkbook(finance(), 2023, xlsx);
    assertThat(report.applied()).isFalse();
    assertThat(report.problems())
        .extracting(p -> p.sheet() + ":" + p.row() + ":" + p.messageKey())
        .contains("预算项目:3:budget.import.unknownCategory", "月度执行:2:budget.import.negative",
            "月度执行:3:validation.month");
    assertThat(count("SELECT COUNT(*) FROM budget_line")).isEqualTo(linesBefore);

    ImportReport broken = budgets.importWorkbook(finance(), 2023, "not a workbook".getBytes());
    assertThat(broken.problems()).extracting(ImportReport.ImportProblem::messageKey)
        .containsExactly("budget.import.unreadable");
  }

  @Test
  void goodImport_createsLinesAndRecordsMonths() throws Exception {
    transaction.begin();
    try {
      byte[] xlsx = workbook(
          new Object[][] {{"T20", "导入项目", "sme", "其他事业发展支出", "市本级资金", "", "120.5", "", ""}},
          new Object[][] {{"T20", 3, "20.25", ""}, {"T20", 4, "30", ""}});
      ImportReport report = budgets.importWorkbook(finance(), 2023, xlsx);
      assertThat(report.problems()).isEmpty();
      assertThat(report.linesCreated()).isEqualTo(1);
      assertThat(report.monthsRecorded()).isEqualTo(2);
      assertThat(lineOf("T20").figures().executed()).isEqualTo(Money.parse("50.25"));
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void export_hasTheReportsTable() throws Exception {
    byte[] xlsx = budgets.exportWorkbook(finance(), 2023, YEAR_END);
    try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      Sheet table = wb.getSheetAt(0);
      Row total = table.getRow(2);
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("全年预算");
      assertThat(total.getCell(4).getStringCellValue()).isEqualTo("95.03%");
      assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(28);
    }
  }

  @Test
  void warningThresholds_areChangedByAdmins_auditedOldToNew_andBadOnesChangeNothing() throws Exception {
    Caller admin = as(Role.ADMIN, "office");
    transaction.begin();
    try {
      assertThat(budgets.warningRule(finance(), 2023).yellowLag()).isEqualByComparingTo("5");
      budgets.changeWarningRule(admin, 2023, new java.math.BigDecimal("3"), new java.math.BigDecimal("10"));
      assertThat(budgets.warningRule(finance(), 2023).redLag()).isEqualByComparingTo("10");
      assertThat(budgets.warningRuleHistory(finance(), 2023).get(0).detail())
          .contains("黄色 5.00 → 3.00").contains("红色 15.00 → 10.00");
    } finally {
      transaction.rollback();
    }
    for (String[] bad : new String[][] {{"12", "10"}, {"-1", "10"}, {"5", "101"}}) {
      assertThatThrownBy(() -> budgets.changeWarningRule(admin, 2023, new java.math.BigDecimal(bad[0]),
          new java.math.BigDecimal(bad[1]))).hasMessageContaining("budget.warning.thresholds");
    }
    assertThatThrownBy(() -> budgets.changeWarningRule(admin, 2023, null, null))
        .hasMessageContaining("budget.warning.thresholds");
    assertThat(budgets.warningRule(finance(), 2023).yellowLag()).isEqualByComparingTo("5");
    assertThat(budgets.warningRule(finance(), 2023).redLag()).isEqualByComparingTo("15");
  }

  private BudgetLineView lineOf(String code) {
    return budgets.overview(finance(), 2023, YEAR_END).lines().stream()
        .collect(Collectors.toMap(BudgetLineView::code, l -> l))
        .get(code);
  }

  private long count(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static byte[] workbook(Object[][] lines, Object[][] months) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill(wb.createSheet("预算项目"),
          new String[] {"项目编码", "项目名称", "处室编码", "预算类别", "预算级次", "专项资金编码", "年初预算数（万元）", "全年预算数（万元）", "调整原因"},
          lines);
      fill(wb.createSheet("月度执行"), new String[] {"项目编码", "月份", "执行数（万元）", "超预算原因"}, months);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void fill(Sheet sheet, String[] header, Object[][] rows) {
    Row h = sheet.createRow(0);
    for (int c = 0; c < header.length; c++) {
      h.createCell(c).setCellValue(header[c]);
    }
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v instanceof Integer i) {
          row.createCell(c).setCellValue(i);
        } else if (!"".equals(v)) {
          row.createCell(c).setCellValue(v.toString());
        }
      }
    }
  }
}
