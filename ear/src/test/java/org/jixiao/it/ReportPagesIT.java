package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PASSWORD;
import static org.jixiao.it.TestEnvironment.PORTAL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A leadership member writes the report's first narrative part in the rich-text editor — a paragraph with bold
 * text and a typed {@code <script>}, then a numbered list — saves it, sees herself as the last editor and the
 * new revision in the history, views the seeded revision and restores it (so the other tests find the seed).
 */
class ReportPagesIT {

  private static final String REPORT = PORTAL + "/evaluation/report.xhtml?year=2023";
  private static final String SEED_START = "2023 年，市工业和信息化局坚持以习近平新时代中国特色社会主义思想为指导";

  @BeforeAll
  static void chromiumIsInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of(Browser.CHROMEDRIVER)), "chromium-driver is not installed");
  }

  /** The first part's (年度总体工作和重点工作任务) element whose id ends with {@code suffix}. */
  private static WebElement firstPart(Browser b, String suffix) {
    return b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$=':0:" + suffix + "']")));
  }

  private static WebElement editor(Browser b) {
    return b.wait.until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector("[id$=':0:text_editor'] .ql-editor"));
      return found.isEmpty() ? null : found.get(0);
    });
  }

  private static void toolbar(Browser b, String buttonCss) {
    firstPart(b, "text").findElement(By.cssSelector(".ui-editor-toolbar " + buttonCss)).click();
  }

  private static WebElement revisionRow(Browser b, String number) {
    return b.wait.until(d -> d.findElements(By.cssSelector("[id='reportForm:revisions'] tbody tr")).stream()
        .filter(r -> r.isDisplayed() && r.findElements(By.tagName("td")).get(0).getText().strip().equals(number))
        .findFirst().orElse(null));
  }

  @Test
  void aMemberWritesRichText_seesTheLastEditorAndHistory_andRestoresTheSeed() throws Exception {
    try (Browser leader = new Browser()) {
      leader.open(REPORT);
      leader.loginAs("leader2", PASSWORD);
      leader.waitForUrlContaining("/evaluation/report.xhtml");
      assertThat(editor(leader).getText()).startsWith(SEED_START);

      WebElement text = editor(leader);
      text.click();
      text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      text.sendKeys("浏览器撰写<script>alert(1)</script>，");
      toolbar(leader, "button.ql-bold");
      text.sendKeys("加粗的要点");
      toolbar(leader, "button.ql-bold");
      text.sendKeys("。", Keys.ENTER);
      toolbar(leader, "button.ql-list[value='ordered']");
      text.sendKeys("第一项", Keys.ENTER, "第二项");
      leader.screenshot("report-01-editing");
      firstPart(leader, "save").click();
      leader.waitForText("reportForm:messages", "已保存“年度总体工作和重点工作任务”");

      // the text as stored: bold kept, the typed script only text, the list numbered
      WebElement saved = editor(leader);
      assertThat(saved.getText()).contains("浏览器撰写<script>alert(1)</script>，加粗的要点。").contains("第一项")
          .contains("第二项").doesNotContain(SEED_START);
      assertThat(saved.findElement(By.tagName("strong")).getText()).isEqualTo("加粗的要点");
      assertThat(saved.findElements(By.cssSelector("li"))).hasSize(2);
      assertThat(saved.findElements(By.tagName("script"))).isEmpty();
      String lastEdit = firstPart(leader, "lastEdit").getText();
      assertThat(lastEdit).contains("leader2").containsPattern("第 \\d+ 版");
      leader.screenshot("report-02-saved");

      // the history: the new revision on top, the seeded one to view and restore
      firstPart(leader, "history").click();
      leader.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:historyDialog")));
      WebElement newest = leader.wait.until(d -> d.findElements(By.cssSelector("[id='reportForm:revisions'] tbody tr"))
          .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
      assertThat(newest.getText()).contains("leader2");
      revisionRow(leader, "1").findElement(By.cssSelector("button[id$=':view']")).click();
      leader.waitForText("reportForm:shownRevision", SEED_START);
      assertThat(leader.textOf("reportForm:shownRevision")).contains("第 1 版");
      leader.screenshot("report-03-history");
      revisionRow(leader, "1").findElement(By.cssSelector("button[id$=':restore']")).click();
      leader.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
      leader.waitForText("reportForm:messages", "恢复为第 1 版");
      assertThat(editor(leader).getText()).startsWith(SEED_START).doesNotContain("加粗的要点");
      assertThat(firstPart(leader, "lastEdit").getText()).contains("leader2");
    }

    // a reader without the right to write sees the text, not the editor
    try (Browser admin = new Browser()) {
      admin.open(REPORT);
      admin.loginAs("admin", PASSWORD);
      admin.waitForUrlContaining("/evaluation/report.xhtml");
      admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jx-richtext")));
      assertThat(admin.present(".ql-editor")).isFalse();
      assertThat(admin.driver.findElement(By.cssSelector(".jx-richtext")).getText()).startsWith(SEED_START);
      admin.screenshot("report-04-read-only");
    }
  }
}
