package org.jixiao.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jixiao.budgeting.api.BudgetFigures;
import org.jixiao.budgeting.api.BudgetLineView;
import org.jixiao.budgeting.api.BudgetOverview;
import org.jixiao.budgeting.api.BudgetRow;
import org.jixiao.budgeting.api.BudgetRowKind;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.money.Rate;
import org.jixiao.domain.security.Roles;

/**
 * {@code GET /api/v1/years/{year}/budget}: the year's budget lines and the report's summary rows, scoped like
 * the pages (a division head gets their own division's lines). Amounts are strings in 万元 with two decimals,
 * rates percentages with two decimals.
 */
@Path("/v1/years/{year}/budget")
@RequestScoped
public class BudgetResource {

  @EJB private Budgets budgets;
  @Inject private ApiCaller apiCaller;
  @Context private SecurityContext security;

  /** A summary row or a line's figures. */
  public record Figures(
      String initialBudget, String budget, String executed, String executionRate, String expectedRate,
      String warning, String committed, String available, String carryOver) {}

  public record Line(
      String code, String name, String division, String divisionName, String category, String level,
      String fund, String carryOverReason, long version, Figures figures) {}

  public record Fund(String code, String name, Figures figures) {}

  public record Mismatch(String check, String expected, String actual) {}

  public record BudgetDocument(
      int year, String status, LocalDate asOf, String scope, Map<String, Figures> summary, List<Fund> funds,
      List<Line> lines, List<Mismatch> mismatches) {}

  /**
   * What finance sends to change a line it has read at {@code version}: the amount in 万元 as a string, the
   * reason (a month's overspend, or what is carried over).
   */
  public record LineChange(String amount, String reason, Long version) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
  @Operation(summary = "The year's budget: summary rows as in the report, and the lines the caller may see")
  public BudgetDocument budget(
      @PathParam("year") int year,
      @Parameter(description = "yyyy-MM-dd; default today, kept inside the year") @QueryParam("asOf") String asOf,
      @Parameter(description = "false: the summary rows and funds only") @QueryParam("lines") @DefaultValue("true")
          boolean withLines) {
    BudgetOverview overview = budgets.overview(apiCaller.caller(security), year, dateIn(year, asOf));
    Map<String, Figures> summary = new LinkedHashMap<>();
    summary.put("total", figures(overview.total().figures()));
    List<Fund> funds = new ArrayList<>();
    for (BudgetRow group : overview.total().children()) {
      summary.put(camel(group.key()), figures(group.figures()));
      for (BudgetRow category : group.children()) {
        summary.put(camel(category.key()), figures(category.figures()));
        category.children().stream()
            .filter(r -> r.kind() == BudgetRowKind.FUND)
            .forEach(f -> funds.add(new Fund(f.key(), f.name(), figures(f.figures()))));
      }
    }
    overview.levels().forEach(l -> summary.put(camel(l.key()), figures(l.figures())));
    List<Line> lines = withLines ? overview.lines().stream().map(BudgetResource::line).toList() : List.of();
    List<Mismatch> mismatches =
        overview.mismatches().stream()
            .map(m -> new Mismatch(m.checkKey(), m.expected().toString(), m.actual().toString()))
            .toList();
    return new BudgetDocument(
        overview.yearNumber(), overview.status().name(), overview.asOf(),
        overview.allDivisions() ? "ALL" : "DIVISION", summary, funds, lines, mismatches);
  }

  @PUT
  @Path("/lines/{code}/execution/{month}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
  @Operation(summary = "Finance records (or corrects) a month's executed amount of a line it read at version; "
      + "409 with who changed it when, if someone else changed the line since")
  public Line recordExecution(@PathParam("year") int year, @PathParam("code") String code,
      @PathParam("month") String month, LineChange change) {
    Long version = versionOf(change);
    budgets.recordExecution(apiCaller.caller(security), year, code, monthOf(month), amountOf(change), change.reason(),
        version);
    return lineOf(year, code);
  }

  @PUT
  @Path("/lines/{code}/carry-over")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
  @Operation(summary = "Finance sets what a line carries over to next year (结转) with the reason, at version; "
      + "409 with who changed it when, if someone else changed the line since")
  public Line carryOver(@PathParam("year") int year, @PathParam("code") String code, LineChange change) {
    Long version = versionOf(change);
    budgets.carryOver(apiCaller.caller(security), year, code, amountOf(change), change.reason(), version);
    return lineOf(year, code);
  }

  private static Long versionOf(LineChange change) {
    if (change == null) {
      throw new BusinessException("api.body.required");
    }
    if (change.version() == null) {
      throw new BusinessException("api.version.required");
    }
    return change.version();
  }

  private static Money amountOf(LineChange change) {
    Money amount = Money.fromInput(change.amount());
    if (amount == null) {
      throw new BusinessException("validation.required", new Label("budget.field.executedAmount"));
    }
    return amount;
  }

  private static int monthOf(String month) {
    try {
      int m = Integer.parseInt(month.strip());
      if (m >= 1 && m <= 12) {
        return m;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BusinessException("validation.month", month);
  }

  private Line lineOf(int year, String code) {
    LocalDate today = dateIn(year, null);
    return budgets.overview(apiCaller.caller(security), year, today).lines().stream()
        .filter(l -> l.code().equals(code.strip())).findFirst().map(BudgetResource::line).orElse(null);
  }

  private static LocalDate dateIn(int year, String asOf) {
    LocalDate date;
    try {
      date = asOf == null || asOf.isBlank() ? LocalDate.now(AuditTrail.BUREAU_ZONE) : LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new BusinessException("validation.date");
    }
    LocalDate first = LocalDate.of(Math.max(2000, Math.min(year, 2100)), 1, 1);
    LocalDate last = first.withDayOfYear(first.lengthOfYear());
    return date.isBefore(first) ? first : date.isAfter(last) ? last : date;
  }

  private static Line line(BudgetLineView l) {
    return new Line(
        l.code(), l.name(), l.divisionCode(), l.divisionName(), l.category().name(),
        l.level() == null ? null : l.level().name(), l.fundCode(), l.carryOverReason(), l.version(),
        figures(l.figures()));
  }

  private static Figures figures(BudgetFigures f) {
    return new Figures(
        amount(f.initialBudget()), amount(f.budget()), amount(f.executed()), rate(f.executionRate()),
        rate(f.expectedRate()), f.warning().name(), amount(f.committed()), amount(f.available()),
        amount(f.carryOver()));
  }

  private static String amount(Money m) {
    return m.toString();
  }

  private static String rate(Rate r) {
    return r == null ? null : r.percent().toPlainString();
  }

  /** BASIC_EXPENDITURE → basicExpenditure */
  private static String camel(String enumName) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : enumName.toLowerCase().toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
