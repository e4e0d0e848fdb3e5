package org.jixiao.portal.view.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jixiao.budgeting.api.FiscalYearSummary;
import org.jixiao.budgeting.api.FiscalYears;
import org.jixiao.indicators.api.GoalSummary;
import org.jixiao.indicators.api.OverallGoals;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.procurement.api.CalendarOverview;
import org.jixiao.procurement.api.WorkingDays;
import org.jixiao.reporting.api.DepartmentProfile;
import org.jixiao.reporting.api.DepartmentProfiles;

/**
 * What the home pages show about the user's department: its profile, its fiscal years with the current one,
 * that year's overall goals and today's place in the working-day calendar. Each part is loaded once per
 * request, and only when a page asks for it.
 */
@Named
@RequestScoped
public class DepartmentOverview {

  /** The bureau works on Beijing time, whatever the server's zone. */
  private static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

  @Inject private CurrentUser currentUser;
  @EJB private DepartmentProfiles departmentProfiles;
  @EJB private FiscalYears fiscalYears;
  @EJB private OverallGoals overallGoals;
  @EJB private WorkingDays workingDays;

  private DepartmentProfile profile;
  private List<FiscalYearSummary> years;
  private FiscalYearSummary currentYear;
  private List<GoalSummary> goals;
  private CalendarOverview calendar;

  public boolean isDivisionKnown() {
    return currentUser.division().isPresent();
  }

  public DepartmentProfile getProfile() {
    if (profile == null && isDivisionKnown()) {
      profile = departmentProfiles.profileOf(currentUser.getDivision().departmentId()).orElse(null);
    }
    return profile;
  }

  public List<FiscalYearSummary> getYears() {
    if (years == null) {
      years = isDivisionKnown() ? fiscalYears.yearsOf(currentUser.getDivision().departmentId()) : List.of();
    }
    return years;
  }

  /** The year the portal works in (the budgeting module's rule); null when the department has none. */
  public FiscalYearSummary getCurrentYear() {
    if (currentYear == null) {
      // the budgeting rule, applied to the years already loaded for this request
      currentYear = FiscalYearSummary.currentOf(getYears()).orElse(null);
    }
    return currentYear;
  }

  public List<GoalSummary> getGoals() {
    if (goals == null) {
      FiscalYearSummary current = getCurrentYear();
      goals = current == null ? List.of() : overallGoals.goalsOf(current.id());
    }
    return goals;
  }

  public CalendarOverview getCalendar() {
    if (calendar == null) {
      calendar = workingDays.overviewFor(LocalDate.now(BUREAU_ZONE));
    }
    return calendar;
  }
}
