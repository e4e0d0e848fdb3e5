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

  /** A new checkpoint of an open year: a date within the year, not one it already has. */
  public static MonitoringCheckpoint add(FiscalYear year, LocalDate date, java.util.List<LocalDate> existing) {
    year.requireOpen();
    if (date == null) {
      throw new org.jixiao.domain.BusinessException("validation.required",
          new org.jixiao.domain.Label("year.field.checkpoint"));
    }
    if (date.getYear() != year.yearNumber()) {
      throw new org.jixiao.domain.BusinessException("year.checkpoint.outside", date.toString(), year.yearNumber());
    }
    if (existing.contains(date)) {
      throw new org.jixiao.domain.BusinessException("year.checkpoint.duplicate", date.toString());
    }
    return new MonitoringCheckpoint(year, date);
  }

  /** The same day of the month in the next year (29 February falls on the 28th). */
  public MonitoringCheckpoint movedTo(FiscalYear next) {
    next.requireOpen();
    return new MonitoringCheckpoint(next, checkpointDate.plusYears(next.yearNumber() - fiscalYear.yearNumber()));
  }

  /** Checks the checkpoint may be removed: its year is open. */
  public void requireRemovable() {
    fiscalYear.requireOpen();
  }

  public LocalDate date() {
    return checkpointDate;
  }
}
