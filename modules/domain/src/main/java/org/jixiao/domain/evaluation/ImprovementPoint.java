package org.jixiao.domain.evaluation;

import org.jixiao.domain.audit.AuditState;
import org.jixiao.domain.audit.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Checks;
import org.jixiao.domain.year.FiscalYear;

/**
 * A problem the self-evaluation found (存在主要问题) or a measure it commits to (下一步改进措施), linked to the
 * framework item and the indicators it is about, so next year's targets can follow it (结果应用).
 */
@Entity
@Table(name = "improvement_point")
@NamedQuery(
    name = ImprovementPoint.OF_YEAR,
    query = "SELECT p FROM ImprovementPoint p WHERE p.fiscalYear.id = :yearId ORDER BY p.kind DESC, p.sequence")
public class ImprovementPoint implements Audited {

  public static final String OF_YEAR = "ImprovementPoint.ofYear";
  public static final int MAX_LENGTH = 4000;

  public enum Kind {
    PROBLEM,
    MEASURE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Kind kind;

  @Column(nullable = false)
  private int sequence;

  @Column(nullable = false, length = MAX_LENGTH)
  private String content;

  @Column(name = "item_code", length = 20)
  private String itemCode;

  @Column(name = "indicator_codes", length = 500)
  private String indicatorCodes;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected ImprovementPoint() {}

  public ImprovementPoint(FiscalYear year, Kind kind, int sequence, String by, LocalDateTime at) {
    this.fiscalYear = Objects.requireNonNull(year, "year");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.sequence = sequence;
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = Objects.requireNonNull(at, "at");
  }

  /**
   * The point's text and links; {@code itemCode} must be one of the framework's, {@code indicatorCodes} the
   * year's indicators (checked by the caller, who knows them), comma-separated.
   */
  public void write(String text, String item, List<String> indicators, String by, LocalDateTime at) {
    fiscalYear.requireOpen();
    String checked = Checks.requireText(text, MAX_LENGTH, "improvement.field.content");
    String joined = indicators == null || indicators.isEmpty() ? null : String.join(",", indicators);
    if (joined != null && joined.length() > 500) {
      throw new BusinessException("validation.tooLong", new org.jixiao.domain.Label("improvement.field.indicators"),
          500);
    }
    this.content = checked;
    this.itemCode = item == null || item.isBlank() ? null : item.strip();
    this.indicatorCodes = joined;
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = Objects.requireNonNull(at, "at");
  }

  public List<String> indicators() {
    return indicatorCodes == null ? List.of()
        : Arrays.stream(indicatorCodes.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
  }

  public Long id() { return id; }
  public FiscalYear fiscalYear() { return fiscalYear; }
  public Kind kind() { return kind; }
  public int sequence() { return sequence; }
  public String content() { return content; }
  public String itemCode() { return itemCode; }
  public String updatedBy() { return updatedBy; }
  public LocalDateTime updatedAt() { return updatedAt; }
  public long version() { return version; }


  @Override
  public String auditState() {
    return new AuditState()
        .with("类别", kind)
        .with("序号", sequence)
        .with("内容", content)
        .with("评价指标", itemCode)
        .with("绩效指标", indicatorCodes)
        .toString();
  }
}
