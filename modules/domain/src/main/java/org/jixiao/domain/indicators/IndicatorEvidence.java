package org.jixiao.domain.indicators;

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
import java.time.LocalDateTime;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Checks;

/**
 * Evidence for an indicator's actual (佐证材料): a link, or a file stored outside the web root under a generated
 * name (never the uploader's), with its original name, type and size.
 */
@Entity
@Table(name = "indicator_evidence")
@NamedQuery(
    name = IndicatorEvidence.OF_INDICATOR,
    query = "SELECT e FROM IndicatorEvidence e WHERE e.indicator.id = :indicatorId ORDER BY e.addedAt")
public class IndicatorEvidence {

  public static final String OF_INDICATOR = "IndicatorEvidence.ofIndicator";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 1000)
  private String link;

  @Column(name = "file_name", length = 200)
  private String fileName;

  @Column(name = "content_type", length = 100)
  private String contentType;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  @Column(name = "stored_as", length = 300)
  private String storedAs;

  @Column(name = "added_by", nullable = false, length = 100)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private LocalDateTime addedAt;

  protected IndicatorEvidence() {}

  /** A link (http or https only: no javascript: or file: addresses reach a page). */
  public static IndicatorEvidence link(Indicator indicator, String title, String url, String by, LocalDateTime at) {
    String checked = Checks.requireWebLink(url, "indicator.evidence.link");
    IndicatorEvidence e = new IndicatorEvidence(indicator, title, by, at);
    e.link = checked;
    return e;
  }

  /**
   * A file whose type and size the caller checked; {@link #storedAs(String)} names where it was written, once
   * every check here has passed.
   */
  public static IndicatorEvidence file(Indicator indicator, String title, String fileName, String contentType,
      long size, String by, LocalDateTime at) {
    IndicatorEvidence e = new IndicatorEvidence(indicator, title, by, at);
    e.fileName = Checks.requireText(fileName, 200, "indicator.evidence.file");
    e.contentType = contentType;
    e.sizeBytes = size;
    return e;
  }

  public void storedAs(String generatedName) {
    if (storedAs != null || link != null) {
      throw new IllegalStateException("Evidence " + id + " already has its content");
    }
    storedAs = generatedName;
  }

  private IndicatorEvidence(Indicator indicator, String title, String by, LocalDateTime at) {
    indicator.fiscalYear().requireOpen();
    this.indicator = indicator;
    this.title = Checks.requireText(title, 200, "indicator.evidence.title");
    this.addedBy = by;
    this.addedAt = at;
  }

  public Long id() { return id; }
  public Indicator indicator() { return indicator; }
  public String title() { return title; }
  public String link() { return link; }
  public String fileName() { return fileName; }
  public String contentType() { return contentType; }
  public Long sizeBytes() { return sizeBytes; }
  public String storedAs() { return storedAs; }
  public String addedBy() { return addedBy; }
  public LocalDateTime addedAt() { return addedAt; }
}
