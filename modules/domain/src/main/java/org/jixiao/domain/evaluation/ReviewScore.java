package org.jixiao.domain.evaluation;

import org.jixiao.domain.audit.AuditState;
import org.jixiao.domain.audit.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/** One leadership member's score of one leadership-scored item (评分表), scored independently of the others. */
@Entity
@Table(name = "review_score")
@NamedQuery(
    name = ReviewScore.OF_FRAMEWORK,
    query = "SELECT s FROM ReviewScore s WHERE s.item.framework.id = :frameworkId ORDER BY s.member, s.item.sortOrder")
public class ReviewScore implements Audited {

  public static final String OF_FRAMEWORK = "ReviewScore.ofFramework";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id")
  private FrameworkItem item;

  @Column(nullable = false, length = 100)
  private String member;

  @Column(nullable = false)
  private BigDecimal score;

  @Column(length = ItemScore.REASON_LENGTH)
  private String reason;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected ReviewScore() {}

  public ReviewScore(FrameworkItem item, String member, ItemScore score, LocalDateTime at) {
    this.item = Objects.requireNonNull(item, "item");
    this.member = Objects.requireNonNull(member, "member");
    rescore(score, at);
  }

  public void rescore(ItemScore s, LocalDateTime at) {
    item.framework().fiscalYear().requireOpen();
    ItemScore checked = s.checkedAgainst(item);
    this.score = checked.score();
    this.reason = checked.reason();
    this.updatedAt = Objects.requireNonNull(at, "at");
  }

  public FrameworkItem item() { return item; }
  public String member() { return member; }
  public BigDecimal score() { return score; }
  public String reason() { return reason; }
  public LocalDateTime updatedAt() { return updatedAt; }


  @Override
  public String auditState() {
    return new AuditState().with("评分人", member).with("得分", score).with("扣分理由", reason).toString();
  }
}
