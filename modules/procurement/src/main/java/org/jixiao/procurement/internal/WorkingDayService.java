package org.jixiao.procurement.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditSnapshot;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.calendar.CalendarNotice;
import org.jixiao.domain.calendar.CalendarYear;
import org.jixiao.domain.calendar.DueDate;
import org.jixiao.domain.calendar.SpecialDay;
import org.jixiao.domain.calendar.WorkingCalendar;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.CallerCheck;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.security.Roles;
import org.jixiao.procurement.api.CalendarDayView;
import org.jixiao.procurement.api.CalendarOverview;
import org.jixiao.procurement.api.CalendarYearView;
import org.jixiao.procurement.api.SpecialDayView;
import org.jixiao.procurement.api.WorkingDays;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class WorkingDayService implements WorkingDays {

  static final String YEAR_RECORD = "CalendarYear";
  static final String DAY_RECORD = "SpecialDay";

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private AuditTrail audit;

  @Override
  public CalendarOverview overviewFor(LocalDate date) {
    List<Integer> years = coveredYears();
    // the notice of a year can list days of its neighbours (元旦 of 2023 starts on 2022-12-31)
    List<SpecialDay> around =
        em.createNamedQuery(SpecialDay.BETWEEN, SpecialDay.class)
            .setParameter("from", date.minusDays(1))
            .setParameter("to", date.plusDays(1))
            .getResultList();
    WorkingCalendar calendar = new WorkingCalendar(years, around);
    return new CalendarOverview(
        years, date, calendar.kindOf(date), calendar.holidayNameOf(date));
  }

  @Override
  public DueDate addWorkingDays(LocalDate from, int workingDays) {
    if (from == null || workingDays < 0 || workingDays > 250) {
      throw new BusinessException("workdays.range", workingDays);
    }
    // long holidays last at most 9 days: twice the count plus a margin always reaches the due day
    return calendarAround(from, workingDays * 2L + 40).addWorkingDays(from, workingDays);
  }

  @Override
  public DueDate addCalendarDays(LocalDate from, int days) {
    if (from == null || days < 0 || days > 366) {
      throw new BusinessException("workdays.range", days);
    }
    return calendarAround(from, days + 40L).addCalendarDays(from, days);
  }

  @Override
  public List<SpecialDayView> specialDaysOf(int year) {
    return daysOfNotice(year).stream()
        .map(d -> new SpecialDayView(d.date(), d.name(), d.isOffDay()))
        .toList();
  }

  @Override
  public List<CalendarYearView> years() {
    Map<Integer, Integer> counts = new HashMap<>();
    for (Object[] row : em.createNamedQuery(SpecialDay.COUNT_BY_NOTICE, Object[].class).getResultList()) {
      counts.put(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }
    return em.createNamedQuery(CalendarYear.ALL, CalendarYear.class)
        .getResultStream()
        .map(y -> new CalendarYearView(y.yearNumber(), y.source(), counts.getOrDefault(y.yearNumber(), 0)))
        .toList();
  }

  @Override
  public List<CalendarDayView> daysOf(int year) {
    CalendarNotice.checkedYear(year);
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    // the dates of the year, whichever notice names them (2022-12-31 belongs to the notice of 2023)
    List<SpecialDay> days =
        em.createNamedQuery(SpecialDay.BETWEEN, SpecialDay.class)
            .setParameter("from", first)
            .setParameter("to", last)
            .getResultList();
    WorkingCalendar calendar = new WorkingCalendar(List.of(year), days);
    List<CalendarDayView> all = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      all.add(new CalendarDayView(d, calendar.kindOf(d), calendar.holidayNameOf(d)));
    }
    return all;
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public List<CalendarYearView> importNotices(Caller caller, byte[] json) {
    return audited(caller, AuditAction.IMPORT, YEAR_RECORD, "import", null, "import holiday notices", () -> {
      admin(caller);
      List<CalendarNotice> notices = CalendarNotice.parse(json);
      CalendarNotice.checkDisjoint(notices, datesOfOtherNotices(notices));
      List<CalendarYearView> imported = new ArrayList<>();
      for (CalendarNotice notice : notices) {
        imported.add(replace(caller, notice));
      }
      return imported;
    });
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public void saveDay(Caller caller, int noticeYear, SpecialDayView day) {
    String key = day == null || day.date() == null ? null : day.date().toString();
    audited(caller, AuditAction.UPDATE, DAY_RECORD, key, noticeYear, "save special day " + day, () -> {
      admin(caller);
      if (day == null) {
        throw new BusinessException("validation.required", new Label("calendar.field.date"));
      }
      CalendarNotice.day(noticeYear, day.date(), day.name(), day.offDay());
      SpecialDay existing = onDate(day.date());
      if (existing != null && existing.noticeYear() != noticeYear) {
        throw new BusinessException("calendar.day.otherNotice", key, existing.noticeYear(), noticeYear);
      }
      if (em.find(CalendarYear.class, noticeYear) == null) {
        em.persist(new CalendarYear(noticeYear, null));
        audit.done(caller.username(), AuditAction.CREATE, YEAR_RECORD, String.valueOf(noticeYear), noticeYear,
            "新建 " + noticeYear + " 年工作日历（手工录入）");
      }
      if (existing == null) {
        SpecialDay added = new SpecialDay(noticeYear, day.date(), day.name(), day.offDay());
        em.persist(added);
        audit.done(caller.username(), AuditAction.CREATE, DAY_RECORD, key, noticeYear, "新增 " + described(added),
            AuditSnapshot.NONE, AuditSnapshot.departmentWide(described(added)));
      } else {
        String before = described(existing);
        existing.change(day.name(), day.offDay());
        audit.done(caller.username(), AuditAction.UPDATE, DAY_RECORD, key, noticeYear,
            before + " → " + described(existing), AuditSnapshot.departmentWide(before),
            AuditSnapshot.departmentWide(described(existing)));
      }
      return null;
    });
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public void removeDay(Caller caller, LocalDate date) {
    String key = date == null ? null : date.toString();
    audited(caller, AuditAction.DELETE, DAY_RECORD, key, date == null ? null : date.getYear(), "remove special day",
        () -> {
          admin(caller);
          SpecialDay day = date == null ? null : onDate(date);
          if (day == null) {
            throw new BusinessException("calendar.day.unknown", String.valueOf(date));
          }
          em.remove(day);
          audit.done(caller.username(), AuditAction.DELETE, DAY_RECORD, key, day.noticeYear(), "删除 " + described(day),
              AuditSnapshot.departmentWide(described(day)), AuditSnapshot.NONE);
          return null;
        });
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public void removeYear(Caller caller, int year) {
    audited(caller, AuditAction.DELETE, YEAR_RECORD, String.valueOf(year), year, "remove calendar year", () -> {
      admin(caller);
      CalendarYear calendarYear = em.find(CalendarYear.class, year);
      if (calendarYear == null) {
        throw new BusinessException("calendar.year.unknown", year);
      }
      List<SpecialDay> days = daysOfNotice(year);
      days.forEach(em::remove);
      em.flush(); // the days go before their year (foreign key)
      em.remove(calendarYear);
      audit.done(caller.username(), AuditAction.DELETE, YEAR_RECORD, String.valueOf(year), year,
          "删除 " + year + " 年工作日历（" + days.size() + " 天，来源 " + calendarYear.source() + "）");
      return null;
    });
  }

  /** The notice replaces the year's days wholesale, and is recorded as the year's source. */
  private CalendarYearView replace(Caller caller, CalendarNotice notice) {
    List<SpecialDay> old = daysOfNotice(notice.year());
    old.forEach(em::remove);
    em.flush(); // the old rows go before the new ones: a date is unique
    CalendarYear year = em.find(CalendarYear.class, notice.year());
    String before = year == null ? "" : "（替换原有 " + old.size() + " 天，来源 " + year.source() + "）";
    if (year == null) {
      em.persist(new CalendarYear(notice.year(), notice.source()));
    } else {
      year.replacedBy(notice);
    }
    for (CalendarNotice.NoticeDay day : notice.days()) {
      em.persist(new SpecialDay(notice.year(), day.date(), day.name(), day.offDay()));
    }
    audit.done(caller.username(), AuditAction.IMPORT, YEAR_RECORD, String.valueOf(notice.year()), notice.year(),
        "导入 " + notice.year() + " 年节假日安排：" + notice.days().size() + " 天，来源 " + notice.source() + before);
    return new CalendarYearView(notice.year(), notice.source(), notice.days().size());
  }

  /** The dates around the imported years that other years' notices hold (they stay as they are). */
  private Map<LocalDate, Integer> datesOfOtherNotices(List<CalendarNotice> notices) {
    Set<Integer> imported = notices.stream().map(CalendarNotice::year).collect(Collectors.toSet());
    int first = notices.stream().mapToInt(CalendarNotice::year).min().orElseThrow();
    int last = notices.stream().mapToInt(CalendarNotice::year).max().orElseThrow();
    return em.createNamedQuery(SpecialDay.BETWEEN, SpecialDay.class)
        .setParameter("from", LocalDate.of(first - 1, 12, 1))
        .setParameter("to", LocalDate.of(last + 1, 1, 31))
        .getResultStream()
        .filter(d -> !imported.contains(d.noticeYear()))
        .collect(Collectors.toMap(SpecialDay::date, SpecialDay::noticeYear));
  }

  private void admin(Caller caller) {
    if (!CallerCheck.verified(caller, context).has(Role.ADMIN)) {
      throw new BusinessException("calendar.adminOnly");
    }
  }

  private <T> T audited(Caller caller, AuditAction action, String recordType, String key, Integer year,
      String attempt, Supplier<T> work) {
    return AuditTrail.refusalsAudited(audit, caller == null ? null : caller.username(), action, recordType, key,
        year, attempt, work);
  }

  private static String described(SpecialDay day) {
    return day.date() + " " + day.name() + (day.isOffDay() ? "（放假）" : "（调休上班）");
  }

  private SpecialDay onDate(LocalDate date) {
    return em.createNamedQuery(SpecialDay.BETWEEN, SpecialDay.class)
        .setParameter("from", date)
        .setParameter("to", date)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private List<SpecialDay> daysOfNotice(int year) {
    return em.createNamedQuery(SpecialDay.OF_NOTICE, SpecialDay.class).setParameter("year", year).getResultList();
  }

  private List<Integer> coveredYears() {
    return em.createNamedQuery(CalendarYear.ALL, CalendarYear.class)
        .getResultStream()
        .map(CalendarYear::yearNumber)
        .toList();
  }

  /** The calendar for the days from {@code from} on, as far as a deadline can reach. */
  private WorkingCalendar calendarAround(LocalDate from, long reach) {
    List<SpecialDay> days =
        em.createNamedQuery(SpecialDay.BETWEEN, SpecialDay.class)
            .setParameter("from", from)
            .setParameter("to", from.plusDays(reach))
            .getResultList();
    return new WorkingCalendar(coveredYears(), days);
  }
}
