package org.jixiao.procurement.api;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of an Excel import of procurement records: every row applied, or nothing and each problem with its
 * row (as Excel numbers it), column header and message key. Rows equal to the record count as unchanged.
 */
public record ImportReport(int created, int updated, int unchanged, List<Problem> problems) implements Serializable {

  public boolean applied() {
    return problems.isEmpty();
  }

  public record Problem(int row, String column, String messageKey, List<Object> arguments) implements Serializable {}
}
