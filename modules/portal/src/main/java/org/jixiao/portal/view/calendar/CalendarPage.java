package org.jixiao.portal.view.calendar;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.calendar.CalendarNotice;
import org.jixiao.domain.calendar.DayKind;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.procurement.api.CalendarDayView;
import org.jixiao.procurement.api.CalendarYearView;
import org.jixiao.procurement.api.SpecialDayView;
import org.jixiao.procurement.api.WorkingDays;
import org.primefaces.event.FileUploadEvent;

/**
 * Admins keep the working-day calendar (工作日历维护): a year at a glance, its holidays and 调休 days one by one,
 * or a whole notice imported from JSON. Every change goes through {@link WorkingDays}, audited there.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private WorkingDays workingDays;

  private Integer year;
  private boolean choosingNewYear;
  private Integer newYear;
  private List<CalendarYearView> years;
  private List<MonthGrid> months;
  private List<SpecialDayView> specialDays;
  private List<CalendarYearView> imported;

  private LocalDate date;
  private String name;
  private Boolean offDay = Boolean.TRUE;
  private boolean editing;

  public void load() {
    years = workingDays.years();
    if (year != null && (year < CalendarNotice.FIRST_YEAR || year > CalendarNotice.LAST_YEAR)) {
      FacesMessages.error("calendar.year.range", year);
      year = null;
    }
    if (year == null) {
      year = defaultYear();
    }
    refresh();
  }

  /** The current year when it is loaded, else the latest loaded, else the current year (to start it). */
  private int defaultYear() {
    int current = LocalDate.now(AuditTrail.BUREAU_ZONE).getYear();
    return years.stream().anyMatch(y -> y.year() == current) || years.isEmpty()
        ? current : years.get(years.size() - 1).year();
  }

  private void refresh() {
    years = workingDays.years();
    months = MonthGrid.of(workingDays.daysOf(year));
    specialDays = workingDays.specialDaysOf(year);
  }

  public void yearChosen() {
    if (choosingNewYear) {
      newYear = years.isEmpty() ? year : years.get(years.size() - 1).year() + 1;
      return;
    }
    clearDay();
    refresh();
  }

  public void openNewYear() {
    year = newYear;
    choosingNewYear = false;
    clearDay();
    refresh();
  }

  public void upload(FileUploadEvent event) {
    try {
      imported = workingDays.importNotices(currentUser.caller(), event.getFile().getContent());
      FacesMessages.info("calendar.import.done", imported.size());
      year = imported.get(0).year();
      choosingNewYear = false;
      clearDay();
      refresh();
    } catch (BusinessException e) {
      imported = null;
      FacesMessages.refused(e);
    }
  }

  public void saveDay() {
    try {
      workingDays.saveDay(currentUser.caller(), year, new SpecialDayView(date, name, Boolean.TRUE.equals(offDay)));
      FacesMessages.info("calendar.day.saved", String.valueOf(date));
      clearDay();
      refresh();
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public void edit(SpecialDayView day) {
    date = day.date();
    name = day.name();
    offDay = day.offDay();
    editing = true;
  }

  public void removeDay(SpecialDayView day) {
    try {
      workingDays.removeDay(currentUser.caller(), day.date());
      FacesMessages.info("calendar.day.removed", day.date().toString());
      if (day.date().equals(date)) {
        clearDay();
      }
      refresh();
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public void removeYear() {
    try {
      workingDays.removeYear(currentUser.caller(), year);
      FacesMessages.info("calendar.year.removed", year);
      years = workingDays.years();
      year = defaultYear();
      clearDay();
      refresh();
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public void clearDay() {
    date = null;
    name = null;
    offDay = Boolean.TRUE;
    editing = false;
  }

  /** The shown year's entry among the loaded years; null when it is not loaded. */
  public CalendarYearView getShownYear() {
    return years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
  }

  /** The year menu's value: the shown year when loaded; "new year" (null) otherwise. */
  public Integer getYearChoice() {
    return choosingNewYear || getShownYear() == null ? null : year;
  }

  public void setYearChoice(Integer choice) {
    choosingNewYear = choice == null;
    if (choice != null) {
      year = choice;
    }
  }

  public boolean isNewYearShown() {
    return choosingNewYear || getShownYear() == null;
  }

  public long getHolidayCount() {
    return specialDays.stream().filter(SpecialDayView::offDay).count();
  }

  public long getMakeUpCount() {
    return specialDays.stream().filter(d -> !d.offDay()).count();
  }

  /** The days a notice of the shown year may name: its year and a month on either side. */
  public LocalDate getFirstDate() {
    return LocalDate.of(year - 1, 12, 1);
  }

  public LocalDate getLastDate() {
    return LocalDate.of(year + 1, 1, 31);
  }

  public boolean isToday(CalendarDayView day) {
    return day.date().equals(LocalDate.now(AuditTrail.BUREAU_ZONE));
  }

  /** A cell's tooltip: the holiday's name and what the day is (国庆节 · 法定节假日). */
  public String tooltip(CalendarDayView day) {
    String kind = MessageTexts.format(FacesMessages.userLocale(), "DayKind." + day.kind().name());
    String when = day.date() + " " + weekday(day.date());
    if (day.kind() == DayKind.WORKING_DAY) {
      return when;
    }
    return when + " · " + (day.name() == null ? kind : day.name() + " · " + kind);
  }

  public String monthName(MonthGrid grid) {
    return grid.month().getDisplayName(TextStyle.FULL, FacesMessages.userLocale());
  }

  public String weekday(LocalDate day) {
    return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, FacesMessages.userLocale());
  }

  /** Monday to Sunday, as the grids' header. */
  public List<String> getWeekdayHeads() {
    return java.util.Arrays.stream(DayOfWeek.values())
        .map(d -> d.getDisplayName(TextStyle.NARROW, FacesMessages.userLocale()))
        .toList();
  }

  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
  public Integer getNewYear() { return newYear; }
  public void setNewYear(Integer newYear) { this.newYear = newYear; }
  public List<CalendarYearView> getYears() { return years; }
  public List<MonthGrid> getMonths() { return months; }
  public List<SpecialDayView> getSpecialDays() { return specialDays; }
  public List<CalendarYearView> getImported() { return imported; }
  public LocalDate getDate() { return date; }
  public void setDate(LocalDate date) { this.date = date; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public Boolean getOffDay() { return offDay; }
  public void setOffDay(Boolean offDay) { this.offDay = offDay; }
  public boolean isEditing() { return editing; }
}
