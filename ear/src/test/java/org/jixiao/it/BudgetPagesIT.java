package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PASSWORD;
import static org.jixiao.it.TestEnvironment.PORTAL;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The budget pages as their users click through them, logged in through Keycloak in Chromium. */
class BudgetPagesIT {

  private static final String P05 = PORTAL + "/budget/line.xhtml?year=2023&code=P05&asOf=2023-12-31";

  @BeforeAll
  static void chromiumIsInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of(Browser.CHROMEDRIVER)), "chromium-driver is not installed");
  }

  /**
   * The overview's tree opens two levels for the whole bureau; a row's button opens and closes the rows under it in
   * the browser (tree.js), with no request: the page keeps no view state to send one with.
   */
  @Test
  void theOverviewsTree_opensAndClosesInTheBrowser() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/budget/overview.xhtml?year=2023&asOf=2023-12-31");
      browser.loginAs("leader1", PASSWORD);
      browser.waitForUrlContaining("/budget/overview.xhtml");
      By rows = By.cssSelector("#budgetTree tbody tr");
      By toggles = By.cssSelector("#budgetTree tbody tr .jx-tree-toggle");
      long shown = visible(browser, rows);
      assertThat(browser.textOf("budgetTree")).contains("基本支出").doesNotContain("人员经费");
      String url = browser.driver.getCurrentUrl();

      WebElement basic = browser.driver.findElements(rows).stream().filter(r -> r.getText().contains("基本支出"))
          .findFirst().orElseThrow();
      WebElement open = basic.findElement(By.cssSelector(".jx-tree-toggle"));
      assertThat(open.getAttribute("aria-expanded")).isEqualTo("false");
      open.click();
      browser.wait.until(d -> browser.textOf("budgetTree").contains("B01"));
      assertThat(open.getAttribute("aria-expanded")).isEqualTo("true");
      long opened = visible(browser, rows);
      assertThat(opened).isGreaterThan(shown);
      browser.screenshot("budget-00-tree-opened");

      WebElement total = browser.driver.findElements(toggles).get(0); // 全年预算: closes everything under it
      total.click();
      browser.wait.until(d -> visible(browser, rows) == 1);
      total.click(); // opens again as it was, 基本支出 still open
      browser.wait.until(d -> visible(browser, rows) == opened);
      assertThat(browser.driver.getCurrentUrl()).as("still the page as opened").isEqualTo(url);
    }
  }

  private static long visible(Browser browser, By rows) {
    return browser.driver.findElements(rows).stream().filter(WebElement::isDisplayed).count();
  }

  @Test
  void finance_recordsAnExecution_andSeesTheRateAndWarningChange() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/budget/overview.xhtml?year=2023&asOf=2023-12-31");
      browser.loginAs("finance", PASSWORD);
      browser.waitForUrlContaining("/budget/overview.xhtml");
      assertThat(browser.textOf("factBudget")).isEqualTo("494,926.80");
      assertThat(browser.textOf("factExecuted")).isEqualTo("470,338.93");
      assertThat(browser.textOf("factRate")).isEqualTo("95.03%");
      assertThat(browser.textOf("budgetTree")).contains("13,617.33").contains("97.04%")
          .contains("6,678.77").contains("83.65%").contains("447,790.64").contains("94.91%")
          .contains("26,840.06").contains("98.80%");
      assertThat(browser.textOf("levels")).contains("276,506.67").contains("91.65%")
          .contains("198,124.03").contains("100.00%");
      browser.screenshot("budget-01-finance-overview");

      browser.open(P05);
      assertThat(browser.textOf("factRate")).isEqualTo("76.48%");
      assertThat(browser.textOf("factWarning")).isEqualTo("红色预警");
      String december = monthExecuted(browser, 12);
      BigDecimal original = new BigDecimal(december.replace(",", ""));
      try {
        record(browser, original.add(new BigDecimal("206.00")).toPlainString());
        browser.wait.until(d -> d.findElement(By.id("factRate")).getText().equals("100.00%"));
        assertThat(browser.textOf("factWarning")).isEqualTo("正常");
        assertThat(browser.textOf("lineForm:messages")).contains("月度执行数已保存");
        browser.screenshot("budget-02-finance-recorded-execution");

        // bad input changes nothing and says why
        record(browser, "12.345");
        browser.wait.until(d -> d.findElement(By.id("lineForm:messages")).getText().contains("最多保留两位小数"));
        record(browser, "abc");
        browser.wait.until(d -> d.findElement(By.id("lineForm:messages")).getText().contains("不是金额"));
        record(browser, "99999");
        browser.wait.until(d -> d.findElement(By.id("lineForm:messages")).getText().contains("请填写超预算原因"));
        assertThat(browser.textOf("factRate")).isEqualTo("100.00%");
        browser.screenshot("budget-03-finance-refused-input");
      } finally {
        record(browser, original.toPlainString());
        browser.wait.until(d -> d.findElement(By.id("factRate")).getText().equals("76.48%"));
      }
    }
  }

  @Test
  void divisionHead_seesOnlyTheirDivisionsLines_andNoForms() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/budget/overview.xhtml?year=2023&asOf=2023-12-31");
      browser.loginAs("head.industry", PASSWORD);
      browser.waitForUrlContaining("/budget/overview.xhtml");
      assertThat(browser.textOf("scopeNote")).contains("产业发展处");
      // a division head has few lines: the tree opens fully
      List<WebElement> links = browser.driver.findElements(By.cssSelector("a.jx-line-link"));
      assertThat(links).isNotEmpty();
      assertThat(browser.textOf("budgetTree"))
          .contains("P05").contains("S01").doesNotContain("S02").doesNotContain("B01");
      browser.screenshot("budget-04-division-head-overview");

      browser.open(P05);
      assertThat(browser.textOf("lineDivision")).isEqualTo("产业发展处");
      assertThat(browser.present("[id$='entryForms']")).as("entry forms for a division head").isFalse();

      // a crafted address for another division's line is refused
      browser.open(PORTAL + "/budget/line.xhtml?year=2023&code=S02");
      assertThat(browser.textOf("lineForm:messages")).contains("属于其他处室");
      assertThat(browser.present("[id$='lineBody']")).isFalse();
      browser.screenshot("budget-05-division-head-refused");

      // and the finance-only entry page answers 403
      browser.open(PORTAL + "/finance/budget.xhtml");
      assertThat(browser.driver.getPageSource()).contains("无权访问");
    }
  }

  @Test
  void finance_importsABadWorkbook_andSeesEveryProblem_withNothingChanged() throws Exception {
    Path xlsx = Files.createTempFile("budget-import-", ".xlsx");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var sheet = wb.createSheet("月度执行");
      String[] header = {"项目编码", "月份", "执行数（万元）", "超预算原因"};
      var h = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("P05");
      row.createCell(1).setCellValue(13);
      row.createCell(2).setCellValue("一百");
      try (var out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/finance/budget.xhtml?year=2023");
      browser.loginAs("finance", PASSWORD);
      browser.waitForUrlContaining("/finance/budget.xhtml");
      browser.driver.findElement(By.id("entryForm:upload_input")).sendKeys(xlsx.toString());
      browser.wait.until(d -> d.findElement(By.id("entryForm:messages")).getText().contains("未导入任何数据"));
      assertThat(browser.textOf("entryForm:importProblems")).contains("月度执行").contains("“一百”不是数字");
      browser.screenshot("budget-06-finance-import-problems");
      browser.open(P05);
      assertThat(browser.textOf("factRate")).isEqualTo("76.48%");
    } finally {
      Files.deleteIfExists(xlsx);
    }
  }

  private static String monthExecuted(Browser browser, int month) {
    WebElement row = browser.driver.findElements(By.cssSelector("[id='lineForm:months'] tbody tr")).get(month - 1);
    return row.findElements(By.tagName("td")).get(1).getText();
  }

  private static void record(Browser browser, String amount) {
    WebElement input = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("lineForm:executedAmount")));
    input.clear();
    input.sendKeys(amount);
    WebElement before = browser.driver.findElement(By.id("lineForm:lineBody"));
    browser.driver.findElement(By.id("lineForm:recordExecution")).click();
    browser.wait.until(ExpectedConditions.stalenessOf(before));
  }
}
