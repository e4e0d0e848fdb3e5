package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PASSWORD;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.SERVER;
import static org.jixiao.it.TestEnvironment.accessTokenOf;
import static org.jixiao.it.TestEnvironment.get;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Keycloak or the database going away and coming back (issue 9): the portal says so clearly — the login page
 * "登录服务暂不可用", the admin user pages "用户认证服务暂时无法访问", pages and API a database message and
 * {@code /health/ready} DOWN — and works again once they are back, without restarting Liberty. Everything is put
 * back in {@code finally} blocks.
 */
class OutageRecoveryIT {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final String USERS_PAGE = PORTAL + "/admin/users.xhtml";
  private static final String BUDGET = PORTAL + "/api/v1/years/2023/budget?lines=false";

  @Test
  void keycloakAway_isToldClearly_andLoginWorksAgainWhenItIsBack() throws Exception {
    String adminToken = accessTokenOf("admin");
    try (Browser admin = new Browser()) {
      admin.open(USERS_PAGE);
      admin.loginAs("admin", PASSWORD);
      admin.waitForText("usersForm:users", "head.industry");
      jixiao("it-keycloak-stop");
      try {
        admin.open(USERS_PAGE);
        admin.waitForText("usersForm:messages", "用户认证服务（Keycloak）暂时无法访问");
        assertNoStackTrace(admin.driver.getPageSource());
        admin.screenshot("outage-01-keycloak-admin-users");
        var api = get(PORTAL + "/api/v1/admin/users", adminToken);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
        assertThat(api.body()).contains("keycloak.unavailable");
        try (Browser visitor = new Browser()) {
          visitor.open(PORTAL + "/");
          visitor.waitForText("loginUnavailable", "暂时无法登录");
          assertThat(visitor.driver.getTitle() + visitor.driver.getPageSource()).contains("登录服务暂不可用");
          visitor.screenshot("outage-02-keycloak-login-unavailable");
        }
      } finally {
        jixiao("it-keycloak-start");
      }
      admin.open(USERS_PAGE);
      admin.waitForText("usersForm:users", "head.industry");
      try (Browser visitor = new Browser()) {
        visitor.open(PORTAL + "/");
        visitor.loginAs("leader1", PASSWORD);
        visitor.wait.until(d -> d.getCurrentUrl().startsWith(PORTAL));
        assertThat(visitor.driver.getPageSource()).doesNotContain("登录服务暂不可用");
        visitor.screenshot("outage-03-keycloak-back-login");
      }
      assertThat(get(PORTAL + "/api/v1/admin/users", accessTokenOf("admin")).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void databaseAway_isToldClearly_andThePortalRecoversWhenItIsBack() throws Exception {
    String[] db = Files.readString(Path.of(System.getProperty("it.env.dir", "target/it-env"), "db")).strip().split(" ");
    Assumptions.assumeTrue("postgres".equals(db[0]), "needs the PostgreSQL test database");
    String database = db[1].substring(db[1].lastIndexOf('/') + 1);
    String token = accessTokenOf("finance");
    assertThat(get(SERVER + "/health/ready", null).statusCode()).isEqualTo(200);
    try (Browser finance = new Browser();
        Connection postgres = DriverManager.getConnection(db[1].replace("/" + database, "/postgres"), db[2], "");
        Statement sql = postgres.createStatement()) {
      finance.open(PORTAL + "/budget/overview.xhtml?year=2023");
      finance.loginAs("finance", PASSWORD);
      finance.waitForUrlContaining("/budget/");
      try {
        sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
            + "' AND pid <> pg_backend_pid()");
        awaitStatus(SERVER + "/health/ready", null, s -> s == 503, Duration.ofSeconds(30));
        assertThat(get(SERVER + "/health/ready", null).body()).contains("DOWN");
        // the API: a clear refusal (or an answer from what is cached), never a 500 or a stack trace
        for (String url : new String[] {BUDGET, PORTAL + "/api/v1/years/2023/indicators",
            PORTAL + "/api/v1/years/2023/procurement"}) {
          HttpResponse<String> api = get(url, token);
          assertNoStackTrace(api.body());
          assertThat(api.statusCode()).as(url + " " + api.body()).isIn(200, 503);
          if (api.statusCode() == 503) {
            assertThat(api.body()).contains("database.unavailable").contains("数据库暂时无法访问");
          }
        }
        // a page: the error page says the database is away
        finance.open(PORTAL + "/budget/overview.xhtml?year=2023");
        String page = finance.driver.getPageSource();
        assertNoStackTrace(page);
        finance.screenshot("outage-04-database-page");
        if (page.contains("error500")) {
          assertThat(finance.textOf("databaseUnavailable")).contains("数据库暂时无法访问");
        }
      } finally {
        sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
      }
      awaitStatus(SERVER + "/health/ready", null, s -> s == 200, Duration.ofSeconds(60));
      awaitStatus(BUDGET, token, s -> s == 200, Duration.ofSeconds(60));
      finance.open(PORTAL + "/budget/overview.xhtml?year=2023");
      assertThat(finance.driver.findElements(By.id("error500"))).isEmpty();
      finance.screenshot("outage-05-database-back");
    }
  }

  private static void assertNoStackTrace(String body) {
    assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.");
  }

  private static void awaitStatus(String url, String token, Predicate<Integer> wanted, Duration limit)
      throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    int last = -1;
    while (System.nanoTime() < end) {
      try {
        last = get(url, token).statusCode();
        if (wanted.test(last)) {
          return;
        }
      } catch (java.io.IOException e) {
        last = -2;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(url + " still answers " + last + " after " + limit);
  }

  /** {@code bin/jixiao it-keycloak-stop|start} on the test environment's ports. */
  private static void jixiao(String command) throws Exception {
    int port = URI.create(TestEnvironment.KEYCLOAK).getPort();
    ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("bin/jixiao").toString(), command)
        .directory(ROOT.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "outage-keycloak.log").toFile()));
    builder.environment().put("IT_ENV_DIR", Path.of(System.getProperty("it.env.dir", "target/it-env"))
        .toAbsolutePath().toString());
    builder.environment().put("IT_KEYCLOAK_PORT", String.valueOf(port));
    builder.environment().put("IT_KEYCLOAK_MGMT_PORT", System.getProperty("it.keycloak.mgmt.port",
        String.valueOf(port + 10)));
    Process process = builder.start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(command).isTrue();
    assertThat(process.exitValue()).as(command + ": see ear/target/outage-keycloak.log").isZero();
  }
}
