package org.jixiao.reporting.internal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jixiao.domain.evaluation.ReportTable;
import org.jixiao.domain.text.RichText;
import org.junit.jupiter.api.Test;

/** The same report as DOCX, PDF and XLSX: the Chinese text reads back from each, free text stays inert. */
class ReportWritersTest {

  private static ReportDocument report() {
    StringBuilder longText = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      longText.append("坚持规划先行，产业发展环境不断优化。");
    }
    return new ReportDocument("已审定封存 · SHA-256 指纹 abc123")
        .title("2023年度广州市工业和信息化局部门整体支出绩效自评报告")
        .heading(1, "一、部门基本情况")
        .heading(2, "（一）部门职能")
        .paragraph(longText.toString())
        .paragraph("<script>alert(1)</script> 绩效管理，分值 15 分，自评得 14 分，扣 1 分。")
        .table("预算执行情况表", new ReportTable(ReportTable.Kind.BUDGET_EXECUTION,
            List.of("项目", "全年预算数（万元）", "执行数（万元）", "执行率"),
            List.of(List.of("全年预算", "494926.80", "470338.93", "95.03%"),
                List.of("=HYPERLINK(\"http://x\")", "1.00", "1.00", "100.00%"))));
  }

  @Test
  void thePdf_embedsItsFont_andTheChineseTextExtracts() throws Exception {
    byte[] pdf = PdfWriter.write(report(), "自评报告");
    Path out = Path.of("target", "report-test.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text).contains("2023年度广州市工业和信息化局部门整体支出绩效自评报告");
      assertThat(text).contains("绩效管理，分值15分，自评得14分，扣1分。");
      assertThat(text).contains("<script>alert(1)</script>");
      assertThat(text).contains("494926.80").contains("95.03%").contains("SHA-256指纹abc123");
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
      assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
      assertThat(doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next())
          .isEmbedded()).isTrue();
    }
  }

  @Test
  void theDocx_readsBackTheSameText() throws Exception {
    byte[] docx = DocxWriter.write(report());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertThat(text).contains("一、部门基本情况").contains("（一）部门职能").contains("<script>alert(1)</script>")
          .contains("494926.80").contains("已审定封存");
      assertThat(doc.getTables()).hasSize(1);
    }
  }

  /** A narrative part as the editor writes it, with an injection attempt the whitelist removes. */
  private static ReportDocument narrative() {
    StringBuilder longItem = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      longItem.append("推动村镇工业集聚区更新改造，");
    }
    RichText text = RichText.fromEditor("<h2>年度重点工作</h2>"
        + "<p>全年<strong>规上工业增加值5,145.89 亿元</strong>，<em>增长 1.4%</em>；<u>工业投资首次突破 1,500 亿元</u>。"
        + "<img src=x onerror=alert(1)><script>alert('pdf')</script></p>"
        + "<ol><li data-list=\"ordered\">坚持规划先行</li><li data-list=\"ordered\">" + longItem + "</li>"
        + "<li data-list=\"bullet\">坚持数产融合</li></ol>", 20_000, "report.section.KEY_TASKS");
    return new ReportDocument("草稿：尚未审定封存")
        .heading(2, "（二）年度总体工作和重点工作任务")
        .richText(text)
        .paragraph("绩效管理，分值 15 分。");
  }

  @Test
  void aRichNarrative_inThePdf_hasItsListItemsAndEmphasisedText() throws Exception {
    byte[] pdf = PdfWriter.write(narrative(), "自评报告");
    Path out = Path.of("target", "report-rich-test.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text).contains("年度重点工作")
          .contains("全年规上工业增加值5,145.89亿元，增长1.4%；工业投资首次突破1,500亿元。")
          .contains("1.坚持规划先行").contains("2.推动村镇工业集聚区更新改造").contains("•坚持数产融合")
          .contains("绩效管理，分值15分。")
          .doesNotContain("alert").doesNotContain("onerror");
    }
  }

  @Test
  void aRichNarrative_inTheDocx_hasBoldItalicUnderlinedRuns_andNumberedItems() throws Exception {
    byte[] docx = DocxWriter.write(narrative());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertThat(text).contains("年度重点工作").contains("1.\t坚持规划先行").contains("•\t坚持数产融合")
          .doesNotContain("alert");
      XWPFParagraph facts = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("全年")).findFirst()
          .orElseThrow();
      List<XWPFRun> runs = facts.getRuns();
      assertThat(runs).extracting(XWPFRun::text).containsExactly("全年", "规上工业增加值5,145.89 亿元", "，",
          "增长 1.4%", "；", "工业投资首次突破 1,500 亿元", "。");
      assertThat(runs.get(1).isBold()).isTrue();
      assertThat(runs.get(0).isBold()).isFalse();
      assertThat(runs.get(3).isItalic()).isTrue();
      assertThat(runs.get(5).getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
    }
  }

  @Test
  void theTables_areSheets_andAFormulaLikeCellIsQuoted() throws Exception {
    byte[] xlsx = TablesWorkbook.write(report());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = wb.getSheet("预算执行情况表");
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("95.03%");
      var injected = sheet.getRow(2).getCell(0);
      assertThat(injected.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }
}
