package org.jixiao.reporting.internal.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.domain.sheets.SheetCells;

/** The report's standard tables as a workbook, one sheet each, free text quoted (no formula from user input). */
public final class TablesWorkbook {

  private TablesWorkbook() {}

  public static byte[] write(ReportDocument report) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle header = SheetCells.headerStyle(wb);
      CellStyle quoted = SheetCells.quotedStyle(wb);
      for (ReportDocument.Block block : report.blocks()) {
        if (block instanceof ReportDocument.Table t) {
          Sheet sheet = wb.createSheet(sheetName(t.caption()));
          Row head = sheet.createRow(0);
          List<String> columns = t.table().header();
          for (int c = 0; c < columns.size(); c++) {
            head.createCell(c).setCellValue(columns.get(c));
            head.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, 18 * 256);
          }
          int r = 1;
          for (List<String> cells : t.table().rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
              SheetCells.text(row.createCell(c), cells.get(c), quoted);
            }
          }
          sheet.createFreezePane(0, 1);
        }
      }
      return SheetCells.bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Excel allows 31 characters and no []:*?/\\ in a sheet name. */
  private static String sheetName(String caption) {
    String name = caption.replaceAll("[\\\\\\[\\]:*?/]", " ");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }
}
