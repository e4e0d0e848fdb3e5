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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The indicator workflow as its users click through it: a division head enters a target and submits it, the
 * leadership group returns it with a comment, it is fixed and approved, an actual below target demands a
 * reason, and the score and trace follow. (A satisfaction indicator: the framework's items stay as seeded.)
 */
class IndicatorPagesIT {

  private static final String MINE = PORTAL + "/division/indicators.xhtml?year=2023";
  private static final String REVIEW = PORTAL + "/leadership/review.xhtml?year=2023";
  private static final String CODE = "T-SAT-" + Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase();

  @BeforeAll
  static void chromiumIsInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of(Browser.CHROMEDRIVER)), "chromium-driver is not installed");
  }

  @Test
  void targetReturnedFixedApproved_actualBelowTargetNeedsAReason_scoreAndTraceFollow() throws Exception {
    try (Browser head = new Browser(); Browser leader = new Browser()) {
      head.open(MINE);
      head.loginAs("head.industry", PASSWORD);
      head.waitForUrlContaining("/division/indicators.xhtml");
      head.screenshot("indicators-01-mine");

      // a new target
      createSatisfactionTarget(head, CODE, "产业政策宣讲企业满意度", "5");
      click(head, "mineForm:submitTarget");
      waitForMessage(head, "mineForm:messages", "已提交");
      assertThat(head.textOf("targetStatus-" + CODE)).isEqualTo("待审核");

      // leadership returns it with a comment; a return without one is refused
      leader.open(REVIEW);
      leader.loginAs("leader1", PASSWORD);
      leader.waitForUrlContaining("/leadership/review.xhtml");
      leader.screenshot("indicators-02-review-queue");
      WebElement row = rowOf(leader, CODE);
      row.findElement(By.cssSelector("button[id$=':return']")).click();
      waitForMessage(leader, "reviewForm:messages", "审核意见：必须填写");
      row = rowOf(leader, CODE);
      WebElement comment = row.findElement(By.cssSelector("input[id$=':comment']"));
      comment.sendKeys("目标值低于上年实际，请提高");
      row.findElement(By.cssSelector("button[id$=':return']")).click();
      waitForMessage(leader, "reviewForm:messages", "审核结果已保存");

      // the division head sees the comment, fixes the target and submits again
      head.open(MINE);
      assertThat(head.textOf("targetStatus-" + CODE)).isEqualTo("已退回");
      assertThat(head.driver.getPageSource()).contains("目标值低于上年实际，请提高");
      head.driver.findElement(By.linkText(CODE)).click();
      head.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mineForm:selectedNote"), CODE));
      type(head, "mineForm:target", "92");
      click(head, "mineForm:saveTarget");
      waitForMessage(head, "mineForm:messages", "已保存");
      click(head, "mineForm:submitTarget");
      waitForMessage(head, "mineForm:messages", "已提交");

      leader.open(REVIEW);
      rowOf(leader, CODE).findElement(By.cssSelector("button[id$=':approve']")).click();
      waitForMessage(leader, "reviewForm:messages", "审核结果已保存");

      // an actual below target cannot be submitted without a reason and a measure
      head.open(MINE);
      assertThat(head.textOf("targetStatus-" + CODE)).isEqualTo("已审核");
      // the actual typed inline, in the table's row
      WebElement mine = head.wait.until(d -> d.findElements(By.cssSelector("[id='mineForm:mine'] tbody tr")).stream()
          .filter(r -> r.getText().contains(CODE)).findFirst().orElse(null));
      mine.findElement(By.cssSelector(".ui-row-editor-pencil")).click();
      WebElement rowActual = head.wait.until(ExpectedConditions.visibilityOf(
          mine.findElement(By.cssSelector("input[id$=':rowActual']"))));
      rowActual.clear();
      rowActual.sendKeys("85");
      mine.findElement(By.cssSelector(".ui-row-editor-check")).click();
      waitForMessage(head, "mineForm:messages", "已保存");
      head.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mineForm:actual")));
      click(head, "mineForm:submitActual");
      waitForMessage(head, "mineForm:messages", "须填写偏差原因和改进措施");
      assertThat(head.textOf("actualStatus-" + CODE)).isEqualTo("草稿");
      head.screenshot("indicators-03-reason-required");
      type(head, "mineForm:deviationReason", "部分企业对新政策了解不足");
      type(head, "mineForm:correctiveMeasure", "增加政策宣讲场次并跟踪回访");
      click(head, "mineForm:saveActual");
      waitForMessage(head, "mineForm:messages", "已保存");
      assertThat(head.textOf("mineForm:selectedNote"))
          .contains("完成率 92.39%（实际值 85 ÷ 目标值 92）")
          .contains("未达到目标，按比例计分：5.00 × 92.39% = 4.62");
      // evidence: a PDF uploaded through the page, listed as a download
      Path pdf = Files.createTempFile("evidence-", ".pdf");
      Files.writeString(pdf, "%PDF-1.4 evidence of the survey");
      type(head, "mineForm:evidenceTitle", "满意度调查报告");
      head.driver.findElement(By.id("mineForm:evidenceTitle")).sendKeys(org.openqa.selenium.Keys.TAB);
      Thread.sleep(1000); // the title's change reaches the page before the upload
      head.driver.findElement(By.id("mineForm:evidenceUpload_input")).sendKeys(pdf.toString());
      try {
        head.wait.until(d -> d.findElement(By.id("mineForm:evidence")).getText().contains("满意度调查报告"));
      } catch (RuntimeException e) {
        head.screenshot("indicators-failed-upload");
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/screenshots/indicators-failed-upload.html"),
            head.driver.getPageSource());
        throw e;
      }
      Files.delete(pdf);
      click(head, "mineForm:submitActual");
      waitForMessage(head, "mineForm:messages", "已提交");
      assertThat(head.textOf("actualStatus-" + CODE)).isEqualTo("待审核");
      head.screenshot("indicators-04-actual-submitted");

      leader.open(REVIEW);
      rowOf(leader, CODE).findElement(By.cssSelector("button[id$=':approve']")).click();
      waitForMessage(leader, "reviewForm:messages", "审核结果已保存");

      // the tree shows the score, its trace, and the department's scores are untouched
      leader.open(PORTAL + "/indicators/tree.xhtml?year=2023");
      assertThat(leader.textOf("scoreOutput")).isEqualTo("9.35 / 10.00");
      assertThat(leader.textOf("scoreBenefit")).isEqualTo("8.06 / 10.00");
      assertThat(leader.textOf("scoreFunds")).isEqualTo("19.45 / 20.00");
      assertThat(leader.textOf("indicatorTree")).contains(CODE).contains("4.62")
          .contains("完成率 213% > 150%，减半得分：0.60 × 50% = 0.30");
      leader.screenshot("indicators-05-tree");
    }
  }

  @Test
  void aDraftEnteredByMistake_isDiscardedAfterConfirmation() throws Exception {
    String code = "MIS-" + System.nanoTime() % 100000;
    try (Browser head = new Browser()) {
      head.open(MINE);
      head.loginAs("head.industry", PASSWORD);
      head.waitForUrlContaining("/division/indicators.xhtml");
      createSatisfactionTarget(head, code, "误录的满意度指标", "1");
      assertThat(head.textOf("targetStatus-" + code)).isEqualTo("草稿");

      click(head, "mineForm:discardDraft");
      // PrimeFaces' confirmation first: "no" keeps it
      clickConfirmation(head, ".ui-confirmdialog-no");
      assertThat(head.driver.findElements(By.id("targetStatus-" + code))).isNotEmpty();
      click(head, "mineForm:discardDraft");
      head.screenshot("indicators-06-discard-confirm");
      clickConfirmation(head, ".ui-confirmdialog-yes");
      waitForMessage(head, "mineForm:messages", "指标已删除");
      head.screenshot("indicators-07-discarded");
      assertThat(head.driver.findElements(By.id("targetStatus-" + code))).isEmpty();
      head.open(MINE);
      assertThat(head.driver.getPageSource()).doesNotContain(code);
    }
  }

  @Test
  void divisionHead_cannotReachTheReviewPage() throws Exception {
    try (Browser head = new Browser()) {
      head.open(REVIEW);
      head.loginAs("head.info", PASSWORD);
      head.wait.until(d -> d.getPageSource().contains("无权访问"));
    }
  }

  private static WebElement rowOf(Browser browser, String code) {
    return browser.wait.until(d -> d.findElements(By.cssSelector("[id='reviewForm:queue'] tbody tr")).stream()
        .filter(r -> r.getText().contains(code)).findFirst().orElse(null));
  }

  /** 我的指标: a new satisfaction indicator of 90 %, saved as a draft. */
  private static void createSatisfactionTarget(Browser head, String code, String name, String weight) {
    type(head, "mineForm:code", code);
    type(head, "mineForm:name", name);
    choose(head, "mineForm:subcategory", "服务对象满意度指标");
    type(head, "mineForm:target", "90");
    type(head, "mineForm:unit", "%");
    type(head, "mineForm:weight", weight);
    click(head, "mineForm:create");
    waitForMessage(head, "mineForm:messages", "已保存");
  }

  private static void type(Browser browser, String id, String text) {
    WebElement input = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    input.clear();
    input.sendKeys(text);
  }

  private static void click(Browser browser, String id) {
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /** A button of PrimeFaces' confirmation dialog, once the dialog shows it. */
  private static void clickConfirmation(Browser browser, String css) {
    WebElement button = browser.wait.until(d -> d.findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
    browser.wait.until(ExpectedConditions.elementToBeClickable(button)).click();
  }

  /** A PrimeFaces selectOneMenu: open it, pick the item by its label. */
  private static void choose(Browser browser, String id, String labelPart) {
    click(browser, id);
    browser.wait.until(d -> d.findElements(By.cssSelector("[id='" + id + "_items'] li")).stream()
        .filter(li -> li.isDisplayed() && li.getText().contains(labelPart)).findFirst().orElse(null)).click();
  }

  private static void waitForMessage(Browser browser, String id, String text) {
    browser.wait.until(d -> {
      var found = d.findElements(By.id(id));
      return !found.isEmpty() && found.get(0).getText().contains(text);
    });
  }
}
