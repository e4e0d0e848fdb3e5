package org.jixiao.procurement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.domain.procurement.DeadlineCheck;
import org.jixiao.domain.procurement.ProcurementDeadlines;
import org.jixiao.domain.sheets.SheetCells;
import org.jixiao.procurement.api.ComplianceReport;

/**
 * The procurement register as a workbook: the columns a division head fills in (the import reads them back),
 * then each requirement's due date and status as of the export (read-only, ignored by the import). Official
 * documents of the bureau are Chinese, so is the sheet.
 */
final class ProcurementWorkbook {

  static final String SHEET = "采购项目";
  static final int CODE = 0;
  static final int NAME = 1;
  static final int DIVISION = 2;
  static final int LINE = 3;
  static final int AMOUNT = 4;
  static final int METHOD = 5;
  static final int INTENTION = 6;
  static final int STARTED = 7;
  static final int AWARD = 8;
  static final int SIGNED = 9;
  static final int ANNOUNCED = 10;
  static final int FILED = 11;
  static final String[] COLUMNS = {"项目编号", "项目名称", "采购实施处室", "预算项目编码", "金额（万元）", "采购方式",
    "采购意向公开日期", "采购活动开始日期", "中标（成交）通知书发出日期", "合同签订日期", "合同公告日期", "合同备案日期"};
  private static final String[] CHECK_COLUMNS = {"意向公开（批复后）", "意向公开（采购前）", "合同签订", "合同公告",
    "合同备案"};

  private ProcurementWorkbook() {}

  static byte[] export(List<ComplianceReport.Record> records) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet(SHEET);
      CellStyle header = SheetCells.headerStyle(wb);
      CellStyle quoted = SheetCells.quotedStyle(wb);
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      Row head = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.length; c++) {
        cell(head, c, COLUMNS[c], header);
      }
      for (int i = 0; i < CHECK_COLUMNS.length; i++) {
        cell(head, COLUMNS.length + 2 * i, CHECK_COLUMNS[i] + "应完成日期", header);
        cell(head, COLUMNS.length + 2 * i + 1, CHECK_COLUMNS[i] + "状态", header);
      }
      int r = 1;
      for (ComplianceReport.Record rec : records) {
        Row row = sheet.createRow(r++);
        SheetCells.text(row.createCell(CODE), rec.code(), quoted);
        SheetCells.text(row.createCell(NAME), rec.name(), quoted);
        SheetCells.text(row.createCell(DIVISION), rec.divisionName(), quoted);
        SheetCells.text(row.createCell(LINE), rec.budgetLineCode(), quoted);
        SheetCells.number(row.createCell(AMOUNT), rec.amount().amount(), money);
        row.createCell(METHOD).setCellValue(rec.method().legalName());
        ProcurementDeadlines.Events e = rec.events();
        date(row, INTENTION, e.intentionPublished());
        date(row, STARTED, e.procurementStarted());
        date(row, AWARD, e.awardNotice());
        date(row, SIGNED, e.contractSigned());
        date(row, ANNOUNCED, e.contractAnnounced());
        date(row, FILED, e.contractFiled());
        for (int i = 0; i < rec.checks().size(); i++) {
          DeadlineCheck check = rec.checks().get(i);
          date(row, COLUMNS.length + 2 * i, check.due());
          row.createCell(COLUMNS.length + 2 * i + 1).setCellValue(MessageTexts.format(Locale.SIMPLIFIED_CHINESE,
              "ComplianceStatus." + check.status().name(), check.shownNumber()));
        }
      }
      for (int c = 0; c < COLUMNS.length + 2 * CHECK_COLUMNS.length; c++) {
        sheet.setColumnWidth(c, c == NAME ? 36 * 256 : 16 * 256);
      }
      sheet.createFreezePane(2, 1);
      return SheetCells.bytes(wb);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Dates as ISO text: unambiguous in every locale's Excel, and what the import reads. */
  private static void date(Row row, int column, LocalDate date) {
    if (date != null) {
      row.createCell(column).setCellValue(date.toString());
    }
  }

  private static void cell(Row row, int column, String text, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }
}
