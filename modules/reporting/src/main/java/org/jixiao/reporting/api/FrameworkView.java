package org.jixiao.reporting.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.evaluation.EvaluationFramework;
import org.jixiao.domain.evaluation.FrameworkBlock;
import org.jixiao.domain.evaluation.ItemSource;

/** A year's framework as admins edit it: its status, chair, members and items with their total weight. */
public record FrameworkView(int yearNumber, EvaluationFramework.Status status, String chair, List<String> members,
    List<Item> items, BigDecimal totalWeight) implements Serializable {

  /** One item; {@code fullMarksAtRate} only for rate items (full marks from that execution rate on). */
  public record Item(String code, FrameworkBlock block, String name, BigDecimal weight, ItemSource source,
      BigDecimal fullMarksAtRate) implements Serializable {}

  public String memberList() {
    return String.join("、", members);
  }

  public boolean draft() {
    return status == EvaluationFramework.Status.DRAFT;
  }
}
