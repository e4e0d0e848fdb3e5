package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.accessTokenOf;
import static org.jixiao.it.TestEnvironment.send;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages keep their rendered tables per data version and scope of user (p:cache with FragmentKeys): what one
 * user's view left in the cache never shows to another scope, and a change shows on the next view.
 */
class RenderedFragmentsIT {

  private static final String TREE = PORTAL + "/indicators/tree.xhtml?year=2023";
  private static final String HOME = PORTAL + "/leadership/home.xhtml";
  /** An indicator of 产业发展处 (industry) in the seeded year. */
  private static final String INDUSTRY_INDICATOR = "工业增加值占地区生产总值比重";

  /**
   * The filters are a GET form inside the kept region: a choice opens the page for it (in the address, so the view
   * can be bookmarked), itself kept as rendered.
   */
  @Test
  void theFiltersOfAKeptPage_openThePageForTheChoice() throws Exception {
    try (Browser leader = new Browser()) {
      leader.open(TREE);
      leader.loginAs("leader1", TestEnvironment.PASSWORD);
      leader.waitForUrlContaining("/indicators/tree.xhtml");
      Thread.sleep(2_500); // past the settling time of any change (ResultCache): the next view is served as kept
      leader.open(TREE); // the second view comes from the kept fragment, without its components (jx:kept)
      leader.waitForText("indicatorTree", INDUSTRY_INDICATOR);
      // an indicator's row has its own address (the evaluation's traces link to it)
      leader.open(TREE + "#indicator-O09");
      assertThat((String) ((org.openqa.selenium.JavascriptExecutor) leader.driver)
          .executeScript("return document.querySelector(':target').textContent")).contains("O09").contains("无线电");
      leader.pick("division", "信息化推进处");
      assertThat(leader.driver.getCurrentUrl()).contains("year=2023").contains("division=info");
      assertThat(leader.textOf("indicatorTree")).doesNotContain(INDUSTRY_INDICATOR).contains("遴选“四化”赋能平台数量");
      leader.pick("warning", "仅红色");
      assertThat(leader.driver.getCurrentUrl()).contains("division=info").contains("warning=RED");
      String filtered = leader.driver.getCurrentUrl();
      leader.screenshot("fragments-01-tree-filtered");
      leader.open(filtered); // the bookmarked choice: the same page again, the filters shown as chosen
      assertThat(new Select(leader.driver.findElement(By.id("division"))).getFirstSelectedOption().getText())
          .contains("信息化推进处");
      assertThat(new Select(leader.driver.findElement(By.id("warning"))).getFirstSelectedOption().getText())
          .contains("仅红色");

      String overview = PORTAL + "/budget/overview.xhtml?year=2023&asOf=2023-12-31";
      leader.open(overview);
      Thread.sleep(2_500);
      leader.open(overview); // served as kept
      leader.waitForText("budgetTree", "全年预算");
      leader.pick("division", "信息化推进处");
      assertThat(leader.driver.getCurrentUrl()).contains("asOf=2023-12-31").contains("division=info");
      // a filtered tree opens fully: the division's lines show, no other division's
      leader.waitForText("budgetTree", "电子政务信息化项目运行维护");
      assertThat(leader.textOf("budgetTree")).doesNotContain("产业发展规划研究及专家评审");
      // another date: typed into the date field and shown with the button, the filter kept
      ((org.openqa.selenium.JavascriptExecutor) leader.driver).executeScript(
          "document.getElementById('asOf').value = '2023-06-30'");
      WebElement show = leader.driver.findElement(By.id("showAsOf"));
      show.click();
      leader.wait.until(ExpectedConditions.stalenessOf(show));
      assertThat(leader.driver.getCurrentUrl()).contains("asOf=2023-06-30").contains("division=info");
      assertThat(leader.driver.findElement(By.id("asOf")).getAttribute("value")).isEqualTo("2023-06-30");
      leader.screenshot("fragments-02-overview-filtered");
    }
  }

  /**
   * PrimeFaces' head is kept per view, language and resources (KeptHeadRenderer): each page still gets its own —
   * its view in PrimeFaces' settings, the scripts its components need and no others, the user's language.
   */
  @Test
  void eachPage_hasItsOwnHead_keptOrNot() throws Exception {
    PortalSession leader = PortalSession.login("leader1");
    String hello = PORTAL + "/hello-layout.xhtml";
    for (int time = 1; time <= 2; time++) { // the second time from the kept heads
      PortalSession.Page response = leader.get(TREE);
      assertThat(response.response().headers().firstValue("Content-Language")).hasValue("zh-CN");
      String page = response.body();
      assertThat(page).as("the page's language, for glyphs and screen readers").contains("lang=\"zh-CN\"");
      String tree = head(page);
      assertThat(tree).as("the tree's head, time " + time).contains("viewId:'/indicators/tree.xhtml'")
          .contains("locale:'zh_CN'").contains("locales/locale-zh.js").contains("core.js").contains("chart/chart.js");
      assertThat(head(leader.get(hello).body())).as("the greeting's head, time " + time)
          .contains("viewId:'/hello-layout.xhtml'").contains("locale:'zh_CN'").contains("components.js")
          .doesNotContain("chart/chart.js");
    }
    assertThat(leader.get(PORTAL + "/public/language?to=en&back=%2Findicators%2Ftree.xhtml").body())
        .contains("Indicators");
    PortalSession.Page inEnglish = leader.get(TREE);
    assertThat(inEnglish.response().headers().firstValue("Content-Language")).hasValue("en");
    String english = inEnglish.body();
    assertThat(english).contains("lang=\"en\"");
    assertThat(head(english)).as("the tree's head in English")
        .contains("viewId:'/indicators/tree.xhtml'").contains("locale:'en'").doesNotContain("locale-zh.js");
  }

  private static String head(String page) {
    assertThat(page).contains("<head").contains("</head>");
    return page.substring(page.indexOf("<head"), page.indexOf("</head>"));
  }

  @Test
  void aKeptTree_isNeverShownToAnotherScope_andAChangeShowsOnTheNextView() throws Exception {
    PortalSession leader = PortalSession.login("leader1");
    String first = leader.get(TREE).body();
    assertThat(first).contains(INDUSTRY_INDICATOR);
    assertThat(leader.get(TREE).body()).as("the same again, from the kept fragment").contains(INDUSTRY_INDICATOR);

    // a division head of another division, right after: their own scope, not the leader's kept tree
    PortalSession info = PortalSession.login("head.info");
    String theirs = info.get(TREE).body();
    assertThat(theirs).contains("信息化推进处").doesNotContain(INDUSTRY_INDICATOR);

    // a change through the API shows on the leader's next view, and its removal too
    String token = accessTokenOf("head.industry");
    String code = "RF-" + System.nanoTime() % 100000;
    String name = "缓存验证满意度" + code;
    var created = send("POST", PORTAL + "/api/v1/years/2023/indicators", token, "{\"code\":\"" + code + "\",\"name\":\""
        + name + "\",\"goal\":6,\"subcategory\":\"SERVICE_SATISFACTION\",\"unit\":\"%\",\"kind\":\"AT_LEAST\","
        + "\"target\":90,\"weight\":1}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long version = ((Number) ConcurrentEditsIT.json(created.body()).get("version")).longValue();
    try {
      assertThat(leader.get(TREE).body()).contains(name);
      assertThat(leader.get(HOME).status()).isEqualTo(200);
    } finally {
      var discarded = send("DELETE", PORTAL + "/api/v1/years/2023/indicators/" + code + "?version=" + version, token,
          null);
      assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(204);
    }
    assertThat(leader.get(TREE).body()).doesNotContain(name).contains(INDUSTRY_INDICATOR);
  }
}
