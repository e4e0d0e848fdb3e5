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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jixiao.domain.evaluation.EvaluationScoring;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.reporting.api.EvaluationView;
import org.jixiao.reporting.api.Evaluations;

/**
 * {@code /api/v1/years/{year}/evaluation}: the 100-point self-evaluation — items with weight, score, source, trace
 * and reason; the total, the grade, and whether the year is sealed with which fingerprint. Texts follow the
 * Accept-Language.
 */
@Path("/v1/years/{year}/evaluation")
@RequestScoped
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class EvaluationResource {

  @EJB private Evaluations evaluations;
  @Inject private ApiCaller apiCaller;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  public record Item(String code, String block, String name, String weight, String source, String score,
      List<String> trace, String reason, List<String> reasons, List<String> records) {}

  public record Evaluation(int year, List<Item> items, String total, String grade, boolean complete, boolean sealed,
      String fingerprint) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The year's self-evaluation: items, scores, traces, total, grade, seal")
  public Evaluation evaluation(@PathParam("year") int year) {
    EvaluationView view = evaluations.evaluation(apiCaller.caller(security), year);
    Locale locale = BusinessExceptionMapper.localeOf(headers);
    return new Evaluation(year, view.result().items().stream().map(i -> item(i, locale)).toList(),
        view.result().total().toPlainString(), view.result().grade().name(), view.result().complete(), view.sealed(),
        view.seal() == null ? null : view.seal().fingerprint());
  }

  private static Item item(EvaluationScoring.ItemResult i, Locale locale) {
    return new Item(i.code(), i.block().name(), i.name(), i.weight().stripTrailingZeros().toPlainString(),
        i.source().name(), i.isScored() ? i.score().toPlainString() : null,
        i.trace().stream().map(t -> MessageTexts.format(locale, t.key(), t.arguments())).toList(), i.reason(),
        i.reasons().stream().map(t -> MessageTexts.format(locale, t.key(), t.arguments())).toList(),
        i.records().stream().map(r -> r.kind() + ":" + r.code()).toList());
  }
}
