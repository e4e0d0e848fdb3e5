package org.jixiao.budgeting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.budgeting.api.BudgetFigures;
import org.jixiao.budgeting.api.BudgetLineView;
import org.jixiao.budgeting.api.BudgetOverview;
import org.jixiao.budgeting.api.BudgetRow;
import org.jixiao.budgeting.api.FundOption;
import org.jixiao.domain.budget.BudgetCategory;
import org.jixiao.domain.budget.BudgetLevel;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.money.Rate;
import org.jixiao.domain.sheets.SheetCells;

/**
 * The Excel files of budgeting (Apache POI): the import template and the execution table in the report's
 * layout (预算执行情况表). Text that a spreadsheet could take for a formula (=, +, -, @) is stored quoted.
 */
final class BudgetWorkbooks {

  static final String LINES_SHEET = "预算项目";
  static final String EXECUTION_SHEET = "月度执行";
  static final String[] LINE_COLUMNS = {
    "项目编码", "项目名称", "处室编码", "预算类别", "预算级次", "专项资金编码", "年初预算数（万元）", "全年预算数（万元）", "调整原因"
  };
  static final String[] EXECUTION_COLUMNS = {"项目编码", "月份", "执行数（万元）", "超预算原因"};

  private BudgetWorkbooks() {}

  static String label(BudgetCategory category) {
    return switch (category) {
      case BASIC_EXPENDITURE -> "基本支出";
      case PROJECT_EXPENDITURE -> "项目支出";
      case SPECIAL_FUND -> "专项资金";
      case OTHER_DEVELOPMENT -> "其他事业发展支出";
    };
  }

  static String label(BudgetLevel level) {
    return switch (level) {
      case CITY_LEVEL -> "市本级资金";
      case TRANSFER_TO_LOWER -> "对下转移支付";
    };
  }

  static byte[] template(int year, List<FundOption> funds) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      header(wb.createSheet(LINES_SHEET), LINE_COLUMNS, styles);
      header(wb.createSheet(EXECUTION_SHEET), EXECUTION_COLUMNS, styles);
      Sheet help = wb.createSheet("填写说明");
      String[] notes = {
        year + " 年度预算导入模板。任何一行有错误时整个文件都不会导入，并逐行列出错误。",
        "预算项目：新的项目编码新建项目；已有编码只能调整全年预算数，且必须填写调整原因。",
        "预算类别：基本支出、项目支出、专项资金、其他事业发展支出。",
        "预算级次（仅事业发展支出填写）：市本级资金、对下转移支付。",
        "专项资金编码（仅专项资金填写）：见下表。",
        "月度执行：每个项目每月一行，月份 1–12，执行数为该月执行金额（万元，两位小数，不得为负数）；重复导入同一月份将替换原数。",
      };
      int r = 0;
      for (String note : notes) {
        text(help.createRow(r++).createCell(0), note, styles);
      }
      r++;
      for (FundOption fund : funds) {
        Row row = help.createRow(r++);
        text(row.createCell(0), fund.code(), styles);
        text(row.createCell(1), fund.name(), styles);
      }
      help.setColumnWidth(0, 40 * 256);
      help.setColumnWidth(1, 70 * 256);
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row of the report's execution table: its group, its item (empty for the total) and its figures. */
  record ExecutionRow(String group, String item, BudgetFigures figures) {}

  /** The report's execution table in its order: the total, 部门预算 and 事业发展支出 by purpose, then by level. */
  static List<ExecutionRow> executionRows(BudgetOverview overview) {
    List<ExecutionRow> rows = new ArrayList<>();
    BudgetRow total = overview.total();
    rows.add(new ExecutionRow("全年预算", "", total.figures()));
    for (BudgetRow group : total.children()) {
      String groupName = "DEPARTMENT_BUDGET".equals(group.key()) ? "部门预算" : "事业发展支出";
      for (BudgetRow category : group.children()) {
        rows.add(new ExecutionRow(groupName, label(BudgetCategory.valueOf(category.key())), category.figures()));
      }
    }
    for (BudgetRow level : overview.levels()) {
      rows.add(new ExecutionRow("事业发展支出（按预算级次）", label(BudgetLevel.valueOf(level.key())), level.figures()));
    }
    return rows;
  }

  /** The report's table (total, 部门预算, 事业发展支出 by purpose and by level) and a sheet of every line. */
  static byte[] executionTable(BudgetOverview overview) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      Sheet sheet = wb.createSheet(overview.yearNumber() + "年预算执行情况");
      Row title = sheet.createRow(0);
      text(title.createCell(0), overview.yearNumber() + " 年度部门预算执行情况表（截至 " + overview.asOf() + "，单位：万元）",
          styles);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
      header(sheet, 1, new String[] {"项目", "", "全年预算数", "执行数", "执行率"}, styles);
      int r = 2;
      for (ExecutionRow row : executionRows(overview)) {
        r = row(sheet, r, row.group(), row.item(), row.figures(), styles);
      }
      for (int c = 0; c < 5; c++) {
        sheet.setColumnWidth(c, (c < 2 ? 26 : 16) * 256);
      }

      Sheet lines = wb.createSheet("预算项目明细");
      header(lines, 0, new String[] {"项目编码", "项目名称", "处室", "预算类别", "预算级次", "专项资金", "年初预算数", "全年预算数",
          "执行数", "执行率", "序时进度", "预警", "已承诺未支付", "可用余额", "结转", "结转原因"}, styles);
      int lr = 1;
      for (BudgetLineView line : overview.lines()) {
        Row row = lines.createRow(lr++);
        BudgetFigures f = line.figures();
        text(row.createCell(0), line.code(), styles);
        text(row.createCell(1), line.name(), styles);
        text(row.createCell(2), line.divisionName(), styles);
        text(row.createCell(3), label(line.category()), styles);
        text(row.createCell(4), line.level() == null ? "" : label(line.level()), styles);
        text(row.createCell(5), line.fundName() == null ? "" : line.fundName(), styles);
        money(row.createCell(6), f.initialBudget(), styles);
        money(row.createCell(7), f.budget(), styles);
        money(row.createCell(8), f.executed(), styles);
        rate(row.createCell(9), f.executionRate(), styles);
        rate(row.createCell(10), f.expectedRate(), styles);
        text(row.createCell(11), switch (f.warning()) {
          case GREEN -> "正常";
          case YELLOW -> "黄色预警";
          case RED -> "红色预警";
        }, styles);
        money(row.createCell(12), f.committed(), styles);
        money(row.createCell(13), f.available(), styles);
        money(row.createCell(14), f.carryOver(), styles);
        text(row.createCell(15), line.carryOverReason() == null ? "" : line.carryOverReason(), styles);
      }
      lines.setColumnWidth(1, 40 * 256);
      lines.setColumnWidth(5, 40 * 256);
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int row(Sheet sheet, int r, String group, String item, BudgetFigures f, Styles styles) {
    Row row = sheet.createRow(r);
    text(row.createCell(0), group, styles);
    text(row.createCell(1), item, styles);
    money(row.createCell(2), f.budget(), styles);
    money(row.createCell(3), f.executed(), styles);
    rate(row.createCell(4), f.executionRate(), styles);
    return r + 1;
  }

  private static void header(Sheet sheet, String[] columns, Styles styles) {
    header(sheet, 0, columns, styles);
    for (int c = 0; c < columns.length; c++) {
      sheet.setColumnWidth(c, Math.max(14, columns[c].length() * 3) * 256);
    }
  }

  private static void header(Sheet sheet, int r, String[] columns, Styles styles) {
    Row row = sheet.createRow(r);
    for (int c = 0; c < columns.length; c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(columns[c]);
      cell.setCellStyle(styles.header);
    }
  }

  static void text(Cell cell, String value, Styles styles) {
    SheetCells.text(cell, value, styles.quoted);
  }

  /** Excel keeps numbers as doubles; amounts below 10^8 with two decimals survive the trip exactly. */
  private static void money(Cell cell, Money value, Styles styles) {
    SheetCells.number(cell, value.amount(), styles.money);
  }

  private static void rate(Cell cell, Rate value, Styles styles) {
    if (value == null) {
      cell.setCellValue("—");
      return;
    }
    cell.setCellValue(value.toString());
    cell.setCellStyle(styles.right);
  }

  private static byte[] bytes(Workbook wb) {
    return SheetCells.bytes(wb);
  }

  static final class Styles {
    final CellStyle header;
    final CellStyle money;
    final CellStyle quoted;
    final CellStyle right;

    Styles(Workbook wb) {
      header = SheetCells.headerStyle(wb);
      money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      quoted = SheetCells.quotedStyle(wb);
      right = wb.createCellStyle();
      right.setAlignment(HorizontalAlignment.RIGHT);
    }
  }
}
