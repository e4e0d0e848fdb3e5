package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PASSWORD;
import static org.jixiao.it.TestEnvironment.PORTAL;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin's working-day calendar page in Chromium: the 2024 year view marks the National Day holiday and its
 * 调休 Sunday, a bad JSON file is refused with a message, a notice for 2027 is uploaded and listed, a day is
 * added by hand, and the year is removed again (so the other tests find 2027 without a calendar).
 */
class CalendarPagesIT {

  private static final String PAGE = PORTAL + "/admin/calendar.xhtml";

  @BeforeAll
  static void chromiumIsInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of(Browser.CHROMEDRIVER)), "chromium-driver is not installed");
  }

  @Test
  void admin_sees2024_uploads2027_addsADay_andRemovesTheYear() throws Exception {
    Path bad = Files.createTempFile("notice-bad-", ".json");
    Path good = Files.createTempFile("notice-2027-", ".json");
    Files.writeString(bad, "{\"years\": {\"2027\": {\"days\": ["
        + "{\"date\": \"2027-10-01\", \"name\": \"国庆节\", \"offDay\": true},"
        + "{\"date\": \"2027-10-01\", \"name\": \"国庆节\", \"offDay\": true}]}}}");
    Files.writeString(good, "{\"years\": {\"2027\": {\"source\": \"https://www.gov.cn/test/notice-2027.htm\", \"days\": ["
        + "{\"date\": \"2027-01-01\", \"name\": \"元旦\", \"offDay\": true},"
        + "{\"date\": \"2027-10-01\", \"name\": \"国庆节\", \"offDay\": true},"
        + "{\"date\": \"2027-10-09\", \"name\": \"国庆节\", \"offDay\": false}]}}}");
    try (Browser admin = new Browser()) {
      admin.open(PAGE + "?year=2024");
      admin.loginAs("admin", PASSWORD);
      admin.waitForUrlContaining("/admin/calendar.xhtml");
      assertThat(admin.present("[id$='menuCalendar']")).as("menu item").isTrue();

      // the year view: 1 October a holiday named in its tooltip, Sunday 29 September a 调休 working day
      WebElement october1 = admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("day-2024-10-01")));
      assertThat(october1.getAttribute("class")).contains("jx-cal-HOLIDAY");
      assertThat(october1.getAttribute("title")).contains("国庆节").contains("法定节假日");
      WebElement september29 = admin.driver.findElement(By.id("day-2024-09-29"));
      assertThat(september29.getAttribute("class")).contains("jx-cal-MAKE_UP_WORKING_DAY");
      assertThat(september29.getAttribute("title")).contains("国庆节").contains("调休工作日");
      assertThat(admin.driver.findElement(By.id("day-2024-09-28")).getAttribute("class")).contains("jx-cal-WEEKEND");
      assertThat(admin.driver.findElement(By.id("day-2024-09-27")).getAttribute("class")).contains("jx-cal-WORKING_DAY");
      assertThat(admin.textOf("daysForm:days")).contains("2024-10-07").contains("调休上班");
      assertThat(admin.textOf("calendarForm:source")).contains("gov.cn");
      fullPageScreenshot(admin, "calendar-01-year-2024");

      // a bad file: the reason, and nothing imported
      upload(admin, bad);
      admin.wait.until(d -> d.findElement(By.id("messages")).getText().contains("出现了不止一次"));
      assertThat(yearOptions(admin)).doesNotContain("2027");

      // the notice of 2027: imported, shown and listed
      upload(admin, good);
      admin.wait.until(d -> d.findElement(By.id("messages")).getText().contains("导入完成"));
      assertThat(admin.textOf("uploadForm:importResult")).contains("2027").contains("3");
      assertThat(admin.textOf("shownYear")).isEqualTo("2027");
      assertThat(yearOptions(admin)).contains("2027");
      assertThat(admin.textOf("daysForm:days")).contains("2027-01-01").contains("2027-10-09");
      assertThat(admin.driver.findElement(By.id("day-2027-10-09")).getAttribute("class"))
          .contains("jx-cal-MAKE_UP_WORKING_DAY");

      // one more day by hand
      WebElement date = admin.driver.findElement(By.id("dayForm:date_input"));
      date.sendKeys("2027-10-04");
      WebElement name = admin.driver.findElement(By.id("dayForm:name"));
      name.click();
      name.sendKeys("国庆节");
      admin.driver.findElement(By.id("dayForm:saveDay")).click();
      admin.wait.until(d -> d.findElement(By.id("messages")).getText().contains("已保存 2027-10-04"));
      assertThat(admin.textOf("daysForm:days")).contains("2027-10-04");
      assertThat(admin.driver.findElement(By.id("day-2027-10-04")).getAttribute("class")).contains("jx-cal-HOLIDAY");
      fullPageScreenshot(admin, "calendar-02-imported-2027");

      // and the year removed again, after confirming
      admin.driver.findElement(By.id("calendarForm:removeYear")).click();
      admin.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
      admin.wait.until(d -> d.findElement(By.id("messages")).getText().contains("已删除 2027 年"));
      assertThat(yearOptions(admin)).doesNotContain("2027");
    } finally {
      Files.deleteIfExists(bad);
      Files.deleteIfExists(good);
    }
  }

  private static void upload(Browser browser, Path file) {
    browser.driver.findElement(By.cssSelector("[id='uploadForm'] input[type='file']")).sendKeys(file.toString());
  }

  /** The years the year menu offers. */
  private static String yearOptions(Browser browser) {
    return String.join(" ", browser.driver.findElements(By.cssSelector("[id='calendarForm:yearChoice_input'] option"))
        .stream().map(o -> o.getAttribute("textContent")).toList());
  }

  /** The whole page, not just the window: the year view and the panels under it. */
  private static void fullPageScreenshot(Browser browser, String name) throws Exception {
    long height = (Long) ((JavascriptExecutor) browser.driver).executeScript(
        "return document.documentElement.scrollHeight");
    browser.driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 140, 4000)));
    browser.screenshot(name);
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
  }
}
