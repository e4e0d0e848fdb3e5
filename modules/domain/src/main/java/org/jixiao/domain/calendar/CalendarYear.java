package org.jixiao.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A calendar year whose statutory holidays and make-up working days (调休) are known, from the State
 * Council's yearly notice. A year without this row has no calendar: deadlines in it cannot be counted.
 */
@Entity
@Table(name = "calendar_year")
@NamedQuery(name = CalendarYear.ALL, query = "SELECT y FROM CalendarYear y ORDER BY y.yearNumber")
public class CalendarYear {

  public static final String ALL = "CalendarYear.all";

  @Id
  @Column(name = "year_number")
  private int yearNumber;

  /** Where the notice was published, e.g. the gov.cn address. */
  @Column(length = 500)
  private String source;

  @Version private long version;

  protected CalendarYear() {}

  public CalendarYear(int yearNumber, String source) {
    this.yearNumber = CalendarNotice.checkedYear(yearNumber);
    this.source = source;
  }

  /** A new notice replaces the year's: it records where that one was published. */
  public void replacedBy(CalendarNotice notice) {
    if (notice.year() != yearNumber) {
      throw new IllegalArgumentException("The notice of " + notice.year() + " is not for " + yearNumber);
    }
    this.source = notice.source();
  }

  public int yearNumber() {
    return yearNumber;
  }

  public String source() {
    return source;
  }
}
