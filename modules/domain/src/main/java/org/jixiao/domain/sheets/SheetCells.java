package org.jixiao.domain.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What every Excel file of the portal does the same way (Apache POI): the header style, and text that a
 * spreadsheet could take for a formula (=, +, -, @: CSV/formula injection) stored quote-prefixed, so no
 * export of ours ever carries a live formula from user input.
 */
public final class SheetCells {

  private static final String FORMULA_STARTS = "=+-@";

  private SheetCells() {}

  public static CellStyle headerStyle(Workbook wb) {
    Font bold = wb.createFont();
    bold.setBold(true);
    CellStyle header = wb.createCellStyle();
    header.setFont(bold);
    header.setBorderBottom(BorderStyle.THIN);
    return header;
  }

  /** The style {@link #text} gives to text starting like a formula. */
  public static CellStyle quotedStyle(Workbook wb) {
    CellStyle quoted = wb.createCellStyle();
    quoted.setQuotePrefixed(true);
    return quoted;
  }

  /** Text as text; nothing for null or empty. */
  public static void text(Cell cell, String value, CellStyle quoted) {
    if (value == null || value.isEmpty()) {
      return;
    }
    cell.setCellValue(value);
    if (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
      cell.setCellStyle(quoted);
    }
  }

  public static byte[] bytes(Workbook wb) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
