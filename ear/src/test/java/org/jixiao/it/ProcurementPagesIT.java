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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 信息化推进处's head enters a contract signed late in the browser: the record shows the red flag and the
 * working-day deadlines, the register's 采购管理 score drops from 5.13, and withdrawing the record restores it.
 */
class ProcurementPagesIT {

  private static final String REGISTER = PORTAL + "/procurement/register.xhtml?year=2023";
  private static final String CODE = "CG2023-B" + Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase();

  @BeforeAll
  static void chromiumIsInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of(Browser.CHROMEDRIVER)), "chromium-driver is not installed");
  }

  @Test
  void aLateContract_showsTheRedFlag_andTheScoreChanges() throws Exception {
    try (Browser head = new Browser()) {
      head.open(REGISTER);
      head.loginAs("head.info", PASSWORD);
      head.waitForUrlContaining("/procurement/register.xhtml");
      assertThat(head.textOf("procurementScore")).isEqualTo("5.13");
      assertThat(head.driver.findElements(By.cssSelector("[id='registerForm:records'] tbody tr")))
          .allSatisfy(row -> assertThat(row.getText()).contains("信息化推进处"));
      head.screenshot("procurement-01-register");

      head.click("registerForm:newRecord");
      head.waitForUrlContaining("/procurement/record.xhtml");
      // signed before the award: refused with the reason, nothing saved
      head.type("recordForm:newCode", CODE);
      head.type("recordForm:name", "信息化项目监理服务");
      head.choose("recordForm:method", "竞争性磋商");
      head.type("recordForm:amount", "50");
      head.typeDate("recordForm:intentionPublished", "2023-05-08");
      head.typeDate("recordForm:procurementStarted", "2023-10-09");
      head.typeDate("recordForm:awardNotice", "2023-11-01");
      head.typeDate("recordForm:contractSigned", "2023-10-30");
      head.click("recordForm:save");
      head.waitForText("recordForm:messages", "不能早于");
      head.screenshot("procurement-02-refused");

      head.typeDate("recordForm:contractSigned", "2023-12-15");
      head.typeDate("recordForm:contractAnnounced", "2023-12-18");
      head.typeDate("recordForm:contractFiled", "2023-12-19");
      head.click("recordForm:save");
      try {
        head.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recordForm:lateFlag")));
      } catch (org.openqa.selenium.TimeoutException e) {
        head.screenshot("procurement-03-not-saved");
        throw e;
      }
      assertThat(head.textOf("recordCode")).isEqualTo(CODE);
      String checks = head.textOf("recordForm:checks");
      assertThat(checks).contains("2023-12-01").contains("逾期 14 天").contains("《政府采购法》第四十六条");
      assertThat(head.driver.findElements(By.cssSelector("[id='recordForm:timeline'] .vis-item.jx-tl-late")))
          .isNotEmpty();
      head.screenshot("procurement-03-late-contract");

      head.open(REGISTER);
      assertThat(head.textOf("procurementScore")).isEqualTo("5.06");
      assertThat(head.driver.findElement(By.xpath("//tr[contains(., '" + CODE + "')]")).getAttribute("class"))
          .contains("jx-row-flagged");
      head.driver.findElement(By.cssSelector("[id='registerForm:lateOnly'] .ui-chkbox-box")).click();
      head.wait.until(d -> d.findElements(By.cssSelector("[id='registerForm:records'] tbody tr")).stream()
          .allMatch(r -> r.getAttribute("class").contains("jx-row-flagged")));
      head.screenshot("procurement-04-register-after");

      // withdrawn: the score is the seeded one again
      head.driver.findElement(By.linkText(CODE)).click();
      head.waitForUrlContaining("code=" + CODE);
      head.click("recordForm:withdraw");
      head.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
      head.waitForUrlContaining("/procurement/register.xhtml");
      head.waitForText("registerForm:messages", CODE);
      assertThat(head.textOf("procurementScore")).isEqualTo("5.13");
    }
  }
}
