package org.jixiao.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that differs from the Monday–Friday rule: a statutory day off (法定节假日) or a weekend day worked
 * (调休上班). Belongs to the notice of {@code noticeYear}, which may list a day of the year before (元旦).
 */
@Entity
@Table(name = "special_day")
@NamedQuery(
    name = SpecialDay.BETWEEN,
    query = "SELECT d FROM SpecialDay d WHERE d.date BETWEEN :from AND :to ORDER BY d.date")
public class SpecialDay {

  public static final String BETWEEN = "SpecialDay.between";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "notice_year", nullable = false)
  private int noticeYear;

  @Column(name = "calendar_date", nullable = false, unique = true)
  private LocalDate date;

  /** The holiday's name, e.g. 春节. */
  @Column(nullable = false, length = 50)
  private String name;

  /** True for a day off, false for a weekend day that is worked. */
  @Column(name = "off_day", nullable = false)
  private boolean offDay;

  @Version private long version;

  protected SpecialDay() {}

  public SpecialDay(int noticeYear, LocalDate date, String name, boolean offDay) {
    this.noticeYear = noticeYear;
    this.date = Objects.requireNonNull(date, "date");
    this.name = Objects.requireNonNull(name, "name");
    this.offDay = offDay;
  }

  public int noticeYear() {
    return noticeYear;
  }

  public LocalDate date() {
    return date;
  }

  public String name() {
    return name;
  }

  public boolean isOffDay() {
    return offDay;
  }
}
