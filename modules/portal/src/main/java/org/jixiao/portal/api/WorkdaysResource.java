package org.jixiao.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.calendar.DueDate;
import org.jixiao.domain.security.Roles;
import org.jixiao.procurement.api.SpecialDayView;
import org.jixiao.procurement.api.WorkingDays;

/**
 * The working-day calendar for scripts and pages: {@code GET /api/v1/workdays/add?from=2024-09-27&workdays=2}
 * (or {@code &days=30} for a calendar-day deadline) → the due date per 民法典 §201/§203, or the year whose
 * calendar is missing; {@code GET /api/v1/calendar/{year}} → the notice's special days.
 */
@Path("/v1")
@RequestScoped
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class WorkdaysResource {

  @EJB private WorkingDays workingDays;

  /** A due date, or {@code calendarMissing} naming the year that has no calendar yet. */
  public record Due(LocalDate from, Integer workdays, Integer days, LocalDate due, Integer calendarMissing) {}

  public record CalendarYear(int year, boolean loaded, List<SpecialDayView> specialDays) {}

  @GET
  @Path("/workdays/add")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The last day of a deadline counted in working days (or calendar days) after a date")
  public Due add(@QueryParam("from") String from, @QueryParam("workdays") Integer workdays,
      @QueryParam("days") Integer days) {
    LocalDate start;
    try {
      start = LocalDate.parse(from == null ? "" : from);
    } catch (DateTimeParseException e) {
      throw new BusinessException("validation.date");
    }
    if ((workdays == null) == (days == null)) {
      throw new BusinessException("workdays.oneOf");
    }
    DueDate due = workdays != null ? workingDays.addWorkingDays(start, workdays)
        : workingDays.addCalendarDays(start, days);
    return new Due(start, workdays, days, due.date(), due.missingYear());
  }

  @GET
  @Path("/calendar/{year}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A year's holidays and 调休 working days, as its State Council notice lists them")
  public CalendarYear calendar(@PathParam("year") int year) {
    // loaded means the year is known, even when an admin has removed all its days
    boolean loaded = workingDays.years().stream().anyMatch(y -> y.year() == year);
    return new CalendarYear(year, loaded, workingDays.specialDaysOf(year));
  }
}
