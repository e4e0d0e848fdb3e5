package org.jixiao.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.procurement.DeadlineCheck;
import org.jixiao.domain.procurement.ProcurementDeadlines;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.procurement.api.ComplianceReport;
import org.jixiao.procurement.api.ProcurementCompliance;
import org.jixiao.procurement.api.ProcurementRecords;
import org.jixiao.procurement.api.RecordDraft;

/**
 * {@code /api/v1/years/{year}/procurement}: the records the caller may see with each legal requirement's due
 * date, actual date, status and legal basis, and 采购管理's score with its trace; division heads create and edit
 * their own division's records. Dates are yyyy-MM-dd, amounts strings in 万元; texts in the Accept-Language.
 */
@Path("/v1/years/{year}/procurement")
@RequestScoped
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class ProcurementResource {

  @EJB private ProcurementCompliance compliance;
  @EJB private ProcurementRecords records;
  @Inject private ApiCaller apiCaller;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  public record Check(String requirement, String legalBasis, LocalDate due, LocalDate actual, String status,
      int lateDays, Integer workingDaysLeft, Integer calendarMissing, String text) {}

  public record Record(String code, String name, String division, String method, String amount, String budgetLine,
      LocalDate intentionPublished, LocalDate procurementStarted, LocalDate awardNotice, LocalDate contractSigned,
      LocalDate contractAnnounced, LocalDate contractFiled, List<Check> checks, boolean flagged,
      String overBudgetExcess, String overBudgetApprovedBy, long version) {}

  public record Score(String score, String points, int ruleVersion, List<String> trace) {}

  public record Register(int year, LocalDate budgetApproved, LocalDate asOf, boolean sealed, List<Record> records,
      Score score) {}

  /** What a division head sends; {@code version} is needed to edit. Dates yyyy-MM-dd, the amount in 万元. */
  public record Input(String code, String name, String budgetLine, String amount, String method,
      String intentionPublished, String procurementStarted, String awardNotice, String contractSigned,
      String contractAnnounced, String contractFiled, Boolean acceptOverBudget, Long version) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The procurement records the caller may see, each requirement's deadline and status, and the score")
  public Register register(@PathParam("year") int year, @QueryParam("asOf") String asOf) {
    LocalDate date = asOf == null || asOf.isBlank() ? LocalDate.now(AuditTrail.BUREAU_ZONE) : date(asOf, "api.asOf");
    ComplianceReport report = compliance.reportOf(apiCaller.caller(security), year, date);
    Locale locale = BusinessExceptionMapper.localeOf(headers);
    return new Register(year, report.budgetApproved(), report.asOf(), report.sealed(),
        report.records().stream().map(r -> record(r, locale)).toList(),
        new Score(report.score().score().toPlainString(), report.score().points().toPlainString(),
            report.ruleVersion(), report.score().trace().stream()
                .map(t -> MessageTexts.format(locale, t.key(), t.arguments())).toList()));
  }

  @GET
  @Path("/ocds")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The procurement records the caller may see as an OCDS 1.1.5 release package")
  public String ocds(@PathParam("year") int year, @Context jakarta.ws.rs.core.UriInfo uri) {
    return compliance.ocdsPackage(apiCaller.caller(security), year, uri.getAbsolutePath().toString());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A division head records a procurement of their division")
  public Response create(@PathParam("year") int year, Input input) {
    if (input == null) {
      throw new BusinessException("api.body.required");
    }
    String code = records.create(apiCaller.caller(security), year, draft(input, null),
        Boolean.TRUE.equals(input.acceptOverBudget()));
    return Response.status(Response.Status.CREATED).entity(find(year, code)).build();
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A division head changes a procurement record of their division")
  public Record update(@PathParam("year") int year, @PathParam("code") String code, Input input) {
    if (input == null) {
      throw new BusinessException("api.body.required");
    }
    if (input.version() == null) {
      throw new BusinessException("api.version.required");
    }
    records.update(apiCaller.caller(security), year, code, draft(input, code), input.version(),
        Boolean.TRUE.equals(input.acceptOverBudget()));
    return find(year, code);
  }

  @DELETE
  @Path("/{code}")
  @Operation(summary = "A division head withdraws a record of their division entered by mistake (?version=)")
  public Response withdraw(@PathParam("year") int year, @PathParam("code") String code,
      @QueryParam("version") Long version) {
    if (version == null) {
      throw new BusinessException("api.version.required");
    }
    records.withdraw(apiCaller.caller(security), year, code, version);
    return Response.noContent().build();
  }

  private Record find(int year, String code) {
    return record(records.record(apiCaller.caller(security), year, code, LocalDate.now(AuditTrail.BUREAU_ZONE))
        .record(), BusinessExceptionMapper.localeOf(headers));
  }

  private static RecordDraft draft(Input in, String code) {
    return new RecordDraft(code == null ? in.code() : code, in.name(), in.budgetLine(), Money.fromInput(in.amount()),
        in.method(), date(in.intentionPublished(), "procurement.field.intentionPublished"),
        date(in.procurementStarted(), "procurement.field.procurementStarted"),
        date(in.awardNotice(), "procurement.field.awardNotice"),
        date(in.contractSigned(), "procurement.field.contractSigned"),
        date(in.contractAnnounced(), "procurement.field.contractAnnounced"),
        date(in.contractFiled(), "procurement.field.contractFiled"));
  }

  private static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("api.badDate", new Label(field), text.length() > 40 ? text.substring(0, 40) : text);
    }
  }

  private static Record record(ComplianceReport.Record r, Locale locale) {
    ProcurementDeadlines.Events e = r.events();
    return new Record(r.code(), r.name(), r.divisionCode(), r.method().legalName(), r.amount().toString(),
        r.budgetLineCode(), e.intentionPublished(), e.procurementStarted(), e.awardNotice(), e.contractSigned(),
        e.contractAnnounced(), e.contractFiled(), r.checks().stream().map(c -> check(c, locale)).toList(),
        r.flagged(), r.overBudgetExcess() == null ? null : r.overBudgetExcess().toString(),
        r.overBudgetApprovedBy(), r.version());
  }

  private static Check check(DeadlineCheck c, Locale locale) {
    return new Check(c.requirement().name(), c.requirement().legalBasis(), c.due(), c.actual(), c.status().name(),
        c.lateDays(), c.workingDaysLeft(), c.missingCalendarYear(),
        MessageTexts.format(locale, "ProcurementRequirement." + c.requirement().name()) + "："
            + MessageTexts.format(locale, "ComplianceStatus." + c.status().name(), c.shownNumber()));
  }
}
