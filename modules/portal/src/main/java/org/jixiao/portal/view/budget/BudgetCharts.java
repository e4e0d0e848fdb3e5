package org.jixiao.portal.view.budget;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import org.jixiao.budgeting.api.CheckpointFigures;
import org.jixiao.budgeting.api.MonthFigures;
import org.jixiao.domain.i18n.MessageTexts;

/** Chart.js configurations (PrimeFaces p:chart) for execution against the time pace. */
final class BudgetCharts {

  private BudgetCharts() {}

  /**
   * Monthly execution (bars), cumulative execution and the pace line (万元), with the checkpoints of 双监控
   * marked on the cumulative line.
   */
  static String paceChart(List<MonthFigures> months, List<CheckpointFigures> checkpoints, Locale locale) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder monthly = Json.createArrayBuilder();
    JsonArrayBuilder cumulative = Json.createArrayBuilder();
    JsonArrayBuilder pace = Json.createArrayBuilder();
    JsonArrayBuilder marks = Json.createArrayBuilder();
    for (MonthFigures m : months) {
      labels.add(MessageTexts.format(locale, "budget.chart.month", m.month()));
      monthly.add(m.executed().amount());
      cumulative.add(m.cumulativeExecuted().amount());
      pace.add(m.cumulativeExpected().amount());
      int month = m.month();
      boolean checkpoint =
          checkpoints.stream().anyMatch(c -> c.date().getMonthValue() == month && c.date().getDayOfMonth() >= 28);
      if (checkpoint) {
        marks.add(m.cumulativeExecuted().amount());
      } else {
        marks.addNull();
      }
    }
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    if (!checkpoints.isEmpty()) {
      datasets.add(dataset("line", MessageTexts.format(locale, "budget.chart.checkpoint"), marks, "#f0b429")
          .add("showLine", false)
          .add("pointRadius", 8)
          .add("pointStyle", "triangle")
          .add("order", 0));
    }
    datasets
            .add(dataset("bar", MessageTexts.format(locale, "budget.chart.monthly"), monthly, "#9fb3c8")
                .add("order", 3))
            .add(dataset("line", MessageTexts.format(locale, "budget.chart.cumulative"), cumulative, "#8b1a1a")
                .add("order", 1))
            .add(dataset("line", MessageTexts.format(locale, "budget.chart.pace"), pace, "#52606d")
                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("order", 2));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("plugins", Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
            .add("scales", Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder()
                    .add("beginAtZero", true)
                    .add("title", Json.createObjectBuilder()
                        .add("display", true)
                        .add("text", MessageTexts.format(locale, "budget.chart.unit"))))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(String type, String label, JsonArrayBuilder data, String color) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("label", label)
        .add("data", data)
        .add("borderColor", color)
        .add("backgroundColor", color)
        .add("fill", false);
  }
}
