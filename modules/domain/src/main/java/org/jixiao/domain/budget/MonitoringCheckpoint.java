package org.jixiao.domain.budget;

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
import java.time.LocalDate;
import org.jixiao.domain.year.FiscalYear;

/** A date on which 双监控 looks at execution and progress (e.g. end of June, end of September). */
@Entity
@Table(name = "monitoring_checkpoint")
@NamedQuery(
    name = MonitoringCheckpoint.OF_YEAR,
    query = "SELECT c FROM MonitoringCheckpoint c WHERE c.fiscalYear.id = :yearId ORDER BY c.checkpointDate")
public class MonitoringCheckpoint {

  public static final String OF_YEAR = "MonitoringCheckpoint.ofYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Column(name = "checkpoint_date", nullable = false)
  private LocalDate checkpointDate;

  protected MonitoringCheckpoint() {}

  public MonitoringCheckpoint(FiscalYear fiscalYear, LocalDate date) {
    this.fiscalYear = fiscalYear;
    this.checkpointDate = date;
  }

  public LocalDate date() {
    return checkpointDate;
  }
}
