package org.jixiao.portal.view.evaluation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.evaluation.EvaluationScoring;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.reporting.api.EvaluationView;
import org.jixiao.reporting.api.Evaluations;

/**
 * The leadership home's self-evaluation at a glance: total, grade, seal, and each item's score against its weight
 * as a chart, for the department's current year.
 */
@Named
@RequestScoped
public class EvaluationSummary {

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @EJB private Evaluations evaluations;

  private EvaluationView view;
  private boolean loaded;

  public EvaluationView getView() {
    if (!loaded) {
      loaded = true;
      Integer year = budgetYear.orCurrent(null);
      try {
        view = year == null ? null : evaluations.evaluation(currentUser.caller(), year);
      } catch (BusinessException e) {
        view = null; // no framework yet, or not the caller's to see: the home shows the rest
      }
    }
    return view;
  }

  /** Bars: each item's score against its weight (Chart.js, horizontal). */
  public String getChart() {
    if (getView() == null) {
      return "{}";
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder scores = Json.createArrayBuilder();
    JsonArrayBuilder weights = Json.createArrayBuilder();
    for (EvaluationScoring.ItemResult i : view.result().items()) {
      labels.add(i.name());
      scores.add(i.isScored() ? i.score() : java.math.BigDecimal.ZERO);
      weights.add(i.weight());
    }
    var locale = budgetYear.locale();
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("label", MessageTexts.format(locale, "evaluation.col.score"))
                .add("data", scores).add("backgroundColor", "#8b1a1a"))
            .add(Json.createObjectBuilder().add("label", MessageTexts.format(locale, "evaluation.col.weight"))
                .add("data", weights).add("backgroundColor", "#d9d9d9"))))
        .add("options", Json.createObjectBuilder()
            .add("indexAxis", "y")
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("plugins", Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build()
        .toString();
  }
}
