package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PASSWORD;
import static org.jixiao.it.TestEnvironment.PORTAL;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Opening a year as its users click through it: an admin opens 2024 on 年度管理 (confirming what is copied) and
 * sets its budget approval date; a division head finds the proposed drafts with their notes on 我的指标; finance
 * finds the flagged suggestions on the 2024 budget page; the leadership home compares the years. The opened year
 * is removed at the end (test-only SQL on the test database).
 */
class YearPagesIT {

  private static final String YEARS = PORTAL + "/admin/years.xhtml";

  @BeforeAll
  static void chromiumAndPostgreSQL() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of(Browser.CHROMEDRIVER)), "chromium-driver is not installed");
    Assumptions.assumeTrue("postgres".equals(TestEnvironment.databaseKind()),
        "the opened year is removed with SQL on PostgreSQL");
  }

  @Test
  void anAdminOpens2024_theDivisionSeesItsProposals_financeTheSuggestions_leadershipTheComparison()
      throws Exception {
    removeYear();
    try {
      try (Browser admin = new Browser()) {
        admin.open(YEARS);
        admin.loginAs("admin", PASSWORD);
        admin.waitForUrlContaining("/admin/years.xhtml");
        assertThat(admin.textOf("nextYear")).isEqualTo("2024");
        assertThat(admin.textOf("yearsForm:notSealed")).contains("2023 年度尚未封存");
        admin.screenshot("years-01-before");
        admin.click("yearsForm:openNext");
        admin.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        admin.waitForText("yearsForm:messages", "已开启 2024 年度");
        assertThat(admin.textOf("yearsForm:openedPanel")).contains("建议指标草稿 45 项").contains("评价指标体系草稿");
        assertThat(admin.textOf("selectedYear")).isEqualTo("2024");
        assertThat(admin.textOf("nextYear")).isEqualTo("2025");
        admin.screenshot("years-02-opened");
        scrollTo(admin, "yearsForm:yearPanel");
        admin.typeDate("yearsForm:approvalDate", "2024-02-08");
        admin.click("yearsForm:saveApproval");
        admin.waitForText("yearsForm:messages", "已保存 2024 年度的部门预算批复日");
        admin.typeDate("yearsForm:checkpoint", "2025-03-31");
        admin.click("yearsForm:addCheckpoint");
        admin.waitForText("yearsForm:messages", "不在 2024 年度内");
        admin.waitForText("yearsForm:years", "2024-02-08");
        admin.screenshot("years-03-dates");
      }

      // the API: the list, and opening again or too far refused
      String adminToken = TestEnvironment.accessTokenOf("admin");
      HttpResponse<String> list = TestEnvironment.get(PORTAL + "/api/v1/years", adminToken);
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(list.body()).contains("\"year\":2024").contains("\"budgetApprovedOn\":\"2024-02-08\"");
      assertThat(post("{\"year\":2024}", adminToken).statusCode()).isEqualTo(409);
      HttpResponse<String> tooFar = post("{\"year\":2026}", adminToken);
      assertThat(tooFar.statusCode()).isEqualTo(422);
      assertThat(tooFar.body()).contains("year.open.notNext");
      assertThat(post("{\"year\":2025}", TestEnvironment.accessTokenOf("finance")).statusCode()).isEqualTo(403);

      try (Browser head = new Browser()) {
        head.open(PORTAL + "/division/indicators.xhtml?year=2024");
        head.loginAs("head.investment", PASSWORD);
        head.waitForUrlContaining("/division/indicators.xhtml");
        WebElement o01 = head.wait.until(d -> d.findElements(By.cssSelector("[id='mineForm:mine'] tbody tr"))
            .stream().filter(r -> r.getText().contains("O01")).findFirst().orElse(null));
        assertThat(o01.getText()).contains("2023 年建议").contains("目标取上年实际完成值").contains("草稿")
            .contains("≥ 213");
        head.screenshot("years-04-proposals");
        o01.findElement(By.cssSelector("a[id$=':select']")).click();
        head.waitForText("mineForm:proposalNote", "加强绩效指标标准体系建设");
        assertThat(head.textOf("mineForm:proposalNote")).contains("据 2023 年同编码指标建议：上年目标 100 场，实际完成 213 场");
        scrollTo(head, "mineForm:proposalNote");
        head.screenshot("years-04b-proposal-note");
      }

      try (Browser finance = new Browser()) {
        finance.open(PORTAL + "/budget/overview.xhtml?year=2024");
        finance.loginAs("finance", PASSWORD);
        finance.waitForUrlContaining("/budget/overview.xhtml");
        finance.waitForText("suggestions", "P05");
        assertThat(finance.textOf("suggestions")).contains("执行率低").contains("指标未达标")
            .contains("F-HQ-04");
        scrollTo(finance, "suggestions");
        finance.screenshot("years-05-suggestions");
      }

      try (Browser leader = new Browser()) {
        leader.open(PORTAL + "/leadership/home.xhtml");
        leader.loginAs("leader1", PASSWORD);
        leader.waitForUrlContaining("/leadership/home.xhtml");
        assertThat(leader.textOf("total-2023")).isEqualTo("90.74");
        assertThat(leader.textOf("budgetRate-2023")).isEqualTo("95.03%");
        assertThat(leader.textOf("procurement-2023")).isEqualTo("5.13 / 10");
        assertThat(leader.textOf("total-2024")).isEqualTo("—");
        assertThat(leader.textOf("budgetRate-2024")).isEqualTo("—");
        scrollTo(leader, "yearComparison");
        leader.screenshot("years-06-comparison");
      }
    } finally {
      removeYear();
    }
  }

  private static void scrollTo(Browser b, String id) {
    ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
        "arguments[0].scrollIntoView({block: 'start'});", b.driver.findElement(By.id(id)));
  }

  private static HttpResponse<String> post(String json, String token) throws Exception {
    return TestEnvironment.HTTP.send(HttpRequest.newBuilder(URI.create(PORTAL + "/api/v1/years"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void removeYear() throws Exception {
    String[] db = Files.readString(Path.of(System.getProperty("it.env.dir", "target/it-env"), "db")).strip()
        .split(" ");
    try (Connection c = DriverManager.getConnection(db[1], db[2], "")) {
      OpenedYearCleanup.remove(c, 2024);
    }
  }
}
