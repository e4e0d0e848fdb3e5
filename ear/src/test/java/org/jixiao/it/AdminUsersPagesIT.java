package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PASSWORD;
import static org.jixiao.it.TestEnvironment.PORTAL;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The walk-through in a real browser against the real Keycloak: an admin creates head.test in 中小企业处,
 * head.test logs in with the temporary password and must change it, lands on that division's home; the admin then
 * disables the user and sees every step in the user's audit trail. Then the divisions page keeps a Keycloak group
 * in step with a new division.
 */
class AdminUsersPagesIT {

  private static final String USERNAME = "head.test";
  private static final String TEMPORARY = "Temp2023abc";
  private static final String CHOSEN = "Chosen2023xyz";
  private static final String DIVISION = "数据经济处";
  private static final String MOVED = "move.test";

  @BeforeAll
  static void chromiumIsInstalled() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of(Browser.CHROMEDRIVER)), "chromium-driver is not installed");
    KeycloakTestAdmin.deleteUser(USERNAME);
  }

  @AfterAll
  static void removeWhatTheTestMade() throws Exception {
    KeycloakTestAdmin.deleteUser(USERNAME);
    KeycloakTestAdmin.deleteUser(MOVED);
    KeycloakTestAdmin.deleteGroupNamed(DIVISION);
  }

  @Test
  void admin_createsAUser_whoLogsInAndChangesThePassword_thenTheAdminDisablesThem() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/admin/users.xhtml");
      browser.loginAs("admin", PASSWORD);
      browser.waitForUrlContaining("/admin/users.xhtml");
      browser.waitForText("usersForm:users", "head.industry");
      browser.screenshot("admin-users-01-list");

      // a weak password is refused and nothing is made
      browser.type("newUserForm:username", USERNAME);
      browser.type("newUserForm:lastName", "测");
      browser.type("newUserForm:firstName", "试");
      browser.type("newUserForm:email", "head.test@example.org");
      browser.choose("newUserForm:division", "中小企业处");
      browser.type("newUserForm:temporaryPassword", "short");
      browser.click("newUserForm:create");
      browser.waitForText("newUserForm:newUserMessages", "临时密码须为 8–64 位");
      assertThat(KeycloakTestAdmin.user(USERNAME)).isEmpty();

      browser.type("newUserForm:temporaryPassword", TEMPORARY);
      browser.click("newUserForm:create");
      browser.waitForText("newUserForm:newUserMessages", "已创建用户 head.test");
      browser.waitForText("usersForm:users", "首次登录须改密码");
      assertThat(browser.textOf("usersForm:users")).contains("中小企业处").contains("处室负责人");
      assertThat(KeycloakTestAdmin.realmRolesOf(USERNAME)).contains("division-head");
      assertThat(KeycloakTestAdmin.groupPathsOf(USERNAME)).containsExactly("/divisions/中小企业处");
      browser.screenshot("admin-users-02-created");

      browser.click("logout");
      browser.waitForUrlContaining("/public/signed-out.xhtml");

      // head.test: the temporary password, then Keycloak's own "update password" step
      browser.open(PORTAL + "/");
      browser.loginAs(USERNAME, TEMPORARY);
      browser.type("password-new", CHOSEN);
      browser.type("password-confirm", CHOSEN);
      browser.screenshot("admin-users-03-update-password");
      browser.click("kc-submit");
      browser.waitForUrlContaining("/jixiao/division/home.xhtml");
      assertThat(browser.textOf("divisionName")).isEqualTo("中小企业处");
      assertThat(browser.textOf("userBox")).contains("中小企业处").contains("处室负责人");
      browser.screenshot("admin-users-04-new-user-home");
      browser.click("logout");
      browser.waitForUrlContaining("/public/signed-out.xhtml");

      // the admin disables head.test and sees the whole story in the user's audit trail
      browser.open(PORTAL + "/admin/user.xhtml?u=" + USERNAME);
      browser.loginAs("admin", PASSWORD);
      browser.waitForText("userForm:enabledState", "已启用");
      browser.click("userForm:disable");
      browser.wait.until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
      browser.driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
      browser.waitForText("userForm:messages", "已停用用户 head.test");
      browser.waitForText("userForm:enabledState", "已停用");
      String history = browser.textOf("userForm:historyTable");
      assertThat(history).contains("新建用户 head.test").contains("停用用户").contains("admin")
          .as("head.test's own password change at the first login, from Keycloak's events")
          .contains("在 Keycloak 中修改了自己的密码");
      browser.screenshot("admin-users-05-disabled-with-history");
      assertThat(KeycloakTestAdmin.user(USERNAME).orElseThrow()).containsEntry("enabled", false);

      // a disabled user can no longer log in
      browser.click("logout");
      browser.waitForUrlContaining("/public/signed-out.xhtml");
      browser.open(PORTAL + "/");
      browser.loginAs(USERNAME, CHOSEN);
      browser.wait.until(d -> d.getPageSource().contains("禁用") || d.getPageSource().contains("disabled"));
      assertThat(browser.driver.getCurrentUrl()).doesNotContain("/jixiao/division/");
      // …and the refused login is in the user's trail too
      browser.open(PORTAL + "/admin/user.xhtml?u=" + USERNAME);
      browser.loginAs("admin", PASSWORD);
      browser.waitForText("userForm:historyTable", "Keycloak 登录失败");
    }
  }

  @Test
  void admin_createsARenamesAndDeletesADivision_withItsKeycloakGroup() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/admin/divisions.xhtml");
      browser.loginAs("admin", PASSWORD);
      browser.waitForText("divisionsForm:divisions", "产业发展处");

      browser.type("divisionsForm:newName", DIVISION);
      browser.type("divisionsForm:newCode", "Bad Code");
      browser.click("divisionsForm:create");
      browser.waitForText("divisionsForm:messages", "处室代码须为");

      browser.type("divisionsForm:newCode", "data-economy");
      browser.click("divisionsForm:create");
      browser.waitForText("divisionsForm:messages", "已创建处室 " + DIVISION);
      Map<String, Object> group = KeycloakTestAdmin.divisionGroup(DIVISION);
      assertThat(group).as("the Keycloak group").isNotNull();
      assertThat(group.get("attributes")).asString().contains("data-economy");
      browser.screenshot("admin-divisions-01-created");

      // a division with records cannot be deleted: no delete button for 产业发展处
      assertThat(browser.driver.findElements(By.xpath(
          "//tr[td[contains(., '产业发展处')]]//button[contains(@id, 'delete')]"))).isEmpty();

      browser.driver.findElement(By.xpath("//tr[td[contains(., '" + DIVISION + "')]]//button[contains(@id, 'delete')]"))
          .click();
      browser.wait.until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
      browser.driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
      browser.waitForText("divisionsForm:messages", "已删除处室 " + DIVISION);
      assertThat(KeycloakTestAdmin.divisionGroup(DIVISION)).isNull();
      assertThat(browser.textOf("divisionsForm:divisions")).doesNotContain(DIVISION);
    }
  }

  @Test
  void admin_movesAUser_changesRoles_resetsThePassword_andEndsSessions() throws Exception {
    HttpResponse<String> created = TestEnvironment.send("POST", PORTAL + "/api/v1/admin/users",
        TestEnvironment.accessTokenOf("admin"), "{\"username\":\"" + MOVED + "\",\"lastName\":\"调\",\"firstName\":\"动\","
            + "\"division\":\"sme\",\"roles\":[\"division-head\"],\"temporaryPassword\":\"Temp2023abc\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    // a live session of another user, to be seen and ended
    TestEnvironment.accessTokenOf("head.radio");

    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/admin/user.xhtml?u=" + MOVED);
      browser.loginAs("admin", PASSWORD);
      browser.waitForText("userState", MOVED);
      browser.choose("userForm:division", "无线电管理处");
      browser.driver.findElement(By.xpath("//*[@id='userForm:roles']//label[contains(., '预算绩效管理领导小组')]"
          + "/preceding-sibling::div[contains(@class, 'ui-chkbox')]//div[contains(@class, 'ui-chkbox-box')]")).click();
      browser.click("userForm:save");
      browser.waitForText("userForm:messages", "已保存用户 " + MOVED);
      assertThat(KeycloakTestAdmin.groupPathsOf(MOVED)).containsExactly("/divisions/无线电管理处");
      assertThat(KeycloakTestAdmin.realmRolesOf(MOVED)).contains("division-head", "leadership");
      browser.waitForText("userForm:historyTable", "处室 sme → radio");

      browser.type("userForm:temporaryPassword", "short");
      browser.click("userForm:resetPassword");
      browser.waitForText("userForm:messages", "临时密码须为");
      browser.type("userForm:temporaryPassword", "Another2023x");
      browser.click("userForm:resetPassword");
      browser.waitForText("userForm:messages", "下次登录须修改");
      assertThat(KeycloakTestAdmin.user(MOVED).orElseThrow().get("requiredActions")).asString()
          .contains("UPDATE_PASSWORD");
      browser.screenshot("admin-users-06-moved");

      browser.open(PORTAL + "/admin/user.xhtml?u=head.radio");
      browser.waitForText("userForm:sessions", "127.0.0.1");
      browser.screenshot("admin-users-07-sessions");
      browser.click("userForm:logout");
      browser.waitForText("userForm:messages", "已结束 head.radio 的全部会话");
      browser.waitForText("userForm:sessions", "没有活动会话");
    }
  }
}
