package org.jixiao.domain.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
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

  /**
   * A number as a number cell (Excel keeps doubles; the 15 significant digits every amount and value of ours
   * fits in survive exactly); nothing for null; {@code style} may be null.
   */
  public static void number(Cell cell, BigDecimal value, CellStyle style) {
    if (value == null) {
      return;
    }
    cell.setCellValue(value.doubleValue());
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /**
   * The column an import's refusal is about: the first field its arguments name ({@code byField}, by the
   * field's label key), else its message key ({@code byKey}); null for a whole row.
   */
  public static Integer columnOf(org.jixiao.domain.BusinessException e, java.util.Map<String, Integer> byField,
      java.util.Map<String, Integer> byKey) {
    for (Object argument : e.arguments()) {
      if (argument instanceof org.jixiao.domain.Label label && byField.containsKey(label.key())) {
        return byField.get(label.key());
      }
    }
    return byKey.get(e.messageKey());
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

  /** A cell's text as Excel shows it, stripped; null when blank. */
  public static String textOf(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    String text = formatter.formatCellValue(cell).strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * A number cell (its double's shortest decimal form: what Excel shows in full), or text that is a number
   * (thousands separators allowed); null when blank; {@link NumberFormatException} otherwise.
   */
  public static BigDecimal numberOf(Cell cell, DataFormatter formatter) {
    if (cell != null && cell.getCellType() == CellType.NUMERIC) {
      return BigDecimal.valueOf(cell.getNumericCellValue());
    }
    String text = textOf(cell, formatter);
    return text == null ? null : new BigDecimal(text.replace(",", "").replace("，", ""));
  }

  /** A date cell, or text yyyy-MM-dd; null when blank; {@link DateTimeParseException} otherwise. */
  public static LocalDate dateOf(Cell cell, DataFormatter formatter) {
    if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate();
    }
    String text = textOf(cell, formatter);
    return text == null ? null : LocalDate.parse(text);
  }

  /** Where an upload's problems go: a message key and its arguments. */
  public interface UploadProblems {
    void report(String key, Object... arguments);
  }

  /**
   * Opens an uploaded workbook (.xlsx) and hands it to {@code work}; an empty, too large or unreadable file is
   * reported instead as {@code keyPrefix}.empty, .tooLarge (with the limit in MB) or .unreadable.
   */
  public static void readUpload(byte[] xlsx, long maxBytes, String keyPrefix, UploadProblems problems,
      java.util.function.Consumer<Workbook> work) {
    if (xlsx == null || xlsx.length == 0) {
      problems.report(keyPrefix + ".empty");
      return;
    }
    if (xlsx.length > maxBytes) {
      problems.report(keyPrefix + ".tooLarge", maxBytes / 1024 / 1024);
      return;
    }
    Workbook workbook;
    try {
      workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
    } catch (Exception | LinkageError e) {
      // not a workbook, an old .xls, encrypted, truncated: POI says so in many ways
      problems.report(keyPrefix + ".unreadable");
      return;
    }
    try (Workbook wb = workbook) {
      work.accept(wb);
    } catch (IOException e) {
      problems.report(keyPrefix + ".unreadable");
    }
  }
}
