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

  /**
   * The score gauge: a half doughnut with the total against 100 inside, and the grade bands (差 < 60, 中, 良, 优 ≥ 90)
   * as the outer ring, so the grade reads at a glance.
   */
  public String getGauge() {
    if (getView() == null || !view.result().complete()) {
      return "{}";
    }
    java.math.BigDecimal total = view.result().total();
    var locale = budgetYear.locale();
    JsonArrayBuilder bandLabels = Json.createArrayBuilder();
    for (String grade : new String[] {"POOR", "FAIR", "GOOD", "EXCELLENT"}) {
      bandLabels.add(MessageTexts.format(locale, "Grade." + grade));
    }
    return Json.createObjectBuilder()
        .add("type", "doughnut")
        .add("data", Json.createObjectBuilder()
            .add("labels", bandLabels)
            .add("datasets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                    .add("data", Json.createArrayBuilder().add(60).add(20).add(10).add(10))
                    .add("backgroundColor", Json.createArrayBuilder().add("#e57373").add("#ffb74d").add("#64b5f6")
                        .add("#81c784"))
                    .add("weight", 1))
                .add(Json.createObjectBuilder()
                    .add("data", Json.createArrayBuilder().add(total).add(new java.math.BigDecimal(100).subtract(total)))
                    .add("backgroundColor", Json.createArrayBuilder().add("#8b1a1a").add("#eeeeee"))
                    .add("weight", 3))))
        .add("options", Json.createObjectBuilder()
            .add("rotation", -90)
            .add("circumference", 180)
            .add("cutout", "55%")
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("plugins", Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("display", false))
                .add("tooltip", Json.createObjectBuilder().add("enabled", false))))
        .build()
        .toString();
  }
}
