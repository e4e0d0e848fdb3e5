package org.jixiao.indicators.internal;

import org.jixiao.domain.audit.AuditSnapshot;
import static org.jixiao.indicators.internal.IndicatorWorkbook.COLUMNS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.budget.SpecialFund;
import org.jixiao.domain.indicators.Indicator;
import org.jixiao.domain.indicators.Indicator.ActualEntry;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorScoring;
import org.jixiao.domain.sheets.SheetCells;
import org.jixiao.domain.indicators.IndicatorSubcategory;
import org.jixiao.domain.indicators.OverallGoal;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.indicators.api.SheetReport;
import org.jixiao.indicators.api.SheetReport.SheetProblem;

/**
 * An Excel import of indicators by a division head. Every row goes through the entity's own rules (a new code
 * creates a draft like the form, an existing one is defined or gets its actual); every problem is collected
 * with its sheet, row and column; the caller rolls everything back when there is any. New indicators are
 * handed back to be persisted only when the whole file is good. Rows are numbered as Excel shows them.
 */
final class IndicatorImport {

  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_ROWS = 5_000;
  private static final int MAX_GOAL = 999;
  private static final BigDecimal MAX_VALUE = new BigDecimal("99999999999999");
  private static final int DECIMALS = 4;

  /** The column the entity's complaint is about, by the field it names. */
  private static final Map<String, Integer> FIELD_COLUMNS = Map.ofEntries(
      Map.entry("indicator.field.code", IndicatorWorkbook.CODE),
      Map.entry("indicator.field.name", IndicatorWorkbook.NAME),
      Map.entry("indicator.field.subcategory", IndicatorWorkbook.SUBCATEGORY),
      Map.entry("indicator.field.goal", IndicatorWorkbook.GOAL),
      Map.entry("indicator.field.fund", IndicatorWorkbook.FUND),
      Map.entry("indicator.field.unit", IndicatorWorkbook.UNIT),
      Map.entry("indicator.field.kind", IndicatorWorkbook.KIND),
      Map.entry("indicator.field.target", IndicatorWorkbook.TARGET),
      Map.entry("indicator.field.targetText", IndicatorWorkbook.TARGET_TEXT),
      Map.entry("indicator.field.weight", IndicatorWorkbook.WEIGHT),
      Map.entry("indicator.field.baseline", IndicatorWorkbook.BASELINE),
      Map.entry("indicator.field.actual", IndicatorWorkbook.ACTUAL),
      Map.entry("indicator.field.actualText", IndicatorWorkbook.ACTUAL_TEXT),
      Map.entry("indicator.field.deviationReason", IndicatorWorkbook.REASON),
      Map.entry("indicator.field.correctiveMeasure", IndicatorWorkbook.MEASURE));

  /** ... or by what it says, where it names no field. */
  private static final Map<String, Integer> KEY_COLUMNS = Map.ofEntries(
      Map.entry("indicator.access.otherDivision", IndicatorWorkbook.CODE),
      Map.entry("indicator.duplicateCode", IndicatorWorkbook.CODE),
      Map.entry("indicator.unknownGoal", IndicatorWorkbook.GOAL),
      Map.entry("indicator.goalOfOtherYear", IndicatorWorkbook.GOAL),
      Map.entry("indicator.unknownFund", IndicatorWorkbook.FUND),
      Map.entry("indicator.fundOfOtherYear", IndicatorWorkbook.FUND),
      Map.entry("indicator.weight.range", IndicatorWorkbook.WEIGHT),
      Map.entry("indicator.target.required", IndicatorWorkbook.TARGET),
      Map.entry("indicator.target.zero", IndicatorWorkbook.TARGET),
      Map.entry("indicator.target.negative", IndicatorWorkbook.TARGET),
      Map.entry("indicator.targetText.required", IndicatorWorkbook.TARGET_TEXT),
      Map.entry("indicator.actual.negative", IndicatorWorkbook.ACTUAL),
      Map.entry("indicator.qualitative.band", IndicatorWorkbook.ACTUAL));

  private final FiscalYear year;
  private final Division division;
  private final Map<String, Indicator> indicators = new HashMap<>();
  private final Map<Integer, OverallGoal> goals = new HashMap<>();
  private final Map<String, SpecialFund> funds = new HashMap<>();
  private final Map<String, Integer> rowOfCode = new HashMap<>();
  private final List<SheetProblem> problems = new ArrayList<>();
  private final List<Indicator> created = new ArrayList<>();
  private final List<Change> changes = new ArrayList<>();
  private final DataFormatter formatter = new DataFormatter();
  private int nextSortOrder;
  private int targetsUpdated;
  private int actualsUpdated;
  private int unchanged;

  /** What was done to one indicator (new: to persist), for its audit trail. */
  record Change(Indicator indicator, boolean isNew, String detail, AuditSnapshot before, AuditSnapshot after) {}

  /**
   * @param division the caller's division: new indicators are its, and only its indicators may change
   * @param existing the year's indicators (all divisions, to tell another division's code from a new one)
   */
  IndicatorImport(FiscalYear year, Division division, List<Indicator> existing, List<OverallGoal> goals,
      List<SpecialFund> funds, int nextSortOrder) {
    this.year = year;
    this.division = division;
    existing.forEach(i -> indicators.put(i.code(), i));
    goals.forEach(g -> this.goals.put(g.sequence(), g));
    funds.forEach(f -> this.funds.put(f.code(), f));
    this.nextSortOrder = nextSortOrder;
  }

  SheetReport run(byte[] xlsx) {
    SheetCells.readUpload(xlsx, MAX_BYTES, "indicator.sheet", (key, args) -> problem("", 0, "", key, args), wb -> {
      Sheet sheet = wb.getSheet(IndicatorWorkbook.SHEET);
      if (sheet == null) {
        problem("", 0, "", "indicator.sheet.noSheet", IndicatorWorkbook.SHEET);
      } else if (checkHeader(sheet)) {
        eachRow(sheet);
      }
    });
    return report();
  }

  /** What the rows did, in order: new indicators to persist, changed ones to lock, when there is no problem. */
  List<Change> changes() {
    return List.copyOf(changes);
  }

  private SheetReport report() {
    return new SheetReport(created.size(), targetsUpdated, actualsUpdated, unchanged, List.copyOf(problems));
  }

  private boolean checkHeader(Sheet sheet) {
    Row header = sheet.getRow(0);
    boolean good = true;
    for (int c = 0; c < COLUMNS.length; c++) {
      if (IndicatorWorkbook.READ_ONLY.contains(c)) {
        continue;
      }
      String found = header == null ? "" : formatter.formatCellValue(header.getCell(c)).strip();
      if (!COLUMNS[c].equals(found)) {
        problem(sheet.getSheetName(), 1, COLUMNS[c], "indicator.sheet.header", COLUMNS[c], found);
        good = false;
      }
    }
    return good;
  }

  private void eachRow(Sheet sheet) {
    if (sheet.getLastRowNum() > MAX_ROWS) {
      problem(sheet.getSheetName(), 0, "", "indicator.sheet.tooManyRows", MAX_ROWS);
      return;
    }
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || isBlank(row)) {
        continue;
      }
      try {
        importRow(new RowReader(sheet, row));
      } catch (BusinessException e) {
        Integer c = columnOf(e);
        problem(sheet.getSheetName(), r + 1, c == null ? "" : COLUMNS[c], e.messageKey(), e.arguments());
      }
    }
  }

  private void importRow(RowReader in) {
    int before = problems.size();
    String code = in.text(IndicatorWorkbook.CODE, true);
    String name = in.text(IndicatorWorkbook.NAME, false);
    IndicatorSubcategory subcategory = in.subcategory(IndicatorWorkbook.SUBCATEGORY);
    Integer goalSequence = in.integer(IndicatorWorkbook.GOAL);
    String fundCode = in.text(IndicatorWorkbook.FUND, false);
    String unit = in.text(IndicatorWorkbook.UNIT, false);
    IndicatorKind kind = in.kind(IndicatorWorkbook.KIND);
    BigDecimal target = in.number(IndicatorWorkbook.TARGET);
    String targetText = in.text(IndicatorWorkbook.TARGET_TEXT, false);
    BigDecimal weight = in.number(IndicatorWorkbook.WEIGHT);
    BigDecimal baseline = in.number(IndicatorWorkbook.BASELINE);
    BigDecimal actual = in.number(IndicatorWorkbook.ACTUAL);
    String actualText = in.text(IndicatorWorkbook.ACTUAL_TEXT, false);
    String reason = in.text(IndicatorWorkbook.REASON, false);
    String measure = in.text(IndicatorWorkbook.MEASURE, false);
    if (problems.size() > before) {
      return; // the cells' problems are recorded; the rules need good cells
    }
    Integer firstRow = rowOfCode.putIfAbsent(code, in.rowNumber());
    if (firstRow != null) {
      in.problem(IndicatorWorkbook.CODE, "indicator.sheet.duplicateRow", code, firstRow);
      return;
    }
    Indicator indicator = indicators.get(code);
    if (indicator != null && !indicator.division().code().equals(division.code())) {
      throw new BusinessException("indicator.access.otherDivision", indicator.code());
    }
    boolean actualGiven = actual != null || actualText != null || reason != null || measure != null;
    if (indicator == null) {
      Indicator fresh = new Indicator(year, division, code,
          definition(name, goalSequence, subcategory, fundCode, unit, kind, target, targetText, weight, baseline));
      if (actualGiven) {
        // a new indicator's target is a draft: the entity refuses its actual
        fresh.enterActual(new ActualEntry(actual, actualText, null, null, reason, measure));
      }
      fresh.placeAfter(nextSortOrder++);
      created.add(fresh);
      changes.add(new Change(fresh, true, "Excel 导入新建指标 " + fresh.code() + " " + fresh.name() + "，目标 "
          + targetOf(fresh) + "，分值 " + fresh.weight(), AuditSnapshot.NONE, fresh.snapshot()));
      return;
    }
    boolean targetChanged =
        !Objects.equals(name, indicator.name())
            || !Objects.equals(goalSequence, indicator.goal().map(OverallGoal::sequence).orElse(null))
            || subcategory != indicator.subcategory()
            || !Objects.equals(fundCode, indicator.specialFund().map(SpecialFund::code).orElse(null))
            || !Objects.equals(unit, indicator.unit())
            || kind != indicator.kind()
            || !same(kind != null && kind.isQuantified() ? target : null, indicator.target())
            || !Objects.equals(targetText, indicator.targetText())
            || !same(weight, indicator.weight())
            || !same(baseline, indicator.baseline());
    boolean actualChanged =
        !same(indicator.kind() == IndicatorKind.QUALITATIVE ? null : actual, indicator.actual())
            || !Objects.equals(actualText, indicator.actualText())
            || !Objects.equals(reason, indicator.deviationReason())
            || !Objects.equals(measure, indicator.correctiveMeasure());
    if (targetChanged) {
      String before1 = targetOf(indicator) + "，分值 " + IndicatorScoring.plain(indicator.weight());
      AuditSnapshot state1 = indicator.snapshot();
      indicator.define(
          definition(name, goalSequence, subcategory, fundCode, unit, kind, target, targetText, weight, baseline));
      targetsUpdated++;
      changes.add(new Change(indicator, false, "Excel 导入修改目标: " + before1 + " → " + targetOf(indicator)
          + "，分值 " + IndicatorScoring.plain(indicator.weight()), state1, indicator.snapshot()));
    }
    if (actualChanged) {
      BigDecimal before2 = indicator.actual();
      AuditSnapshot state2 = indicator.snapshot();
      indicator.enterActual(new ActualEntry(actual, actualText, indicator.qualitativeGrade(),
          indicator.qualitativePercent(), reason, measure));
      actualsUpdated++;
      changes.add(new Change(indicator, false, "Excel 导入实际值: " + IndicatorScoring.plain(before2) + " → "
          + IndicatorScoring.plain(indicator.actual())
          + (indicator.deviationReason() == null ? "" : "；偏差原因: " + indicator.deviationReason()),
          state2, indicator.snapshot()));
    }
    if (!targetChanged && !actualChanged) {
      unchanged++;
    }
  }

  private Indicator.Definition definition(String name, Integer goalSequence, IndicatorSubcategory subcategory,
      String fundCode, String unit, IndicatorKind kind, BigDecimal target, String targetText, BigDecimal weight,
      BigDecimal baseline) {
    OverallGoal goal = null;
    if (goalSequence != null) {
      goal = goals.get(goalSequence);
      if (goal == null) {
        throw new BusinessException("indicator.unknownGoal", goalSequence);
      }
    }
    SpecialFund fund = null;
    if (fundCode != null) {
      fund = funds.get(fundCode);
      if (fund == null) {
        throw new BusinessException("indicator.unknownFund", fundCode);
      }
    }
    return new Indicator.Definition(name, goal, fund, subcategory, unit, kind, target, targetText, weight, baseline);
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  static String targetOf(Indicator i) {
    return i.target() != null ? IndicatorScoring.plain(i.target()) + (i.unit() == null ? "" : i.unit())
        : String.valueOf(i.targetText());
  }

  private static Integer columnOf(BusinessException e) {
    return SheetCells.columnOf(e, FIELD_COLUMNS, KEY_COLUMNS);
  }

  private static boolean isBlank(Row row) {
    for (Cell cell : row) {
      if (cell.getCellType() != CellType.BLANK && !cell.toString().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private void problem(String sheet, int row, String column, String key, Object... args) {
    problems.add(new SheetProblem(sheet, row, column, key, Collections.unmodifiableList(new ArrayList<>(Arrays.asList(args)))));
  }

  /** One row's cells: each wrong cell is recorded as a problem and read as empty. */
  private final class RowReader {
    private final Sheet sheet;
    private final Row row;

    RowReader(Sheet sheet, Row row) {
      this.sheet = sheet;
      this.row = row;
    }

    int rowNumber() {
      return row.getRowNum() + 1;
    }

    void problem(int c, String key, Object... args) {
      IndicatorImport.this.problem(sheet.getSheetName(), rowNumber(), COLUMNS[c], key, args);
    }

    /** The cell, null when empty; a formula is a problem (recorded) and reads as empty. */
    private Cell cell(int c) {
      Cell cell = row.getCell(c);
      if (cell == null || cell.getCellType() == CellType.BLANK) {
        return null;
      }
      if (cell.getCellType() == CellType.FORMULA) {
        problem(c, "indicator.sheet.formula");
        return null;
      }
      return cell;
    }

    String text(int c, boolean required) {
      Cell cell = row.getCell(c);
      boolean formula = cell != null && cell.getCellType() == CellType.FORMULA;
      cell = cell(c);
      String value = cell == null ? "" : formatter.formatCellValue(cell).strip();
      if (required && value.isEmpty() && !formula) {
        problem(c, "indicator.sheet.required");
      }
      return value.isEmpty() ? null : value;
    }

    BigDecimal number(int c) {
      Cell cell = cell(c);
      BigDecimal value;
      try {
        value = SheetCells.numberOf(cell, formatter);
      } catch (NumberFormatException e) {
        problem(c, "indicator.sheet.number", String.valueOf(SheetCells.textOf(cell, formatter)));
        return null;
      }
      if (value == null) {
        return null;
      }
      String raw = IndicatorScoring.plain(value);
      if (value.abs().compareTo(MAX_VALUE) > 0) {
        problem(c, "indicator.sheet.tooLargeNumber", raw);
        return null;
      }
      if (value.stripTrailingZeros().scale() > DECIMALS) {
        problem(c, "indicator.sheet.decimals", raw, DECIMALS);
        return null;
      }
      return value;
    }

    Integer integer(int c) {
      int before = problems.size();
      BigDecimal value = number(c);
      if (value == null) {
        return null;
      }
      BigDecimal whole = value.stripTrailingZeros();
      if (whole.scale() > 0 || whole.signum() <= 0 || whole.compareTo(BigDecimal.valueOf(MAX_GOAL)) > 0) {
        if (problems.size() == before) {
          problem(c, "indicator.sheet.goal", IndicatorScoring.plain(value));
        }
        return null;
      }
      return whole.intValueExact();
    }

    IndicatorSubcategory subcategory(int c) {
      String value = text(c, false);
      if (value == null) {
        return null;
      }
      for (IndicatorSubcategory s : IndicatorSubcategory.values()) {
        if (s.name().equalsIgnoreCase(value) || IndicatorWorkbook.label(s).equals(value)) {
          return s;
        }
      }
      problem(c, "indicator.sheet.unknownSubcategory", value);
      return null;
    }

    IndicatorKind kind(int c) {
      String value = text(c, false);
      if (value == null) {
        return null;
      }
      for (IndicatorKind k : IndicatorKind.values()) {
        if (k.name().equalsIgnoreCase(value) || IndicatorWorkbook.label(k).equals(value)
            || Arrays.asList(IndicatorWorkbook.symbols(k)).contains(value)) {
          return k;
        }
      }
      problem(c, "indicator.sheet.unknownKind", value);
      return null;
    }
  }
}
