package org.jixiao.procurement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.procurement.ProcurementMethod;
import org.jixiao.domain.procurement.ProcurementProject;
import org.jixiao.domain.sheets.SheetCells;
import org.jixiao.procurement.api.ImportReport;
import org.jixiao.procurement.api.RecordDraft;

/**
 * Reads a division head's procurement workbook: every cell checked first (types, known method, own division,
 * no repeated code); the rows are then applied by the service through the same rules as the form, and any
 * problem there rolls the whole import back. Rows are numbered as Excel shows them.
 */
final class ProcurementImport {

  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_ROWS = 20_000;

  /** A good row: the record it changes (null: a new one) and what it says. */
  record SheetRow(int rowNumber, ProcurementProject existing, RecordDraft draft) {}

  private static final Map<String, Integer> FIELD_COLUMNS = Map.ofEntries(
      Map.entry("procurement.field.code", ProcurementWorkbook.CODE),
      Map.entry("procurement.field.name", ProcurementWorkbook.NAME),
      Map.entry("procurement.field.amount", ProcurementWorkbook.AMOUNT),
      Map.entry("procurement.field.method", ProcurementWorkbook.METHOD),
      Map.entry("procurement.field.intentionPublished", ProcurementWorkbook.INTENTION),
      Map.entry("procurement.field.procurementStarted", ProcurementWorkbook.STARTED),
      Map.entry("procurement.field.awardNotice", ProcurementWorkbook.AWARD),
      Map.entry("procurement.field.contractSigned", ProcurementWorkbook.SIGNED),
      Map.entry("procurement.field.contractAnnounced", ProcurementWorkbook.ANNOUNCED),
      Map.entry("procurement.field.contractFiled", ProcurementWorkbook.FILED));

  private static final Map<String, Integer> KEY_COLUMNS = Map.ofEntries(
      Map.entry("procurement.access.otherDivision", ProcurementWorkbook.CODE),
      Map.entry("procurement.duplicateCode", ProcurementWorkbook.CODE),
      Map.entry("procurement.unknownMethod", ProcurementWorkbook.METHOD),
      Map.entry("procurement.unknownLine", ProcurementWorkbook.LINE),
      Map.entry("procurement.line.otherDivision", ProcurementWorkbook.LINE),
      Map.entry("procurement.overBudget", ProcurementWorkbook.AMOUNT));

  private final Division division;
  private final Map<String, ProcurementProject> projects = new HashMap<>();
  private final Map<String, Integer> rowOfCode = new HashMap<>();
  private final List<ImportReport.Problem> problems = new ArrayList<>();
  private final List<SheetRow> rows = new ArrayList<>();
  private final DataFormatter formatter = new DataFormatter();

  ProcurementImport(Division division, List<ProcurementProject> existing) {
    this.division = division;
    existing.forEach(p -> projects.put(p.code(), p));
  }

  List<SheetRow> rows() {
    return List.copyOf(rows);
  }

  /** The header of the column an entity's or service's complaint is about; empty for a whole row. */
  static String columnOf(BusinessException e) {
    Integer c = SheetCells.columnOf(e, FIELD_COLUMNS, KEY_COLUMNS);
    return c == null ? "" : ProcurementWorkbook.COLUMNS[c];
  }

  ImportReport run(byte[] xlsx) {
    SheetCells.readUpload(xlsx, MAX_BYTES, "procurement.sheet", (key, args) -> problem(0, "", key, args), wb -> {
      Sheet sheet = wb.getSheet(ProcurementWorkbook.SHEET);
      if (sheet == null) {
        problem(0, "", "procurement.sheet.noSheet", ProcurementWorkbook.SHEET);
      } else if (headerIsRight(sheet)) {
        eachRow(sheet);
      }
    });
    return report();
  }

  private ImportReport report() {
    return new ImportReport(0, 0, 0, List.copyOf(problems));
  }

  private boolean headerIsRight(Sheet sheet) {
    Row header = sheet.getRow(0);
    boolean good = true;
    for (int c = 0; c < ProcurementWorkbook.COLUMNS.length; c++) {
      String found = header == null ? "" : String.valueOf(SheetCells.textOf(header.getCell(c), formatter));
      if (!ProcurementWorkbook.COLUMNS[c].equals(found)) {
        problem(1, ProcurementWorkbook.COLUMNS[c], "procurement.sheet.header", ProcurementWorkbook.COLUMNS[c], found);
        good = false;
      }
    }
    return good;
  }

  private void eachRow(Sheet sheet) {
    if (sheet.getLastRowNum() > MAX_ROWS) {
      problem(0, "", "procurement.sheet.tooManyRows", MAX_ROWS);
      return;
    }
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || blank(row)) {
        continue;
      }
      int before = problems.size();
      RecordDraft draft = read(row, r + 1);
      if (problems.size() > before) {
        continue;
      }
      Integer firstRow = rowOfCode.putIfAbsent(draft.code(), r + 1);
      if (firstRow != null) {
        problem(r + 1, ProcurementWorkbook.COLUMNS[ProcurementWorkbook.CODE], "procurement.sheet.duplicateRow",
            draft.code(), firstRow);
        continue;
      }
      ProcurementProject existing = projects.get(draft.code());
      if (existing != null && !existing.division().code().equals(division.code())) {
        problem(r + 1, ProcurementWorkbook.COLUMNS[ProcurementWorkbook.CODE], "procurement.access.otherDivision",
            draft.code());
        continue;
      }
      rows.add(new SheetRow(r + 1, existing, draft));
    }
  }

  private RecordDraft read(Row row, int rowNumber) {
    String code = text(row, ProcurementWorkbook.CODE, rowNumber);
    if (code == null) {
      problem(rowNumber, ProcurementWorkbook.COLUMNS[ProcurementWorkbook.CODE], "validation.required",
          new Label("procurement.field.code"));
    }
    String divisionName = text(row, ProcurementWorkbook.DIVISION, rowNumber);
    if (divisionName != null && !divisionName.equals(division.name()) && !divisionName.equals(division.code())) {
      problem(rowNumber, ProcurementWorkbook.COLUMNS[ProcurementWorkbook.DIVISION], "procurement.sheet.otherDivision",
          divisionName, division.name());
    }
    String method = text(row, ProcurementWorkbook.METHOD, rowNumber);
    if (method != null && ProcurementMethod.parse(method).isEmpty()) {
      problem(rowNumber, ProcurementWorkbook.COLUMNS[ProcurementWorkbook.METHOD], "procurement.unknownMethod", method);
    }
    return new RecordDraft(code, text(row, ProcurementWorkbook.NAME, rowNumber),
        text(row, ProcurementWorkbook.LINE, rowNumber), money(row, rowNumber), method,
        date(row, ProcurementWorkbook.INTENTION, rowNumber), date(row, ProcurementWorkbook.STARTED, rowNumber),
        date(row, ProcurementWorkbook.AWARD, rowNumber), date(row, ProcurementWorkbook.SIGNED, rowNumber),
        date(row, ProcurementWorkbook.ANNOUNCED, rowNumber), date(row, ProcurementWorkbook.FILED, rowNumber));
  }

  private String text(Row row, int column, int rowNumber) {
    String text = SheetCells.textOf(row.getCell(column), formatter);
    int max = column == ProcurementWorkbook.NAME ? ProcurementProject.NAME_LENGTH : ProcurementProject.CODE_LENGTH;
    if (text != null && text.length() > max) {
      problem(rowNumber, ProcurementWorkbook.COLUMNS[column], "validation.tooLong",
          ProcurementWorkbook.COLUMNS[column], max);
      return null;
    }
    return text;
  }

  private Money money(Row row, int rowNumber) {
    String column = ProcurementWorkbook.COLUMNS[ProcurementWorkbook.AMOUNT];
    try {
      BigDecimal value = SheetCells.numberOf(row.getCell(ProcurementWorkbook.AMOUNT), formatter);
      return value == null ? null : Money.fromInput(value.toPlainString());
    } catch (NumberFormatException e) {
      problem(rowNumber, column, "validation.money.format",
          SheetCells.textOf(row.getCell(ProcurementWorkbook.AMOUNT), formatter));
    } catch (BusinessException e) {
      problem(rowNumber, column, e.messageKey(), e.arguments());
    }
    return null;
  }

  private LocalDate date(Row row, int column, int rowNumber) {
    try {
      return SheetCells.dateOf(row.getCell(column), formatter);
    } catch (DateTimeParseException e) {
      problem(rowNumber, ProcurementWorkbook.COLUMNS[column], "procurement.sheet.badDate",
          SheetCells.textOf(row.getCell(column), formatter));
      return null;
    }
  }

  private boolean blank(Row row) {
    for (int c = 0; c < ProcurementWorkbook.COLUMNS.length; c++) {
      if (SheetCells.textOf(row.getCell(c), formatter) != null) {
        return false;
      }
    }
    return true;
  }

  private void problem(int row, String column, String key, Object... args) {
    problems.add(new ImportReport.Problem(row, column, key, List.of(args)));
  }
}
