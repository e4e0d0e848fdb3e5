package org.jixiao.domain.indicators;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jixiao.domain.evidence.Evidence;

/** Evidence for an indicator's actual (佐证材料). */
@Entity
@Table(name = "indicator_evidence")
@NamedQuery(
    name = IndicatorEvidence.OF_INDICATOR,
    query = "SELECT e FROM IndicatorEvidence e WHERE e.indicator.id = :indicatorId ORDER BY e.addedAt")
public class IndicatorEvidence extends Evidence {

  public static final String OF_INDICATOR = "IndicatorEvidence.ofIndicator";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  protected IndicatorEvidence() {}

  private IndicatorEvidence(Indicator indicator, String title, String by, LocalDateTime at) {
    super(title, "indicator.evidence.title", by, at);
    indicator.fiscalYear().requireOpen();
    this.indicator = indicator;
  }

  public static IndicatorEvidence link(Indicator indicator, String title, String url, String by, LocalDateTime at) {
    IndicatorEvidence e = new IndicatorEvidence(indicator, title, by, at);
    e.linkTo(url, "indicator.evidence.link");
    return e;
  }

  /** A file whose type and size the caller checked; written to disk once every check here has passed. */
  public static IndicatorEvidence file(Indicator indicator, String title, String fileName, String contentType,
      long size, String by, LocalDateTime at) {
    IndicatorEvidence e = new IndicatorEvidence(indicator, title, by, at);
    e.fileOf(fileName, "indicator.evidence.file", contentType, size);
    return e;
  }

  public Indicator indicator() { return indicator; }
}
