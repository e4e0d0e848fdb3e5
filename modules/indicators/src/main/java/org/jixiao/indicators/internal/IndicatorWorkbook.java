package org.jixiao.indicators.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.domain.budget.SpecialFund;
import org.jixiao.domain.indicators.Indicator;
import org.jixiao.domain.indicators.IndicatorCategory;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorScore;
import org.jixiao.domain.indicators.IndicatorScoring;
import org.jixiao.domain.indicators.IndicatorSubcategory;
import org.jixiao.domain.indicators.OverallGoal;
import org.jixiao.domain.indicators.ScoringSettings;
import org.jixiao.domain.indicators.WorkflowStatus;
import org.jixiao.domain.sheets.SheetCells;

/**
 * The indicators' Excel sheet (Apache POI): one row per indicator with its target, actual, score and status,
 * and a sheet of notes, goals and special funds. The same layout is the import template; enums read in
 * Chinese and are accepted by name too. Text that a spreadsheet could take for a formula (=, +, -, @) is
 * stored quoted.
 */
final class IndicatorWorkbook {

  static final String SHEET = "绩效指标";
  static final String HELP_SHEET = "填写说明";

  static final int CODE = 0;
  static final int NAME = 1;
  static final int CATEGORY = 2;
  static final int SUBCATEGORY = 3;
  static final int GOAL = 4;
  static final int FUND = 5;
  static final int UNIT = 6;
  static final int KIND = 7;
  static final int TARGET = 8;
  static final int TARGET_TEXT = 9;
  static final int WEIGHT = 10;
  static final int BASELINE = 11;
  static final int ACTUAL = 12;
  static final int ACTUAL_TEXT = 13;
  static final int REASON = 14;
  static final int MEASURE = 15;
  static final int COMPLETION = 16;
  static final int SCORE = 17;
  static final int TARGET_STATUS = 18;
  static final int ACTUAL_STATUS = 19;

  static final String[] COLUMNS = {
    "指标编码", "指标名称", "一级指标", "二级指标", "对应目标", "专项资金编码", "计量单位", "指标性质", "年度指标值", "指标值（文字）",
    "分值", "上年实际值", "实际完成值", "完成情况说明", "偏差原因", "改进措施", "完成率", "得分", "目标状态", "实际值状态"
  };

  /** Shown for information; the import ignores them (they follow from the other columns and the workflow). */
  static final Set<Integer> READ_ONLY = Set.of(CATEGORY, COMPLETION, SCORE, TARGET_STATUS, ACTUAL_STATUS);

  private IndicatorWorkbook() {}

  static String label(IndicatorCategory category) {
    return switch (category) {
      case OUTPUT -> "产出指标";
      case BENEFIT -> "效益指标";
      case SATISFACTION -> "满意度指标";
    };
  }

  static String label(IndicatorSubcategory subcategory) {
    return switch (subcategory) {
      case QUANTITY -> "数量指标";
      case QUALITY -> "质量指标";
      case TIMELINESS -> "时效指标";
      case COST -> "成本指标";
      case ECONOMIC -> "经济效益指标";
      case SOCIAL -> "社会效益指标";
      case ECOLOGICAL -> "生态效益指标";
      case SUSTAINABLE -> "可持续影响指标";
      case SERVICE_SATISFACTION -> "服务对象满意度指标";
    };
  }

  static String label(IndicatorKind kind) {
    return switch (kind) {
      case AT_LEAST -> "≥（正向）";
      case EQUAL -> "=（等于）";
      case AT_MOST -> "≤（反向）";
      case QUALITATIVE -> "定性";
      case DECREASE -> "较去年同期下降";
      case INCREASE -> "较去年同期上升";
    };
  }

  /** Other ways of writing a kind that the import accepts: the bare symbols. */
  static String[] symbols(IndicatorKind kind) {
    return switch (kind) {
      case AT_LEAST -> new String[] {"≥", ">=", "正向"};
      case EQUAL -> new String[] {"=", "等于"};
      case AT_MOST -> new String[] {"≤", "<=", "反向"};
      case QUALITATIVE -> new String[] {"定性指标"};
      case DECREASE, INCREASE -> new String[0];
    };
  }

  static String label(WorkflowStatus status) {
    return switch (status) {
      case DRAFT -> "草稿";
      case SUBMITTED -> "待审核";
      case RETURNED -> "已退回";
      case APPROVED -> "已审核";
    };
  }

  /** The sheet of the given indicators (none: the import template), scored by the year's settings. */
  static byte[] write(int year, List<Indicator> indicators, ScoringSettings settings, List<OverallGoal> goals,
      List<SpecialFund> funds) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      Sheet sheet = wb.createSheet(SHEET);
      Row header = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.length; c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(COLUMNS[c]);
        cell.setCellStyle(READ_ONLY.contains(c) ? styles.readOnlyHeader : styles.header);
        int width = switch (c) {
          case NAME, ACTUAL_TEXT, REASON, MEASURE -> 40;
          case SUBCATEGORY, KIND, TARGET_TEXT -> 18;
          default -> Math.max(12, COLUMNS[c].length() * 3);
        };
        sheet.setColumnWidth(c, width * 256);
      }
      sheet.createFreezePane(2, 1);
      int r = 1;
      for (Indicator i : indicators) {
        Row row = sheet.createRow(r++);
        IndicatorScore score = IndicatorScoring.score(i.figures(), settings);
        text(row.createCell(CODE), i.code(), styles);
        text(row.createCell(NAME), i.name(), styles);
        text(row.createCell(CATEGORY), label(i.category()), styles);
        text(row.createCell(SUBCATEGORY), label(i.subcategory()), styles);
        i.goal().ifPresent(g -> row.createCell(GOAL).setCellValue(g.sequence()));
        text(row.createCell(FUND), i.specialFund().map(SpecialFund::code).orElse(""), styles);
        text(row.createCell(UNIT), i.unit(), styles);
        text(row.createCell(KIND), label(i.kind()), styles);
        SheetCells.number(row.createCell(TARGET), i.target(), null);
        text(row.createCell(TARGET_TEXT), i.targetText(), styles);
        SheetCells.number(row.createCell(WEIGHT), i.weight(), styles.twoDecimals);
        SheetCells.number(row.createCell(BASELINE), i.baseline(), null);
        SheetCells.number(row.createCell(ACTUAL), i.actual(), null);
        text(row.createCell(ACTUAL_TEXT), i.actualText(), styles);
        text(row.createCell(REASON), i.deviationReason(), styles);
        text(row.createCell(MEASURE), i.correctiveMeasure(), styles);
        if (score.completion() != null) {
          SheetCells.number(row.createCell(COMPLETION), score.completion().percent(), styles.percent);
        }
        SheetCells.number(row.createCell(SCORE), score.score(), styles.twoDecimals);
        text(row.createCell(TARGET_STATUS), label(i.targetStatus()), styles);
        text(row.createCell(ACTUAL_STATUS), label(i.actualStatus()), styles);
      }
      choices(sheet, SUBCATEGORY,
          Arrays.stream(IndicatorSubcategory.values()).map(IndicatorWorkbook::label).toArray(String[]::new));
      choices(sheet, KIND, Arrays.stream(IndicatorKind.values()).map(IndicatorWorkbook::label).toArray(String[]::new));
      help(wb.createSheet(HELP_SHEET), year, goals, funds, styles);
      return SheetCells.bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void help(Sheet help, int year, List<OverallGoal> goals, List<SpecialFund> funds, Styles styles) {
    String[] notes = {
      year + " 年度绩效指标导入导出表。只有处室负责人可以导入，且只能导入本处室的指标。",
      "任何一行有错误时整个文件都不会导入，并逐行列出错误（工作表、行、列、原因）。",
      "指标编码不存在的行新建本处室的草稿指标；已有编码的行：目标为草稿或已退回时修改目标（名称、二级指标、目标、性质、指标值、分值等），"
          + "目标已审核且实际值为草稿或已退回时填报实际完成值、完成情况说明、偏差原因和改进措施。内容未变的行不作修改。",
      "一级指标、完成率、得分、目标状态、实际值状态仅供查看，导入时忽略。",
      "二级指标和指标性质可填中文名称或英文代码（如 QUANTITY、AT_LEAST）；对应目标填目标序号；专项资金编码见下表，部门整体指标留空。",
      "数值最多 4 位小数（分值最多 2 位），不得使用公式；文件不超过 5 MB、5000 行。",
    };
    int r = 0;
    for (String note : notes) {
      text(help.createRow(r++).createCell(0), note, styles);
    }
    r++;
    text(help.createRow(r++).createCell(0), "二级指标（一级指标）", styles);
    for (IndicatorSubcategory s : IndicatorSubcategory.values()) {
      Row row = help.createRow(r++);
      text(row.createCell(0), label(s), styles);
      text(row.createCell(1), s.name() + "（" + label(s.category()) + "）", styles);
    }
    r++;
    text(help.createRow(r++).createCell(0), "指标性质", styles);
    for (IndicatorKind k : IndicatorKind.values()) {
      Row row = help.createRow(r++);
      text(row.createCell(0), label(k), styles);
      text(row.createCell(1), k.name(), styles);
    }
    r++;
    text(help.createRow(r++).createCell(0), "对应目标", styles);
    for (OverallGoal goal : goals) {
      Row row = help.createRow(r++);
      row.createCell(0).setCellValue(goal.sequence());
      text(row.createCell(1), goal.title(), styles);
    }
    r++;
    text(help.createRow(r++).createCell(0), "专项资金编码", styles);
    for (SpecialFund fund : funds) {
      Row row = help.createRow(r++);
      text(row.createCell(0), fund.code(), styles);
      text(row.createCell(1), fund.name(), styles);
    }
    help.setColumnWidth(0, 40 * 256);
    help.setColumnWidth(1, 70 * 256);
  }

  /** A drop-down of the labels; other values are still typed and checked by the import. */
  private static void choices(Sheet sheet, int column, String[] labels) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(labels),
        new CellRangeAddressList(1, IndicatorImport.MAX_ROWS, column, column));
    validation.setShowErrorBox(false);
    validation.setSuppressDropDownArrow(true);
    sheet.addValidationData(validation);
  }

  static void text(Cell cell, String value, Styles styles) {
    SheetCells.text(cell, value, styles.quoted);
  }


  static final class Styles {
    final CellStyle header;
    final CellStyle readOnlyHeader;
    final CellStyle quoted;
    final CellStyle twoDecimals;
    final CellStyle percent;

    Styles(Workbook wb) {
      header = SheetCells.headerStyle(wb);
      readOnlyHeader = wb.createCellStyle();
      readOnlyHeader.cloneStyleFrom(header);
      readOnlyHeader.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      readOnlyHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      quoted = SheetCells.quotedStyle(wb);
      twoDecimals = wb.createCellStyle();
      twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.00\"%\""));
    }
  }
}
