package org.jixiao.procurement.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.jixiao.domain.audit.HistoryEntry;
import org.jixiao.domain.money.Money;

/** One record with its documents, its audit trail and, when it has a budget line, what the line has left. */
public record RecordDetail(ComplianceReport.Record record, Money lineAvailable, List<Document> documents,
    List<HistoryEntry> history, boolean mayApproveOverBudget) implements Serializable {

  public record Document(long id, String title, String link, String fileName, Long sizeBytes, String addedBy,
      LocalDateTime addedAt)
      implements Serializable {}
}
