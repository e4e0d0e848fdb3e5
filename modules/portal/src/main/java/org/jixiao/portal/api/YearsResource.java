package org.jixiao.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jixiao.budgeting.api.YearAdministration;
import org.jixiao.budgeting.api.YearOpeningResult;
import org.jixiao.budgeting.api.YearView;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.domain.security.Roles;

/**
 * {@code /api/v1/years}: the department's fiscal years with status, budget approval date and checkpoints; an
 * admin opens the next year ({@code POST {"year": 2024}}): every module copies its part in one transaction.
 * Texts follow the Accept-Language.
 */
@Path("/v1/years")
@RequestScoped
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class YearsResource {

  @EJB private YearAdministration years;
  @Inject private ApiCaller apiCaller;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  public record Year(int year, String status, String budgetApprovedOn, List<String> checkpoints) {}

  public record OpenRequest(Integer year) {}

  public record Opened(int year, int fromYear, boolean previousSealed, List<String> copied) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The department's fiscal years, newest first: status, budget approval date, checkpoints")
  public List<Year> list() {
    return years.years(apiCaller.caller(security)).stream().map(YearsResource::year).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Admins: open the year after the newest; rules, funds, framework and proposed indicators"
      + " are copied, budget suggestions flagged, all or nothing")
  @APIResponse(responseCode = "201", description = "opened; what each module copied")
  @APIResponse(responseCode = "409", description = "the year exists already")
  @APIResponse(responseCode = "422", description = "not the year after the newest, or no year given")
  public Response open(OpenRequest request) {
    if (request == null || request.year() == null) {
      throw new BusinessException("validation.required", new org.jixiao.domain.Label("home.year"));
    }
    YearOpeningResult r = years.openNext(apiCaller.caller(security), request.year());
    Locale locale = BusinessExceptionMapper.localeOf(headers);
    return Response.status(Response.Status.CREATED)
        .entity(new Opened(r.yearNumber(), r.fromYear(), r.previousSealed(),
            r.copied().stream().map(t -> MessageTexts.format(locale, t.key(), t.arguments())).toList()))
        .build();
  }

  private static Year year(YearView y) {
    return new Year(y.yearNumber(), y.status().name(),
        y.budgetApprovedOn() == null ? null : y.budgetApprovedOn().toString(),
        y.checkpoints().stream().map(Object::toString).toList());
  }
}
