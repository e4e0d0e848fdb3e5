package org.jixiao.budgeting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import jakarta.persistence.EntityManager;
import org.jixiao.budgeting.api.ImportReport;
import org.jixiao.budgeting.api.ImportReport.ImportProblem;
import org.jixiao.budgeting.api.NewBudgetLine;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditSnapshot;
import org.jixiao.domain.audit.AuditTrail;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.domain.budget.BudgetCategory;
import org.jixiao.domain.budget.BudgetLevel;
import org.jixiao.domain.budget.BudgetLine;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.sheets.SheetCells;
import org.jixiao.domain.year.FiscalYear;

/**
 * An Excel import of budget lines and monthly execution. Every row is applied through the same rules as the
 * forms; every problem is collected with its sheet, row and column; the caller rolls everything back when
 * there is any. Rows are numbered as Excel shows them.
 */
final class BudgetImport {

  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_ROWS = 20_000;

  private final BudgetService service;
  private final EntityManager em;
  private final FiscalYear year;
  private final String username;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final Map<BudgetLine, AuditSnapshot> touched = new LinkedHashMap<>();
  private final DataFormatter formatter = new DataFormatter();
  private int created;
  private int updated;
  private int months;

  BudgetImport(BudgetService service, EntityManager em, FiscalYear year, String username) {
    this.service = service;
    this.em = em;
    this.year = year;
    this.username = username;
  }

  ImportReport run(byte[] xlsx) {
    SheetCells.readUpload(xlsx, MAX_BYTES, "budget.import", (key, args) -> problem("", 0, "", key, args), wb -> {
      Sheet lines = wb.getSheet(BudgetWorkbooks.LINES_SHEET);
      Sheet execution = wb.getSheet(BudgetWorkbooks.EXECUTION_SHEET);
      if (lines == null && execution == null) {
        problem("", 0, "", "budget.import.noSheets", BudgetWorkbooks.LINES_SHEET, BudgetWorkbooks.EXECUTION_SHEET);
      }
      if (lines != null && checkHeader(lines, BudgetWorkbooks.LINE_COLUMNS)) {
        eachRow(lines, this::importLine);
      }
      if (execution != null && checkHeader(execution, BudgetWorkbooks.EXECUTION_COLUMNS)) {
        eachRow(execution, this::importExecution);
      }
    });
    return new ImportReport(created, updated, months, List.copyOf(problems));
  }

  /** The lines the import created or changed, each with its state before (NONE for a new line), in sheet order. */
  Map<BudgetLine, AuditSnapshot> touched() {
    return touched;
  }

  private interface RowImport {
    void apply(Sheet sheet, Row row);
  }

  private void eachRow(Sheet sheet, RowImport rowImport) {
    if (sheet.getLastRowNum() > MAX_ROWS) {
      problem(sheet.getSheetName(), 0, "", "budget.import.tooManyRows", MAX_ROWS);
      return;
    }
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || isBlank(row)) {
        continue;
      }
      try {
        rowImport.apply(sheet, row);
      } catch (BusinessException e) {
        problems.add(new ImportProblem(sheet.getSheetName(), r + 1, "", e.messageKey(), Arrays.asList(e.arguments())));
      } catch (CellProblem e) {
        // already recorded
      }
    }
  }

  private void importLine(Sheet sheet, Row row) {
    String code = text(sheet, row, 0, true);
    String name = text(sheet, row, 1, false);
    String division = text(sheet, row, 2, false);
    BudgetCategory category = category(sheet, row, 3);
    BudgetLevel level = level(sheet, row, 4);
    String fund = text(sheet, row, 5, false);
    Money initial = amount(sheet, row, 6, false);
    Money fullYear = amount(sheet, row, 7, false);
    String reason = text(sheet, row, 8, false);
    BudgetLine line = service.lineByCode(year, code);
    if (line == null) {
      line = service.newLine(year, new NewBudgetLine(code, name, division, category, level, fund, initial));
      em.persist(line);
      touched.putIfAbsent(line, AuditSnapshot.NONE);
      created++;
    } else {
      touched.putIfAbsent(line, line.snapshot());
      updated++;
    }
    if (fullYear != null && !fullYear.equals(line.fullYearBudget())) {
      line.adjustBudget(fullYear, reason, username, AuditTrail.now());
    }
  }

  private void importExecution(Sheet sheet, Row row) {
    String code = text(sheet, row, 0, true);
    Money monthNumber = amount(sheet, row, 1, true);
    Money amount = amount(sheet, row, 2, true);
    String reason = text(sheet, row, 3, false);
    BigDecimal month = monthNumber.amount();
    if (month.stripTrailingZeros().scale() > 0 || month.compareTo(BigDecimal.ONE) < 0 || month.compareTo(BigDecimal.valueOf(12)) > 0) {
      throw cellProblem(sheet, row, 1, "validation.month", monthNumber.amount().stripTrailingZeros().toPlainString());
    }
    BudgetLine line = service.lineByCode(year, code);
    if (line == null) {
      throw cellProblem(sheet, row, 0, "budget.line.unknown", code);
    }
    touched.putIfAbsent(line, line.snapshot());
    line.recordExecution(month.intValue(), amount, reason, username, AuditTrail.now());
    months++;
  }

  private boolean checkHeader(Sheet sheet, String[] columns) {
    Row header = sheet.getRow(0);
    for (int c = 0; c < columns.length; c++) {
      String found = header == null ? "" : formatter.formatCellValue(header.getCell(c)).strip();
      if (!columns[c].equals(found)) {
        problem(sheet.getSheetName(), 1, columns[c], "budget.import.header", columns[c], found);
        return false;
      }
    }
    return true;
  }

  private String text(Sheet sheet, Row row, int c, boolean required) {
    Cell cell = row.getCell(c);
    if (cell != null && cell.getCellType() == CellType.FORMULA) {
      throw cellProblem(sheet, row, c, "budget.import.formula");
    }
    String value = cell == null ? "" : formatter.formatCellValue(cell).strip();
    if (required && value.isEmpty()) {
      throw cellProblem(sheet, row, c, "budget.import.required");
    }
    return value.isEmpty() ? null : value;
  }

  private Money amount(Sheet sheet, Row row, int c, boolean required) {
    Cell cell = row.getCell(c);
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      if (required) {
        throw cellProblem(sheet, row, c, "budget.import.number", "");
      }
      return null;
    }
    if (cell.getCellType() == CellType.FORMULA) {
      throw cellProblem(sheet, row, c, "budget.import.formula");
    }
    String raw = String.valueOf(SheetCells.textOf(cell, formatter));
    try {
      BigDecimal value = SheetCells.numberOf(cell, formatter);
      if (value == null) { // only spaces: as blank
        if (required) {
          throw cellProblem(sheet, row, c, "budget.import.number", "");
        }
        return null;
      }
      raw = value.toPlainString();
      if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
        throw cellProblem(sheet, row, c, "budget.import.decimals", raw);
      }
      Money money = Money.of(value);
      if (money.isNegative()) {
        throw cellProblem(sheet, row, c, "budget.import.negative", raw);
      }
      return money;
    } catch (NumberFormatException e) {
      throw cellProblem(sheet, row, c, "budget.import.number", raw);
    } catch (IllegalArgumentException e) {
      throw cellProblem(sheet, row, c, "budget.import.tooLargeNumber", raw);
    }
  }

  private BudgetCategory category(Sheet sheet, Row row, int c) {
    String value = text(sheet, row, c, false);
    if (value == null) {
      return null;
    }
    for (BudgetCategory category : BudgetCategory.values()) {
      if (category.name().equals(value) || BudgetWorkbooks.label(category).equals(value)) {
        return category;
      }
    }
    throw cellProblem(sheet, row, c, "budget.import.unknownCategory", value);
  }

  private BudgetLevel level(Sheet sheet, Row row, int c) {
    String value = text(sheet, row, c, false);
    if (value == null) {
      return null;
    }
    for (BudgetLevel level : BudgetLevel.values()) {
      if (level.name().equals(value) || BudgetWorkbooks.label(level).equals(value)) {
        return level;
      }
    }
    throw cellProblem(sheet, row, c, "budget.import.unknownLevel", value);
  }

  private static boolean isBlank(Row row) {
    for (Cell cell : row) {
      if (cell.getCellType() != CellType.BLANK && !cell.toString().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private CellProblem cellProblem(Sheet sheet, Row row, int c, String key, Object... args) {
    String[] columns =
        BudgetWorkbooks.LINES_SHEET.equals(sheet.getSheetName())
            ? BudgetWorkbooks.LINE_COLUMNS
            : BudgetWorkbooks.EXECUTION_COLUMNS;
    problem(sheet.getSheetName(), row.getRowNum() + 1, c < columns.length ? columns[c] : "", key, args);
    return new CellProblem();
  }

  private void problem(String sheet, int row, String column, String key, Object... args) {
    problems.add(new ImportProblem(sheet, row, column, key, Arrays.asList(args)));
  }

  /** A cell was wrong; the problem is recorded and the row skipped. */
  private static final class CellProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CellProblem() {
      super(null, null, false, false);
    }
  }
}
