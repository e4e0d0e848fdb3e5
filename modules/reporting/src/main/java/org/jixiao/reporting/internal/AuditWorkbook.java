package org.jixiao.reporting.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.domain.audit.AuditLog;
import org.jixiao.domain.audit.AuditRow;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.domain.sheets.SheetCells;

/**
 * The audit trail as an Excel sheet (操作日志): one row an entry, newest first, every text neutralised against
 * formulas by {@link SheetCells#text}; a selection larger than {@link AuditLog#EXPORT_LIMIT} keeps its newest
 * entries and says so in a last row. Streamed (SXSSF), so 50,000 rows need little memory.
 */
final class AuditWorkbook {

  static final String[] COLUMNS = {"at", "actor", "division", "action", "outcome", "recordType", "recordKey", "year",
      "detail", "oldValue", "newValue"};
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private AuditWorkbook() {}

  /** The entries {@code chunks} hands out from a given offset (empty at the end), up to {@code limit} of them. */
  static byte[] write(IntFunction<List<AuditRow>> chunks, long limit, long total, Locale language) {
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try {
      Sheet sheet = wb.createSheet(MessageTexts.format(language, "audit.sheet.name"));
      CellStyle header = SheetCells.headerStyle(wb);
      CellStyle quoted = SheetCells.quotedStyle(wb);
      Row head = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.length; c++) {
        head.createCell(c).setCellValue(MessageTexts.format(language, "audit.column." + COLUMNS[c]));
        head.getCell(c).setCellStyle(header);
        sheet.setColumnWidth(c, 256 * (c >= 8 ? 60 : 16));
      }
      int r = 1;
      List<AuditRow> chunk = limit > 0 ? chunks.apply(0) : List.of();
      while (!chunk.isEmpty()) {
        for (AuditRow a : chunk) {
          if (r > limit) {
            break;
          }
          row(sheet.createRow(r++), a, quoted, language);
        }
        chunk = r > limit ? List.of() : chunks.apply(r - 1);
      }
      if (total > limit) {
        SheetCells.text(sheet.createRow(r).createCell(0),
            MessageTexts.format(language, "audit.export.truncated", limit, total), quoted);
      }
      sheet.createFreezePane(0, 1);
      return SheetCells.bytes(wb);
    } finally {
      wb.dispose();
    }
  }

  private static void row(Row row, AuditRow a, CellStyle quoted, Locale language) {
    SheetCells.text(row.createCell(0), a.at().withNano(0).format(AT), quoted);
    SheetCells.text(row.createCell(1), a.actor(), quoted);
    SheetCells.text(row.createCell(2), a.division(), quoted);
    SheetCells.text(row.createCell(3), MessageTexts.format(language, "AuditAction." + a.action().name()), quoted);
    SheetCells.text(row.createCell(4), MessageTexts.format(language, "AuditOutcome." + a.outcome().name()), quoted);
    SheetCells.text(row.createCell(5), a.recordType(), quoted);
    SheetCells.text(row.createCell(6), a.recordKey(), quoted);
    if (a.year() != null) {
      row.createCell(7).setCellValue(a.year());
    }
    SheetCells.text(row.createCell(8), a.detail(), quoted);
    SheetCells.text(row.createCell(9), a.oldValue(), quoted);
    SheetCells.text(row.createCell(10), a.newValue(), quoted);
  }
}
