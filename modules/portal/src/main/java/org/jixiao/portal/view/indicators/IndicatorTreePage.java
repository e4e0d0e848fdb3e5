package org.jixiao.portal.view.indicators;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.budget.PaceWarning;
import org.jixiao.domain.indicators.IndicatorCategory;
import org.jixiao.domain.indicators.IndicatorSubcategory;
import org.jixiao.domain.indicators.WorkflowStatus;
import org.jixiao.domain.organisation.Division;
import org.jixiao.indicators.api.IndicatorTree;
import org.jixiao.indicators.api.IndicatorView;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.portal.view.shared.FragmentKeys;
import org.jixiao.portal.view.shared.PageQuery;
import org.jixiao.portal.view.shared.TreeRows;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The indicator tree with scores, traces and warnings (绩效指标): 部门整体 and each special fund, then 一级 and 二级
 * categories, then the indicators; filters by division, goal, status and warning; the department's scores and charts.
 * A plain GET page: year and filters come from the address ({@code ?year=2023&division=…&goal=…&status=…&warning=…}),
 * so every view is bookmarkable and kept as rendered ({@link FragmentKeys}), and the page holds no view state.
 */
@Named
@RequestScoped
public class IndicatorTreePage {
  private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Indicators indicators;

  /** The region of the page kept rendered ({@link FragmentKeys}). */
  public static final String REGION = "indicatorTree";

  @Inject private FragmentKeys fragmentKeys;

  private Integer year;
  private boolean loaded;
  private IndicatorTree data;
  private TreeNode<Row> tree;
  private List<TreeRows.Row<Row>> rows;
  private String divisionFilter;
  private Integer goalFilter;
  private PaceWarning warningFilter;
  private WorkflowStatus statusFilter;

  /** A node of the tree: a heading (scope, category, subcategory) or an indicator. */
  public record Row(String heading, IndicatorView indicator) {
    public boolean isIndicator() {
      return indicator != null;
    }
  }

  /**
   * Reads the year and filters from the address, and loads the tree unless the page serves it as rendered before
   * for the same data version, scope of user and filters ({@link FragmentKeys}).
   */
  @PostConstruct
  void read() {
    fragmentKeys.begin(); // the data version before any data (FragmentKeys)
    PageQuery query = PageQuery.ofRequest();
    year = query.year();
    divisionFilter = query.code("division", Division.CODE, "budget.filter.division");
    goalFilter = query.number("goal", "indicators.filter.goal");
    statusFilter = query.choice("status", WorkflowStatus.class, "indicators.filter.status");
    warningFilter = query.choice("warning", PaceWarning.class, "budget.filter.warning");
    year = query.isValid() ? budgetYear.orCurrent(year) : null;
    if (!fragmentKeys.serves(REGION, getFragmentKey())) {
      loadTree(); // now, not while rendering: a refusal's message shows above the region
      // a division of the right form that the page does not have (or not the user's)
      if (data != null && !query.offers("budget.filter.division", divisionFilter, getDivisions().keySet())) {
        data = null;
      }
    }
  }

  /**
   * The id of an indicator's row, which is also its address in the page ({@code #indicator-O09}): the code with every
   * character but letters, digits and '-' written as _hex_, so that any code gives a valid id of its own.
   */
  public static String anchorOf(String code) {
    StringBuilder id = new StringBuilder("indicator-");
    code.codePoints().forEach(c -> {
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
        id.appendCodePoint(c);
      } else {
        id.append('_').append(Integer.toHexString(c)).append('_');
      }
    });
    return id.toString();
  }

  /** {@link #anchorOf} for the page. */
  public String rowId(IndicatorView indicator) {
    return anchorOf(indicator.code());
  }

  private void loadTree() {
    loaded = true;
    if (year == null) {
      return;
    }
    try {
      data = indicators.tree(currentUser.caller(), year);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  /** The key of the rendered toolbar, scores, charts and tree: the data version and scope, year and filters. */
  public String getFragmentKey() {
    return fragmentKeys.getScope() + "|" + year + "|" + divisionFilter + "|" + goalFilter + "|" + statusFilter + "|"
        + warningFilter;
  }

  /** The tree as the rows of the page's table (TreeRows). */
  public List<TreeRows.Row<Row>> getRows() {
    if (rows == null) {
      rows = TreeRows.of(getTree());
    }
    return rows;
  }

  private TreeNode<Row> getTree() {
    IndicatorTree data = getData();
    if (tree == null && data != null) {
      tree = new DefaultTreeNode<>(null, null);
      Map<String, Map<IndicatorCategory, Map<IndicatorSubcategory, List<IndicatorView>>>> grouped = new LinkedHashMap<>();
      String department = MessageTexts.format(budgetYear.locale(), "indicators.scope.department");
      for (IndicatorView i : data.indicators()) {
        if (!matches(i)) {
          continue;
        }
        String scope = i.fundName() == null ? department : i.fundName();
        grouped.computeIfAbsent(scope, s -> new LinkedHashMap<>())
            .computeIfAbsent(i.category(), c -> new LinkedHashMap<>())
            .computeIfAbsent(i.subcategory(), s -> new java.util.ArrayList<>())
            .add(i);
      }
      grouped.forEach((scope, categories) -> {
        TreeNode<Row> scopeNode = new DefaultTreeNode<>("heading", new Row(scope, null), tree);
        scopeNode.setExpanded(true);
        categories.forEach((category, subcategories) -> {
          TreeNode<Row> categoryNode = new DefaultTreeNode<>("heading",
              new Row(MessageTexts.format(budgetYear.locale(), "IndicatorCategory." + category.name()), null), scopeNode);
          categoryNode.setExpanded(true);
          subcategories.forEach((subcategory, list) -> {
            TreeNode<Row> subNode = new DefaultTreeNode<>("heading",
                new Row(MessageTexts.format(budgetYear.locale(), "IndicatorSubcategory." + subcategory.name()), null),
                categoryNode);
            subNode.setExpanded(true);
            list.forEach(i -> new DefaultTreeNode<>("indicator", new Row(null, i), subNode));
          });
        });
      });
    }
    return tree;
  }

  private boolean matches(IndicatorView i) {
    return (divisionFilter == null || divisionFilter.isBlank() || divisionFilter.equals(i.divisionCode()))
        && (goalFilter == null || goalFilter.equals(i.goalSequence()))
        && (warningFilter == null || i.warning().compareTo(warningFilter) >= 0)
        && (statusFilter == null || i.targetStatus() == statusFilter || i.actualStatus() == statusFilter);
  }

  public Map<String, String> getDivisions() {
    IndicatorTree data = getData();
    Map<String, String> divisions = new LinkedHashMap<>();
    if (data != null) {
      data.indicators().forEach(i -> divisions.putIfAbsent(i.divisionCode(), i.divisionName()));
    }
    return divisions;
  }

  public Map<Integer, String> getGoals() {
    IndicatorTree data = getData();
    Map<Integer, String> goals = new java.util.TreeMap<>();
    if (data != null) {
      data.indicators().stream().filter(i -> i.goalSequence() != null)
          .forEach(i -> goals.putIfAbsent(i.goalSequence(), i.goalSequence() + " " + i.goalTitle()));
    }
    return goals;
  }

  public WorkflowStatus[] getStatuses() {
    return WorkflowStatus.values();
  }

  public WorkflowStatus getStatusFilter() {
    return statusFilter;
  }

  public PaceWarning[] getWarnings() {
    return new PaceWarning[] {PaceWarning.YELLOW, PaceWarning.RED};
  }

  /** Completion distribution and warning counts of the indicators shown (Chart.js, for p:chart). */
  public String getCompletionChart() {
    IndicatorTree data = getData();
    int[] buckets = new int[4];
    if (data != null) {
      for (IndicatorView i : data.indicators()) {
        if (!matches(i) || i.score().completion() == null) {
          continue;
        }
        BigDecimal c = i.score().completion().percent();
        buckets[c.compareTo(EIGHTY) < 0 ? 0 : c.compareTo(HUNDRED) < 0 ? 1 : i.score().overshoot() ? 3 : 2]++;
      }
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    for (String key : new String[] {"below80", "below100", "onTarget", "above"}) {
      labels.add(MessageTexts.format(budgetYear.locale(), "indicators.chart." + key));
    }
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (int b : buckets) {
      values.add(b);
    }
    return Json.createObjectBuilder().add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
            .add(Json.createObjectBuilder()
                .add("label", MessageTexts.format(budgetYear.locale(), "indicators.chart.count"))
                .add("data", values)
                .add("backgroundColor", Json.createArrayBuilder().add("#b3261e").add("#f0b429").add("#1d7a46").add("#f0b429")))))
        .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
            .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
        .build().toString();
  }

  public String getWarningChart() {
    IndicatorTree data = getData();
    int[] counts = new int[3];
    if (data != null) {
      data.indicators().stream().filter(this::matches).forEach(i -> counts[i.warning().ordinal()]++);
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    for (PaceWarning w : PaceWarning.values()) {
      labels.add(MessageTexts.format(budgetYear.locale(), "PaceWarning." + w.name()));
    }
    return Json.createObjectBuilder().add("type", "doughnut")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
            .add(Json.createObjectBuilder()
                .add("data", Json.createArrayBuilder().add(counts[0]).add(counts[1]).add(counts[2]))
                .add("backgroundColor", Json.createArrayBuilder().add("#1d7a46").add("#f0b429").add("#b3261e")))))
        .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false))
        .build().toString();
  }

  /** The year's scored indicators; null when the address or the year cannot be shown (the message says why). */
  public IndicatorTree getData() {
    if (!loaded) {
      loadTree();
    }
    return data;
  }

  public Integer getYear() {
    return year;
  }

  public String getDivisionFilter() {
    return divisionFilter;
  }

  public Integer getGoalFilter() {
    return goalFilter;
  }

  public PaceWarning getWarningFilter() {
    return warningFilter;
  }
}
