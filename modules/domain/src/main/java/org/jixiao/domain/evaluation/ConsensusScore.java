package org.jixiao.domain.evaluation;

import org.jixiao.domain.audit.AuditState;
import org.jixiao.domain.audit.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/** The leadership group's agreed score of an item, recorded by the chair with the reason for any deduction. */
@Entity
@Table(name = "consensus_score")
@NamedQuery(
    name = ConsensusScore.OF_FRAMEWORK,
    query = "SELECT c FROM ConsensusScore c WHERE c.item.framework.id = :frameworkId")
public class ConsensusScore implements Audited {

  public static final String OF_FRAMEWORK = "ConsensusScore.ofFramework";

  @Id
  @Column(name = "item_id")
  private Long itemId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id")
  private FrameworkItem item;

  @Column(nullable = false)
  private BigDecimal score;

  @Column(length = ItemScore.REASON_LENGTH)
  private String reason;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Version private long version;

  protected ConsensusScore() {}

  public ConsensusScore(FrameworkItem item, ItemScore score, String by, LocalDateTime at) {
    this.item = Objects.requireNonNull(item, "item");
    record(score, by, at);
  }

  public void record(ItemScore s, String by, LocalDateTime at) {
    item.framework().fiscalYear().requireOpen();
    ItemScore checked = s.checkedAgainst(item);
    this.score = checked.score();
    this.reason = checked.reason();
    this.recordedBy = Objects.requireNonNull(by, "by");
    this.recordedAt = Objects.requireNonNull(at, "at");
  }

  public FrameworkItem item() { return item; }
  public BigDecimal score() { return score; }
  public String reason() { return reason; }
  public String recordedBy() { return recordedBy; }
  public LocalDateTime recordedAt() { return recordedAt; }


  @Override
  public String auditState() {
    return new AuditState().with("一致意见", score).with("扣分理由", reason).with("记录人", recordedBy).toString();
  }
}
