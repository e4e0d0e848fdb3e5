package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.HTTP;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.accessTokenOf;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The seeded 2023 report generated over the API: the PDF's Chinese text extracts with the report's figures, the
 * DOCX says the same, the tables are a workbook; the SHA-256 sent is the file's; division heads are refused.
 */
class ReportApiIT {

  private static final String YEAR = PORTAL + "/api/v1/years/2023";

  private static HttpResponse<byte[]> get(String url, String token) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void thePdf_readsInChinese_withTheFiguresOfTheReport() throws Exception {
    HttpResponse<byte[]> response = get(YEAR + "/report.pdf", accessTokenOf("leader1"));
    assertThat(response.statusCode()).isEqualTo(200);
    byte[] pdf = response.body();
    assertThat(response.headers().firstValue("X-Content-SHA256")).contains(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    Path out = Path.of(System.getProperty("screenshot.dir", "target/screenshots"), "report-2023.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text).contains("2023年度广州市工业和信息化局部门整体支出绩效自评报告");
      assertThat(text).contains("2023年部门整体支出绩效自评得分90.74分");
      assertThat(text).contains("绩效管理，分值15分，自评得14分，扣1分。主要原因：一是部分绩效指标当年度未能完成，且没有及时调整");
      assertThat(text).contains("采购管理，分值10分，自评得5.13分，扣4.87分");
      assertThat(text).contains("专项资金支出率，分值5分，自评得4.75分，扣0.25分。5分×支出率94.91%=4.75分。主要原因：省资金年底下达，结转至2024年支出。");
      assertThat(text).contains("2个指标实际完成值比年初设定目标值超过150%（减半得分）");
      assertThat(text).contains("494926.80").contains("95.03%");
      assertThat(text).contains("草稿：尚未审定封存");
      assertThat(doc.getNumberOfPages()).isGreaterThan(3);
    }
  }

  @Test
  void theDocxAndTheTables_sayTheSame_andDivisionHeadsAreRefused() throws Exception {
    String token = accessTokenOf("finance");
    HttpResponse<byte[]> docx = get(YEAR + "/report.docx", token);
    assertThat(docx.statusCode()).isEqualTo(200);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertThat(text).contains("二、绩效自评情况").contains("90.74").contains("三、存在主要问题")
          .contains("（三）采购管理制度执行有待加强");
    }
    HttpResponse<byte[]> tables = get(YEAR + "/tables.xlsx", token);
    assertThat(tables.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(tables.body()))) {
      assertThat(wb.getSheet("预算执行情况表").getRow(1).getCell(1).getStringCellValue()).isEqualTo("494926.80");
      assertThat(wb.getSheet("部门整体支出绩效自评表").getLastRowNum()).isGreaterThan(10);
    }
    assertThat(get(YEAR + "/report.pdf", accessTokenOf("head.info")).statusCode()).isEqualTo(403);
  }
}
