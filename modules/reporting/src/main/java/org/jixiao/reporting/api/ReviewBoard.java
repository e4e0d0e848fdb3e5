package org.jixiao.reporting.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The leadership review (领导小组评分): per leadership-scored item, each member's sheet side by side, whether they
 * disagree, and the consensus the chair recorded.
 */
public record ReviewBoard(int yearNumber, boolean sealed, String chair, List<String> members, List<Row> rows,
    boolean callerIsMember, boolean callerIsChair) implements Serializable {

  public record Entry(BigDecimal score, String reason, String by, LocalDateTime at) implements Serializable {}

  /** {@code sheets} by member (absent: not scored yet); {@code disagreement} when the members' scores differ. */
  public record Row(String itemCode, String itemName, BigDecimal weight, Map<String, Entry> sheets,
      boolean disagreement, Entry consensus) implements Serializable {

    public Entry sheetOf(String member) {
      return sheets.get(member);
    }
  }

  /** Every member has scored every item and every item has its consensus: the chair may approve and seal. */
  public boolean readyToSeal() {
    return rows.stream().allMatch(r -> r.consensus() != null && r.sheets().keySet().containsAll(members));
  }
}
