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
import jakarta.persistence.Version;
import java.util.Objects;
import org.jixiao.domain.year.FiscalYear;

/** One of a year's overall performance goals (总体绩效目标, the report's 目标1–7). */
@Entity
@Table(name = "overall_goal")
@NamedQuery(
    name = OverallGoal.OF_YEAR,
    query = "SELECT g FROM OverallGoal g WHERE g.fiscalYear.id = :fiscalYearId ORDER BY g.sequence")
public class OverallGoal {

  public static final String OF_YEAR = "OverallGoal.ofYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  /** The goal's number within the year: 目标1 has sequence 1. */
  @Column(name = "seq", nullable = false)
  private int sequence;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 4000)
  private String description;

  @Version private long version;

  protected OverallGoal() {}

  public OverallGoal(FiscalYear fiscalYear, int sequence, String title, String description) {
    if (sequence < 1) {
      throw new IllegalArgumentException("Goal numbers start at 1");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A goal needs a title");
    }
    this.fiscalYear = Objects.requireNonNull(fiscalYear, "fiscalYear");
    this.sequence = sequence;
    this.title = title.strip();
    this.description = description;
  }

  public Long id() {
    return id;
  }

  public FiscalYear fiscalYear() {
    return fiscalYear;
  }

  public int sequence() {
    return sequence;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }
}
