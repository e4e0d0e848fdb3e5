package org.jixiao.domain.evaluation;

import java.io.Serializable;

/** A record a score's trace points at (an indicator, a budget line, a procurement), for links to its page. */
public record RecordRef(Kind kind, String code, String label) implements Serializable {

  public enum Kind {
    INDICATOR,
    BUDGET_LINE,
    PROCUREMENT
  }
}
