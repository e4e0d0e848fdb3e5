package org.jixiao.domain.evaluation;

import java.io.Serializable;
import java.util.List;

/**
 * A standard table a module contributes to the self-evaluation report (the budget execution table, the
 * indicators' self-evaluation table): cells as the report prints them.
 */
public record ReportTable(Kind kind, List<String> header, List<List<String>> rows) implements Serializable {

  public enum Kind {
    BUDGET_EXECUTION,
    INDICATOR_SELF_EVALUATION
  }

  public ReportTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
