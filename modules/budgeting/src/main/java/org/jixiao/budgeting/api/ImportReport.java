package org.jixiao.budgeting.api;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of an Excel import: either every row was applied, or nothing was and each problem names its
 * sheet, row (as Excel numbers it), column and why, as a message key with arguments.
 */
public record ImportReport(int linesCreated, int linesUpdated, int monthsRecorded, List<ImportProblem> problems)
    implements Serializable {

  public boolean applied() {
    return problems.isEmpty();
  }

  /** One problem of one cell or row. */
  public record ImportProblem(String sheet, int row, String column, String messageKey, List<Object> arguments)
      implements Serializable {}
}
