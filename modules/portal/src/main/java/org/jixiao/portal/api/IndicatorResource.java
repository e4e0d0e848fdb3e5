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
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jixiao.domain.Label;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorSubcategory;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.security.Roles;
import org.jixiao.indicators.api.CategoryResult;
import org.jixiao.indicators.api.IndicatorDraft;
import org.jixiao.indicators.api.IndicatorTree;
import org.jixiao.indicators.api.IndicatorView;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.indicators.api.ScoreSummary;
import org.jixiao.domain.i18n.MessageTexts;

/**
 * {@code /api/v1/years/{year}/indicators}: the indicator tree with targets, actuals, completion, weight, score,
 * trace and status; division heads create and edit their own division's indicators; the category scores.
 * Scoped like the pages; texts (traces) in the caller's Accept-Language.
 */
@Path("/v1/years/{year}/indicators")
@RequestScoped
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class IndicatorResource {

  @EJB private Indicators indicators;
  @Inject private ApiCaller apiCaller;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  public record Indicator(
      String code, String name, String category, String subcategory, Integer goal, String division, String fund,
      String unit, String kind, String target, String targetText, String weight, String actual, String completionRate,
      String score, List<String> trace, String warning, String targetStatus, String actualStatus, long version) {}

  public record Category(String category, String score, String points, List<String> trace) {}

  public record Scores(int year, int ruleVersion, Category output, Category benefit, Category specialFunds,
      List<String> problems) {}

  public record Tree(int year, String scope, List<Indicator> indicators, Scores scores) {}

  /** What a division head sends to create or edit an indicator; {@code version} is needed to edit. */
  public record Input(String code, String name, Integer goal, String subcategory, String fund, String unit,
      String kind, BigDecimal target, String targetText, BigDecimal weight, BigDecimal baseline, Long version) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The indicators the caller may see, with scores and traces")
  public Tree tree(@PathParam("year") int year) {
    IndicatorTree tree = indicators.tree(apiCaller.caller(security), year);
    Locale locale = BusinessExceptionMapper.localeOf(headers);
    return new Tree(year, tree.allDivisions() ? "ALL" : "DIVISION",
        tree.indicators().stream().map(i -> indicator(i, locale)).toList(), scores(tree.scores(), locale));
  }

  @GET
  @Path("/score")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The category scores (产出, 效益, 专项资金) with their traces")
  public Scores score(@PathParam("year") int year) {
    return scores(indicators.scores(apiCaller.caller(security), year), BusinessExceptionMapper.localeOf(headers));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A division head creates a draft indicator of their division")
  public Response create(@PathParam("year") int year, Input input) {
    String code = indicators.create(apiCaller.caller(security), year, draft(input, null));
    return Response.status(Response.Status.CREATED).entity(find(year, code)).build();
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A division head edits the target of a draft or returned indicator of their division")
  public Indicator update(@PathParam("year") int year, @PathParam("code") String code, Input input) {
    if (input == null || input.version() == null) {
      throw new BusinessException("api.version.required");
    }
    indicators.define(apiCaller.caller(security), year, code, draft(input, code), input.version());
    return find(year, code);
  }

  @DELETE
  @Path("/{code}")
  @Operation(summary = "A division head discards a draft or returned indicator of their division (?version=)")
  public Response discard(@PathParam("year") int year, @PathParam("code") String code,
      @QueryParam("version") Long version) {
    if (version == null) {
      throw new BusinessException("api.version.required");
    }
    indicators.discardDraft(apiCaller.caller(security), year, code, version);
    return Response.noContent().build();
  }

  private Indicator find(int year, String code) {
    Locale locale = BusinessExceptionMapper.localeOf(headers);
    return indicators.tree(apiCaller.caller(security), year).indicators().stream()
        .filter(i -> i.code().equals(code)).findFirst().map(i -> indicator(i, locale)).orElse(null);
  }

  private static IndicatorDraft draft(Input in, String code) {
    if (in == null) {
      throw new BusinessException("api.body.required");
    }
    return new IndicatorDraft(code == null ? in.code() : code, in.name(), in.goal(), enumOf(IndicatorSubcategory.class,
        in.subcategory(), "indicator.field.subcategory"), in.fund(), in.unit(),
        enumOf(IndicatorKind.class, in.kind(), "indicator.field.kind"), in.target(), in.targetText(), in.weight(),
        in.baseline());
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String field) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, name.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessException("api.unknownValue", new Label(field), name);
    }
  }

  private static Indicator indicator(IndicatorView i, Locale locale) {
    return new Indicator(i.code(), i.name(), i.category().name(), i.subcategory().name(), i.goalSequence(),
        i.divisionCode(), i.fundCode(), i.unit(), i.kind().name(), plain(i.target()), i.targetText(),
        i.weight().toPlainString(), plain(i.actual()),
        i.score().completion() == null ? null : i.score().completion().percent().toPlainString(),
        i.score().score().toPlainString(), texts(i.score().trace(), locale), i.warning().name(),
        i.targetStatus().name(), i.actualStatus().name(), i.version());
  }

  private static Scores scores(ScoreSummary s, Locale locale) {
    return new Scores(s.yearNumber(), s.ruleVersion(), category(s.output(), locale), category(s.benefit(), locale),
        new Category("SPECIAL_FUNDS", s.specialFunds().score().toPlainString(),
            s.specialFunds().points().toPlainString(), texts(s.specialFunds().trace(), locale)),
        texts(s.weightProblems(), locale));
  }

  private static Category category(CategoryResult c, Locale locale) {
    return new Category(c.category().name(), c.score().toPlainString(), c.points().toPlainString(),
        texts(c.trace(), locale));
  }

  private static List<String> texts(List<TraceStep> steps, Locale locale) {
    return steps.stream().map(t -> MessageTexts.format(locale, t.key(), t.arguments())).toList();
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
