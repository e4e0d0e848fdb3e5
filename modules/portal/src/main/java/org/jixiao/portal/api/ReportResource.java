package org.jixiao.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jixiao.domain.evaluation.ReportFormat;
import org.jixiao.domain.security.Roles;
import org.jixiao.reporting.api.ReportOutput;
import org.jixiao.reporting.api.Reports;

/**
 * The self-evaluation report as files: {@code /api/v1/years/{year}/report.docx}, {@code report.pdf},
 * {@code tables.xlsx}; each generation's SHA-256 is recorded and sent as {@code X-Content-SHA256}.
 */
@Path("/v1/years/{year}")
@RequestScoped
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class ReportResource {

  @EJB private Reports reports;
  @Inject private ApiCaller apiCaller;
  @Context private SecurityContext security;

  @GET
  @Path("/report.docx")
  @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
  @Operation(summary = "The self-evaluation report as a Word document")
  public Response docx(@PathParam("year") int year) {
    return file(year, ReportFormat.DOCX);
  }

  @GET
  @Path("/report.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The self-evaluation report as PDF (fonts embedded)")
  public Response pdf(@PathParam("year") int year) {
    return file(year, ReportFormat.PDF);
  }

  @GET
  @Path("/tables.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  @Operation(summary = "The report's standard tables as a workbook")
  public Response tables(@PathParam("year") int year) {
    return file(year, ReportFormat.XLSX);
  }

  private Response file(int year, ReportFormat format) {
    ReportOutput out = reports.generate(apiCaller.caller(security), year, format);
    return Response.ok(out.content(), format.contentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''"
            + URLEncoder.encode(out.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-SHA256", out.sha256())
        .build();
  }
}
