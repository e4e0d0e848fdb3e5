package org.jixiao.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditOutcome;
import org.jixiao.domain.audit.AuditRow;
import org.junit.jupiter.api.Test;

class AuditWorkbookTest {

  private static AuditRow row(long id, String detail) {
    return new AuditRow(id, LocalDateTime.of(2023, 5, 1, 9, 30, 15, 123), "head.industry", "industry",
        AuditAction.UPDATE, AuditOutcome.DONE, "Indicator", "O01", 2023, detail, "目标=100", "@SUM(A1)");
  }

  /** Chunks of {@code size} out of {@code count} rows, as the service's paged reads hand them out. */
  private static java.util.function.IntFunction<List<AuditRow>> chunks(int count, int size) {
    return first -> {
      List<AuditRow> rows = new ArrayList<>();
      for (int i = first; i < Math.min(count, first + size); i++) {
        rows.add(row(i, "第 " + i + " 条"));
      }
      return rows;
    };
  }

  private static Sheet read(byte[] xlsx) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
  }

  @Test
  void everyChunkBecomesRows_inOrder_withHeadersInTheLanguage() throws Exception {
    Sheet sheet = read(AuditWorkbook.write(chunks(25, 10), 25, 25, Locale.SIMPLIFIED_CHINESE));
    assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
    assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("新值");
    assertThat(sheet.getLastRowNum()).isEqualTo(25);
    assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2023-05-01 09:30:15");
    assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("修改");
    assertThat(sheet.getRow(25).getCell(8).getStringCellValue()).isEqualTo("第 24 条");
    assertThat(read(AuditWorkbook.write(chunks(1, 10), 1, 1, Locale.ENGLISH)).getRow(1).getCell(4)
        .getStringCellValue()).isEqualTo("Done");
  }

  @Test
  void textsStartingLikeAFormula_areStoredQuoted() throws Exception {
    Sheet sheet = read(AuditWorkbook.write(first -> first == 0 ? List.of(row(1, "=HYPERLINK(\"x\")")) : List.of(),
        1, 1, Locale.SIMPLIFIED_CHINESE));
    assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
    assertThat(sheet.getRow(1).getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
    assertThat(sheet.getRow(1).getCell(10).getCellStyle().getQuotePrefixed()).isTrue();
    assertThat(sheet.getRow(1).getCell(9).getCellStyle().getQuotePrefixed()).isFalse();
  }

  @Test
  void aSelectionAboveTheLimit_exportsTheNewest_andSaysSo() throws Exception {
    Sheet sheet = read(AuditWorkbook.write(chunks(30, 7), 20, 30, Locale.SIMPLIFIED_CHINESE));
    assertThat(sheet.getRow(20).getCell(8).getStringCellValue()).isEqualTo("第 19 条");
    assertThat(sheet.getRow(21).getCell(0).getStringCellValue()).contains("仅导出最新的 20 条").contains("共 30 条");
    assertThat(sheet.getLastRowNum()).isEqualTo(21);
  }
}
