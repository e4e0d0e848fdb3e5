package org.jixiao.indicators.api;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of an Excel import of indicators: either every row was applied, or nothing was and each problem
 * names its sheet, row (as Excel numbers it), column and why, as a message key with arguments. Rows that
 * repeat an indicator unchanged (an export imported back) count as unchanged and change nothing.
 */
public record SheetReport(int created, int targetsUpdated, int actualsUpdated, int unchanged,
    List<SheetProblem> problems) implements Serializable {

  public boolean applied() {
    return problems.isEmpty();
  }

  /** One problem of one cell or row; the column is the header's text, empty for the file or a whole row. */
  public record SheetProblem(String sheet, int row, String column, String messageKey, List<Object> arguments)
      implements Serializable {}
}
