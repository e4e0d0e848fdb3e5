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
import org.jixiao.domain.calendar.CalendarNotice.NoticeDay;

/**
 * A day that differs from the Monday–Friday rule: a statutory day off (法定节假日) or a weekend day worked
 * (调休上班). Belongs to the notice of {@code noticeYear}, which may list a day of the year before (元旦).
 */
@Entity
@Table(name = "special_day")
@NamedQuery(
    name = SpecialDay.BETWEEN,
    query = "SELECT d FROM SpecialDay d WHERE d.date BETWEEN :from AND :to ORDER BY d.date")
@NamedQuery(
    name = SpecialDay.OF_NOTICE,
    query = "SELECT d FROM SpecialDay d WHERE d.noticeYear = :year ORDER BY d.date")
@NamedQuery(
    name = SpecialDay.COUNT_BY_NOTICE,
    query = "SELECT d.noticeYear, COUNT(d) FROM SpecialDay d GROUP BY d.noticeYear")
public class SpecialDay {

  public static final String BETWEEN = "SpecialDay.between";
  public static final String OF_NOTICE = "SpecialDay.ofNotice";
  public static final String COUNT_BY_NOTICE = "SpecialDay.countByNotice";

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

  /** Checked as its notice's rules say ({@link CalendarNotice#day}). */
  public SpecialDay(int noticeYear, LocalDate date, String name, boolean offDay) {
    NoticeDay day = CalendarNotice.day(noticeYear, date, name, offDay);
    this.noticeYear = noticeYear;
    this.date = day.date();
    this.name = day.name();
    this.offDay = day.offDay();
  }

  /** The admin corrects the day's name or makes a day off a worked day (调休) or back; the date stays. */
  public void change(String newName, boolean newOffDay) {
    NoticeDay day = CalendarNotice.day(noticeYear, date, newName, newOffDay);
    this.name = day.name();
    this.offDay = day.offDay();
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
