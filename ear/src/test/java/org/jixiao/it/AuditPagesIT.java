package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.HTTP;
import static org.jixiao.it.TestEnvironment.PASSWORD;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.accessTokenOf;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The 操作日志 page as its users see it: an administrator filters the trail down to a division head's refused
 * attempt, is told when the date range or a date is wrong, and exports the filtered entries to Excel; a division
 * head's page says it shows their division's entries and lists nothing of another division.
 */
class AuditPagesIT {

  private static final String TRAIL = PORTAL + "/audit/trail.xhtml";

  @BeforeAll
  static void chromiumIsInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of(Browser.CHROMEDRIVER)), "chromium-driver is not installed");
  }

  @Test
  void admin_filtersTheTrail_isToldOfBadDates_andExportsTheFilteredEntries() throws Exception {
    // an entry to look for: head.industry tries to edit another division's indicator (refused, audited)
    HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(PORTAL + "/api/v1/years/2023/indicators/B04"))
        .header("Authorization", "Bearer " + accessTokenOf("head.industry")).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(
            "{\"name\":\"x\",\"subcategory\":\"ECONOMIC\",\"kind\":\"AT_LEAST\",\"target\":1,\"weight\":1,\"version\":0}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(403);

    Path downloads = Files.createTempDirectory("jixiao-audit-");
    try (Browser admin = new Browser()) {
      admin.open(TRAIL);
      admin.loginAs("admin", PASSWORD);
      admin.waitForUrlContaining("/audit/trail.xhtml");
      assertThat(admin.textOf("auditForm:entries")).contains("时间").contains("用户");
      assertThat(admin.driver.findElement(By.id("menuAudit")).getText()).contains("操作日志");

      admin.type("auditForm:user", "head.industry");
      admin.choose("auditForm:recordType", "绩效指标");
      search(admin);
      admin.waitForText("auditForm:entries", "B04");
      String table = admin.textOf("auditForm:entries");
      assertThat(table).contains("head.industry").contains("已拒绝").doesNotContain("head.info");
      admin.screenshot("audit-01-filtered");

      // from after to: refused with a message, nothing listed
      admin.typeDate("auditForm:from", "2023-05-02");
      admin.typeDate("auditForm:to", "2023-05-01");
      search(admin);
      admin.waitForText("auditForm:messages", "日期范围有误");
      admin.waitForText("auditForm:entries", "没有符合条件的记录");
      // not a date at all: the field's own message
      admin.typeDate("auditForm:from", "2023-13-45");
      admin.typeDate("auditForm:to", "");
      search(admin);
      admin.waitForText("auditForm:messages", "日期格式应为 yyyy-MM-dd");
      admin.screenshot("audit-02-bad-dates");

      // any entry with old and new values opens to show them side by side
      admin.click("auditForm:clear");
      admin.wait.until(d -> d.findElement(By.id("auditForm:user")).getAttribute("value").isEmpty());
      admin.choose("auditForm:division", "产业发展处");
      search(admin);
      By toggler = By.cssSelector("#auditForm\\:entries .ui-row-toggler");
      if (!admin.driver.findElements(toggler).isEmpty()) {
        admin.wait.until(ExpectedConditions.elementToBeClickable(toggler)).click();
        admin.waitForText("auditForm:entries", "原值");
        admin.screenshot("audit-02b-old-and-new");
      }
      admin.choose("auditForm:division", "全部");
      admin.type("auditForm:user", "head.industry");
      admin.choose("auditForm:recordType", "绩效指标");

      // valid again, then the export holds the filtered rows
      admin.typeDate("auditForm:from", "");
      search(admin);
      admin.waitForText("auditForm:entries", "B04");
      Path xlsx = admin.download(downloads, ".xlsx", () -> admin.click("auditForm:export"));
      List<List<String>> rows = new ArrayList<>();
      try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
        DataFormatter formatter = new DataFormatter();
        for (Row row : wb.getSheetAt(0)) {
          List<String> cells = new ArrayList<>();
          row.forEach(c -> cells.add(formatter.formatCellValue(c)));
          rows.add(cells);
        }
      }
      assertThat(rows.get(0)).startsWith("时间", "用户", "处室", "操作", "结果", "记录类型", "记录");
      assertThat(rows.subList(1, rows.size())).isNotEmpty()
          .allSatisfy(r -> assertThat(r.get(1)).isEqualTo("head.industry"))
          .allSatisfy(r -> assertThat(r.get(5)).isEqualTo("Indicator"))
          .anySatisfy(r -> assertThat(r).contains("B04", "已拒绝"));
    } finally {
      try (var files = Files.list(downloads)) {
        files.forEach(f -> f.toFile().delete());
      }
      Files.deleteIfExists(downloads);
    }
  }

  @Test
  void divisionHead_seesTheirOwnEntries_notOtherPeoplesDepartmentWideOnes() throws Exception {
    // an entry of head.info's own: an attempt on another division's indicator, refused
    HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(PORTAL + "/api/v1/years/2023/indicators/O02"))
        .header("Authorization", "Bearer " + accessTokenOf("head.info")).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(
            "{\"name\":\"x\",\"subcategory\":\"ECONOMIC\",\"kind\":\"AT_LEAST\",\"target\":1,\"weight\":1,\"version\":0}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(403);
    try (Browser head = new Browser()) {
      head.open(TRAIL);
      head.loginAs("head.info", PASSWORD);
      head.waitForUrlContaining("/audit/trail.xhtml");
      assertThat(head.driver.findElement(By.cssSelector("#auditForm .jx-hint")).getText()).contains("本处室");
      head.waitForText("auditForm:entries", "head.info");
      head.screenshot("audit-03-division-head");
      // the administrator's changes of rules and calendars are department-wide: not a division head's
      head.type("auditForm:user", "admin");
      search(head);
      head.waitForText("auditForm:entries", "没有符合条件的记录");
    }
  }

  /** Clicks 查询 and waits for the table the answer brings (the old one goes). */
  private static void search(Browser browser) {
    var before = browser.driver.findElement(By.id("auditForm:entries"));
    browser.click("auditForm:search");
    browser.wait.until(ExpectedConditions.stalenessOf(before));
  }
}
