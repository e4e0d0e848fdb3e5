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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The leadership review as its members click through it: a member saves a sheet, the chair records the consensus
 * and approves: 2023 is sealed with its fingerprint, a division head's record page no longer edits and the API
 * refuses; an admin unseals with a reason (so the other tests find 2023 open again).
 */
class EvaluationPagesIT {

  private static final String SHEETS = PORTAL + "/leadership/sheets.xhtml?year=2023";
  private static final String SCORE = PORTAL + "/evaluation/score.xhtml?year=2023";
  private static final String C4_REASON = "部分绩效指标未及时调整；部分指标目标值偏低，且个别指标偏差原因分析不充分。";

  @BeforeAll
  static void chromiumIsInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of(Browser.CHROMEDRIVER)), "chromium-driver is not installed");
  }

  private static WebElement rowOf(Browser b, String tableId, String itemName) {
    return b.wait.until(d -> d.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
        .filter(r -> r.getText().contains(itemName)).findFirst().orElse(null));
  }

  @Test
  void membersReview_theChairSeals_editsAreRefused_andAnAdminUnseals() throws Exception {
    try (Browser leader2 = new Browser()) {
      leader2.open(SHEETS);
      leader2.loginAs("leader2", PASSWORD);
      leader2.waitForUrlContaining("/leadership/sheets.xhtml");
      assertThat(rowOf(leader2, "sheetsForm:board", "绩效管理").getAttribute("class")).contains("jx-disagreement");
      // a deduction without a reason is refused; with it, saved
      WebElement mine = rowOf(leader2, "sheetsForm:mine", "绩效管理");
      WebElement score = mine.findElement(By.cssSelector("input[id$=':myScore']"));
      score.clear();
      score.sendKeys("13.5");
      WebElement reason = mine.findElement(By.cssSelector("input[id$=':myReason']"));
      reason.clear();
      mine.findElement(By.cssSelector("button[id$=':saveMine']")).click();
      leader2.waitForText("sheetsForm:messages", "必须填写扣分理由");
      mine = rowOf(leader2, "sheetsForm:mine", "绩效管理");
      mine.findElement(By.cssSelector("input[id$=':myReason']")).sendKeys(C4_REASON);
      mine.findElement(By.cssSelector("button[id$=':saveMine']")).click();
      leader2.waitForText("sheetsForm:messages", "已保存您对 C4 的评分");
      leader2.screenshot("evaluation-01-review-sheets");
    }

    // the third member confirms their sheet: 信息公开 in full
    try (Browser leader3 = new Browser()) {
      leader3.open(SHEETS);
      leader3.loginAs("leader3", PASSWORD);
      leader3.waitForUrlContaining("/leadership/sheets.xhtml");
      WebElement mine = rowOf(leader3, "sheetsForm:mine", "信息公开");
      WebElement score = mine.findElement(By.cssSelector("input[id$=':myScore']"));
      score.clear();
      score.sendKeys("4");
      mine.findElement(By.cssSelector("button[id$=':saveMine']")).click();
      leader3.waitForText("sheetsForm:messages", "已保存您对 C3 的评分");
    }

    String fingerprint;
    try (Browser chair = new Browser()) {
      chair.open(SCORE);
      chair.loginAs("leader1", PASSWORD);
      chair.waitForUrlContaining("/evaluation/score.xhtml");
      assertThat(chair.textOf("totalScore")).isEqualTo("90.74");
      assertThat(chair.textOf("grade")).isEqualTo("优");
      chair.screenshot("evaluation-02-score");
      // the report, generated in the background while the page polls, then offered for download
      chair.open(PORTAL + "/evaluation/report.xhtml?year=2023");
      chair.click("reportForm:generatePdf");
      chair.waitForText("reportForm:readyFile", "2023-gz-gxj-self-evaluation-report.pdf");
      assertThat(chair.textOf("reportForm:generated")).contains("PDF").contains("leader1");
      java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory("jixiao-report-");
      java.nio.file.Path pdf = chair.download(downloads, ".pdf", () -> chair.click("reportForm:download"));
      try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
        assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", ""))
            .contains("自评得分90.74分").contains("广州市工业和信息化局");
      }
      chair.click("reportForm:generateDocx");
      chair.waitForText("reportForm:readyFile", "2023-gz-gxj-self-evaluation-report.docx");
      java.nio.file.Path docx = chair.download(downloads, ".docx", () -> chair.click("reportForm:download"));
      try (var in = java.nio.file.Files.newInputStream(docx);
          var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
          var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
        assertThat(text.getText()).contains("90.74").contains("广州市工业和信息化局");
      }
      chair.screenshot("evaluation-02b-report");
      chair.open(SCORE);
      chair.click("evaluationForm:approve");
      chair.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
      chair.waitForText("evaluationForm:messages", "已审定封存");
      fingerprint = chair.textOf("fingerprint");
      assertThat(fingerprint).hasSize(64);
      assertThat(chair.textOf("yearStatus")).isEqualTo("已封存");
      chair.screenshot("evaluation-03-sealed");
    }

    try (Browser head = new Browser()) {
      head.open(PORTAL + "/procurement/record.xhtml?year=2023&code=CG2023-003");
      head.loginAs("head.info", PASSWORD);
      head.waitForUrlContaining("/procurement/record.xhtml");
      head.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recordCode")));
      assertThat(head.driver.findElements(By.id("recordForm:editPanel"))).isEmpty();
      HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(
              PORTAL + "/api/v1/years/2023/procurement/CG2023-003"))
          .header("Authorization", "Bearer " + accessTokenOf("head.info")).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"amount\":\"1\",\"method\":\"询价\",\"version\":0}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(put.statusCode()).isEqualTo(422);
      assertThat(put.body()).contains("year.sealed");
    }

    try (Browser admin = new Browser()) {
      admin.open(SCORE);
      admin.loginAs("admin", PASSWORD);
      admin.waitForUrlContaining("/evaluation/score.xhtml");
      assertThat(admin.textOf("fingerprint")).isEqualTo(fingerprint);
      admin.click("evaluationForm:unseal");
      admin.waitForText("evaluationForm:messages", "必须填写");
      admin.type("evaluationForm:unsealReason", "端到端测试：验证封存后重新开放");
      admin.click("evaluationForm:unseal");
      admin.waitForText("evaluationForm:messages", "已解除封存");
      assertThat(admin.textOf("yearStatus")).isEqualTo("进行中");
    }
  }
}
