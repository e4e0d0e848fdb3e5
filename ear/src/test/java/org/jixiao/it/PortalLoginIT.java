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

/** Logs in through the real Keycloak page in headless Chromium, as the users do. */
class PortalLoginIT {

  @BeforeAll
  static void chromiumIsInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of(Browser.CHROMEDRIVER)),
        "chromium-driver is not installed: apt-get install -y chromium chromium-driver (.ci/run does)");
  }

  @Test
  void divisionHead_seesTheirDivisionWithoutAdminMenu_andLogoutEndsBothSessions() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/");
      browser.waitForUrlContaining("/realms/bureau/");
      browser.screenshot("01-keycloak-login");
      browser.loginAs("head.industry", PASSWORD);

      browser.waitForUrlContaining("/jixiao/division/home.xhtml");
      assertThat(browser.textOf("divisionName")).isEqualTo("产业发展处");
      assertThat(browser.textOf("departmentName")).isEqualTo("广州市工业和信息化局");
      assertThat(browser.textOf("currentYear")).isEqualTo("2023");
      assertThat(browser.textOf("yearStatus")).isEqualTo("进行中");
      assertThat(browser.textOf("userBox")).contains("产业发展处").contains("处室负责人");
      assertThat(browser.driver.getPageSource()).contains("推动“四化”平台赋能制造业转型升级");
      assertThat(browser.present("[id$='menuDivision']")).isTrue();
      assertThat(browser.present("[id$='menuAdmin']")).as("admin menu for a division head").isFalse();
      browser.screenshot("02-division-head-home");

      browser.driver.findElement(By.id("toEnglish")).click();
      browser.wait.until(d -> d.findElement(By.className("jx-page-title")).getText().equals("Division desk"));
      assertThat(browser.textOf("yearStatus")).isEqualTo("Open");
      browser.screenshot("03-division-head-home-english");
      browser.driver.findElement(By.id("toChinese")).click();
      browser.wait.until(d -> d.findElement(By.className("jx-page-title")).getText().equals("处室工作台"));

      browser.driver.findElement(By.id("logout")).click();
      browser.waitForUrlContaining("/jixiao/public/signed-out.xhtml");
      assertThat(browser.textOf("signedOut")).contains("您已安全退出");
      browser.screenshot("04-signed-out");

      // Keycloak's session is gone too: the portal asks for a login again
      browser.open(PORTAL + "/division/home.xhtml");
      browser.waitForUrlContaining("/realms/bureau/");
      assertThat(browser.present("#username")).isTrue();
    }
  }

  @Test
  void admin_seesTheAdminMenuAndHome() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/");
      browser.loginAs("admin", PASSWORD);
      browser.waitForUrlContaining("/jixiao/admin/home.xhtml");
      assertThat(browser.present("[id$='menuAdmin']")).isTrue();
      assertThat(browser.textOf("calendarYears")).isEqualTo("2023, 2024, 2025, 2026");
      assertThat(browser.driver.getPageSource()).contains("无线电管理处").contains("投资与技术改造处");
      browser.screenshot("05-admin-home");
    }
  }

  @Test
  void leadershipAndFinance_landOnTheirHomes() throws Exception {
    for (String[] user : new String[][] {{"leader1", "leadership"}, {"finance", "finance"}}) {
      try (Browser browser = new Browser()) {
        browser.open(PORTAL + "/");
        browser.loginAs(user[0], PASSWORD);
        browser.waitForUrlContaining("/jixiao/" + user[1] + "/home.xhtml");
        assertThat(browser.driver.getPageSource()).contains("2023").contains("产业发展处");
        assertThat(browser.present("[id$='menuAdmin']")).isFalse();
        browser.screenshot("06-" + user[1] + "-home");
      }
    }
  }

  @Test
  void divisionHead_isRefusedTheAdminPages() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/admin/home.xhtml");
      browser.loginAs("head.info", PASSWORD);
      assertThat(browser.textOf("error403")).contains("没有访问此页面的权限");
      browser.screenshot("07-division-head-on-admin-page");
    }
  }

  @Test
  void userWithoutRole_getsAClear403Page() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/");
      browser.loginAs("guest", PASSWORD);
      assertThat(browser.textOf("error403")).contains("没有访问此页面的权限");
      assertThat(browser.present("[id$='menuHome']")).isFalse();
      browser.screenshot("08-no-role-403");
    }
  }

  @Test
  void wrongPassword_showsKeycloaksMessage_andNoPortalPage() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/");
      browser.loginAs("head.industry", "not-the-password");
      String error =
          browser.wait
              .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id^='input-error']")))
              .getText();
      assertThat(error).containsAnyOf("无效的用户名或密码", "Invalid username or password");
      assertThat(browser.driver.getCurrentUrl()).contains("/realms/bureau/");
      browser.screenshot("09-wrong-password");
    }
  }
}
