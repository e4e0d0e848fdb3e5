package org.jixiao.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.budgeting.api.ImportReport;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.domain.security.Roles;
import org.jixiao.indicators.api.IndicatorSheets;
import org.jixiao.indicators.api.SheetReport;
import org.jixiao.procurement.api.ProcurementRecords;

/**
 * {@code POST /api/v1/years/{year}/imports/{budget|indicators|procurement}}: the pages' Excel imports for scripts,
 * the .xlsx file as the request body. Same rules as the pages: every row applied (200 with the counts), or nothing
 * and 422 with each problem's sheet, row, column and message in the caller's language.
 */
@Path("/v1/years/{year}/imports")
@RequestScoped
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class ImportResource {

  @EJB private Budgets budgets;
  @EJB private IndicatorSheets indicatorSheets;
  @EJB private ProcurementRecords procurement;
  @Inject private ApiCaller apiCaller;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  /** Applied: how many rows were created, updated and unchanged. */
  public record Applied(int created, int updated, int unchanged) {}

  public record Problem(String sheet, int row, String column, String message) {}

  /** Refused: the rule's key, the summary and each problem. */
  public record Refused(String error, String message, List<Problem> problems) {}

  @POST
  @Path("/budget")
  @Consumes({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Finance imports budget lines and monthly execution from the Excel template")
  public Response budget(@PathParam("year") int year, byte[] xlsx) {
    ImportReport report = budgets.importWorkbook(apiCaller.caller(security), year, required(xlsx));
    Locale locale = BusinessExceptionMapper.localeOf(headers);
    return report.applied()
        ? Response.ok(new Applied(report.linesCreated(), report.linesUpdated() + report.monthsRecorded(), 0)).build()
        : refused(report.problems().stream().map(p -> new Problem(p.sheet(), p.row(), p.column(),
            MessageTexts.format(locale, p.messageKey(), p.arguments().toArray()))).toList(), locale);
  }

  @POST
  @Path("/indicators")
  @Consumes({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A division head imports their division's indicators (targets, actuals) from the Excel sheet")
  public Response indicators(@PathParam("year") int year, byte[] xlsx) {
    SheetReport report = indicatorSheets.importWorkbook(apiCaller.caller(security), year, required(xlsx));
    Locale locale = BusinessExceptionMapper.localeOf(headers);
    return report.applied()
        ? Response.ok(new Applied(report.created(), report.targetsUpdated() + report.actualsUpdated(),
            report.unchanged())).build()
        : refused(report.problems().stream().map(p -> new Problem(p.sheet(), p.row(), p.column(),
            MessageTexts.format(locale, p.messageKey(), p.arguments().toArray()))).toList(), locale);
  }

  @POST
  @Path("/procurement")
  @Consumes({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A division head imports their division's procurement records from the Excel sheet")
  public Response procurement(@PathParam("year") int year, byte[] xlsx) {
    org.jixiao.procurement.api.ImportReport report =
        procurement.importSheet(apiCaller.caller(security), year, required(xlsx));
    Locale locale = BusinessExceptionMapper.localeOf(headers);
    return report.applied()
        ? Response.ok(new Applied(report.created(), report.updated(), report.unchanged())).build()
        : refused(report.problems().stream().map(p -> new Problem(null, p.row(), p.column(),
            MessageTexts.format(locale, p.messageKey(), p.arguments().toArray()))).toList(), locale);
  }

  private static byte[] required(byte[] xlsx) {
    if (xlsx == null || xlsx.length == 0) {
      throw new BusinessException("api.body.required");
    }
    return xlsx;
  }

  private static Response refused(List<Problem> problems, Locale locale) {
    return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new Refused("import.refused", MessageTexts.format(locale, "budget.import.refused", problems.size()),
            problems))
        .build();
  }
}
