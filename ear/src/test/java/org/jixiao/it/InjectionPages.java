package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PASSWORD;
import static org.jixiao.it.TestEnvironment.PORTAL;

import java.util.List;
import org.openqa.selenium.NoAlertPresentException;

/** InjectionIT's look at the pages, from outside: plain HTTP for the markup, a real browser for alerts. */
final class InjectionPages {

  private InjectionPages() {}

  @SuppressWarnings("unchecked")
  static void check() throws Exception {
    PortalSession head = PortalSession.login("head.info");
    for (String page : List.of("/procurement/register.xhtml?year=2023&asOf=2023-12-31",
        "/procurement/record.xhtml?year=2023&code=INJ-1")) {
      String html = head.get(PORTAL + page).body();
      assertThat(html).as(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
          .doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
    }
    // the evidence file: an attachment of its checked type, never sniffed, for its division and the department only
    String recordPage = head.get(PORTAL + "/procurement/record.xhtml?year=2023&code=INJ-1").body();
    java.util.regex.Matcher link = java.util.regex.Pattern
        .compile("/evidence\\?of=procurement&amp;year=2023&amp;code=INJ-1&amp;id=(\\d+)").matcher(recordPage);
    assertThat(link.find()).as("the document's link on the record page").isTrue();
    String file = PORTAL + "/evidence?of=procurement&year=2023&code=INJ-1&id=" + link.group(1);
    PortalSession.Page download = head.get(file);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).startsWith("application/pdf");
    assertThat(download.header("Content-Disposition")).startsWith("attachment;").doesNotContain("<");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.header("Cache-Control")).contains("no-store");
    assertThat(download.body()).startsWith("%PDF-1.4");
    PortalSession industry = PortalSession.login("head.industry");
    assertThat(industry.get(file).status()).isEqualTo(403);
    // the document's id under a record head.industry may read: the id belongs to another record, not found
    String ownCode = (String) ((java.util.List<java.util.Map<String, Object>>) AccessSweepIT.json(TestEnvironment.get(
        PORTAL + "/api/v1/years/2023/procurement", TestEnvironment.accessTokenOf("head.industry")).body())
        .get("records")).get(0).get("code");
    assertThat(industry.get(PORTAL + "/evidence?of=procurement&year=2023&code=" + ownCode + "&id=" + link.group(1))
        .status()).isEqualTo(404);
    assertThat(PortalSession.login("leader1").get(file).status()).isEqualTo(200);
    assertThat(PortalSession.anonymous().getOnce(file).status()).isEqualTo(302);

    String register = head.get(PORTAL + "/procurement/register.xhtml?year=2023&asOf=2023-12-31").body();
    assertThat(register).contains("DROP TABLE indicator").contains("=HYPERLINK(").contains("@SUM(A1)");

    PortalSession leader = PortalSession.login("leader1");
    String report = leader.get(PORTAL + "/evaluation/report.xhtml?year=2023").body();
    assertThat(report).contains("脚本测试 &lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
    String trail = PortalSession.login("admin").get(PORTAL + "/audit/trail.xhtml").body();
    assertThat(trail).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");

    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/procurement/register.xhtml?year=2023&asOf=2023-12-31");
      browser.loginAs("head.info", PASSWORD);
      browser.wait.until(d -> d.getPageSource().contains("INJ-1"));
      assertNoAlert(browser);
      browser.open(PORTAL + "/procurement/record.xhtml?year=2023&code=INJ-1");
      browser.wait.until(d -> d.getPageSource().contains("INJ-1"));
      assertNoAlert(browser);
      browser.screenshot("security-injection-record");
    }
    try (Browser browser = new Browser()) {
      browser.open(PORTAL + "/evaluation/report.xhtml?year=2023");
      browser.loginAs("leader1", PASSWORD);
      browser.wait.until(d -> d.getPageSource().contains("脚本测试"));
      assertNoAlert(browser);
      ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("var cell = Array.from("
          + "document.querySelectorAll('td')).find(t => t.textContent.includes('脚本测试'));"
          + " if (cell) { cell.scrollIntoView({block: 'center'}); }");
      browser.screenshot("security-injection-report");
    }
  }

  static void assertNoAlert(Browser browser) throws InterruptedException {
    Thread.sleep(500);
    boolean alert;
    try {
      browser.driver.switchTo().alert().dismiss();
      alert = true;
    } catch (NoAlertPresentException e) {
      alert = false;
    }
    assertThat(alert).as("an alert opened on " + browser.driver.getCurrentUrl()).isFalse();
  }

}
