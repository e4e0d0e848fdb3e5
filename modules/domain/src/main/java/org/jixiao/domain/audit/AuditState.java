package org.jixiao.domain.audit;

import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * Writes a record's state for the audit trail the one way every record does: {@code name=value} pairs in a fixed
 * order, separated by "; ", values as the pages show them (numbers plain), empty values left out.
 */
public final class AuditState {

  private final StringJoiner pairs = new StringJoiner("; ");

  public AuditState with(String name, Object value) {
    String text = value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
        : value instanceof Enum<?> e ? e.name() : value == null ? null : value.toString();
    if (text != null && !text.isBlank()) {
      pairs.add(name + "=" + text.strip());
    }
    return this;
  }

  @Override
  public String toString() {
    return pairs.toString();
  }
}
