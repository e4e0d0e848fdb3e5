package org.jixiao.reporting.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.jixiao.domain.evaluation.ImprovementPoint;

/** A problem or a measure of the year, with the framework item and indicators it is about. */
public record PointView(long id, ImprovementPoint.Kind kind, int sequence, String content, String itemCode,
    List<String> indicatorCodes, String updatedBy, LocalDateTime updatedAt, long version) implements Serializable {

  public String indicatorList() {
    return String.join(",", indicatorCodes);
  }
}
