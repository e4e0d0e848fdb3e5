package org.jixiao.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditLog;
import org.jixiao.domain.audit.AuditPage;
import org.jixiao.domain.audit.AuditQuery;
import org.jixiao.domain.audit.AuditSearch;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.domain.security.Roles;

/**
 * {@code GET /api/v1/audit}: the audit trail (操作日志) for administrators' scripts, a page at a time, newest first,
 * with the same filters as the page. Parameters that cannot be read (a date that is not yyyy-MM-dd, an unknown
 * action, a page below 0) answer 400 with a message in the caller's language.
 */
@Path("/v1/audit")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

  @EJB private AuditLog auditLog;
  @EJB private org.jixiao.portal.admin.KeycloakLoginEvents loginEvents;
  @Inject private ApiCaller apiCaller;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  /** One entry; {@code division} is null for a department-wide record. */
  public record Entry(long id, LocalDateTime at, String actor, String division, String action, String outcome,
      String recordType, String recordKey, Integer year, String detail, String oldValue, String newValue) {}

  public record Page(int page, int size, long total, List<Entry> entries) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The audit trail, newest first, filtered (administrators only)")
  @APIResponse(responseCode = "200", description = "A page of entries and how many match in all")
  @APIResponse(responseCode = "400", description = "A parameter that cannot be read, or from after to")
  @APIResponse(responseCode = "401", description = "No bearer token")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public Page search(
      @Parameter(description = "part of the username, any case") @QueryParam("user") String user,
      @Parameter(description = "a division code; '-' for department-wide entries") @QueryParam("division")
          String division,
      @Parameter(description = "record type, e.g. Indicator, BudgetLine, ProcurementProject") @QueryParam("type")
          String type,
      @Parameter(description = "CREATE, UPDATE, DELETE, IMPORT, SUBMIT, APPROVE, RETURN, SEAL, UNSEAL, READ, "
          + "LOGIN_FAILED") @QueryParam("action") String action,
      @Parameter(description = "first day, yyyy-MM-dd (Beijing time)") @QueryParam("from") String from,
      @Parameter(description = "last day, yyyy-MM-dd, included") @QueryParam("to") String to,
      @Parameter(description = "page number from 0") @QueryParam("page") @DefaultValue("0") String page,
      @Parameter(description = "entries a page, 1–500") @QueryParam("size") @DefaultValue("50") String size) {
    int pageNumber = number(page, "audit.param.page", 0, Integer.MAX_VALUE / AuditSearch.MAX_PAGE);
    int pageSize = number(size, "audit.param.size", 1, AuditSearch.MAX_PAGE);
    AuditQuery query;
    try {
      query = new AuditQuery(user, division, type, action(action), date(from), date(to));
    } catch (BusinessException e) {
      throw badRequest(e);
    }
    try {
      // Keycloak's failed logins up to now; Keycloak down → the trail as recorded
      loginEvents.importNew();
    } catch (BusinessException keycloakDown) {
      // the poller catches up later
    }
    AuditPage result = auditLog.search(apiCaller.caller(security), query, pageNumber * pageSize, pageSize);
    return new Page(pageNumber, pageSize, result.total(), result.rows().stream()
        .map(a -> new Entry(a.id(), a.at(), a.actor(), a.division(), a.action().name(), a.outcome().name(),
            a.recordType(), a.recordKey(), a.year(), a.detail(), a.oldValue(), a.newValue()))
        .toList());
  }

  private LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw badRequest(new BusinessException("audit.filter.date", text.strip()));
    }
  }

  private AuditAction action(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Arrays.stream(AuditAction.values()).filter(a -> a.name().equalsIgnoreCase(text.strip())).findFirst()
        .orElseThrow(() -> badRequest(new BusinessException("audit.param.action", text.strip())));
  }

  private int number(String text, String key, int min, int max) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw badRequest(new BusinessException(key, text, min, max));
  }

  private WebApplicationException badRequest(BusinessException e) {
    return new WebApplicationException(Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new BusinessExceptionMapper.ApiError(e.messageKey(),
            MessageTexts.of(e, BusinessExceptionMapper.localeOf(headers))))
        .build());
  }
}
