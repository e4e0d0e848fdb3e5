package org.jixiao.portal.view.budget;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.budgeting.api.BudgetLineView;
import org.jixiao.budgeting.api.BudgetOverview;
import org.jixiao.budgeting.api.BudgetRow;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.budget.PaceWarning;
import org.jixiao.domain.organisation.Division;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.portal.view.shared.FragmentKeys;
import org.jixiao.portal.view.shared.PageQuery;
import org.jixiao.portal.view.shared.TreeRows;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The budget overview (预算执行总览): the year's tree by group, category and fund with rates and warnings, the
 * split by level, the checkpoints and a chart of execution against the pace, filtered by division and warning.
 * A plain GET page: year, date and filters come from the address ({@code ?year=2023&asOf=2023-12-31&division=…
 * &warning=…}), so every view is bookmarkable and kept as rendered ({@link FragmentKeys}), and the page holds no
 * view state; the workbook is a link ({@link BudgetExportServlet}).
 */
@Named
@RequestScoped
public class BudgetOverviewPage {

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Budgets budgets;
  @Inject private org.jixiao.budgeting.api.YearAdministration years;

  /** The region of the page kept rendered ({@link FragmentKeys}). */
  public static final String REGION = "budgetOverview";

  @Inject private FragmentKeys fragmentKeys;

  private Integer year;
  private boolean loaded;
  private LocalDate asOf;
  private String divisionFilter;
  private PaceWarning warningFilter;
  private BudgetOverview overview;
  private TreeNode<BudgetRow> tree;
  private List<TreeRows.Row<BudgetRow>> rows;
  private List<org.jixiao.budgeting.api.BudgetSuggestionView> suggestions;

  /**
   * Reads the year, date and filters from the address (year and date default to the current year and today), and
   * loads the overview unless the page serves it as rendered before for the same data version, scope of user, date
   * and filters ({@link FragmentKeys}).
   */
  @PostConstruct
  void read() {
    fragmentKeys.begin(); // the data version before any data (FragmentKeys)
    PageQuery query = PageQuery.ofRequest();
    year = query.year();
    asOf = query.date("asOf");
    divisionFilter = query.code("division", Division.CODE, "budget.filter.division");
    warningFilter = query.choice("warning", PaceWarning.class, "budget.filter.warning");
    year = query.isValid() ? budgetYear.orCurrent(year) : null;
    if (year != null) {
      asOf = budgetYear.clampToYear(year, asOf);
    }
    if (!fragmentKeys.serves(REGION, getFragmentKey())) {
      loadOverview(); // now, not while rendering: a refusal's message shows above the region
      // a division of the right form that the page does not have (or not the user's)
      if (overview != null && !query.offers("budget.filter.division", divisionFilter, getDivisions().keySet())) {
        overview = null;
      }
    }
  }

  /** The key of the rendered toolbar, figures, charts, checkpoints and suggestions. */
  public String getFragmentKey() {
    return fragmentKeys.getScope() + "|" + year + "|" + asOf + "|" + divisionFilter + "|" + warningFilter;
  }

  private void loadOverview() {
    loaded = true;
    if (year == null) {
      return;
    }
    try {
      overview = budgets.overview(currentUser.caller(), year, asOf);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  /**
   * The flagged suggestions for this year's budget from the year before (结果应用), for finance and the
   * leadership group; none for others.
   */
  public List<org.jixiao.budgeting.api.BudgetSuggestionView> getSuggestions() {
    if (suggestions == null) {
      suggestions = List.of();
      if (year != null && (currentUser.isFinance() || currentUser.isLeadership())) {
        try {
          suggestions = years.suggestions(currentUser.caller(), year);
        } catch (BusinessException e) {
          FacesMessages.refused(e);
        }
      }
    }
    return suggestions;
  }

  /** The tree as the rows of the page's table (TreeRows). */
  public List<TreeRows.Row<BudgetRow>> getRows() {
    if (rows == null) {
      rows = TreeRows.of(getTree());
    }
    return rows;
  }

  private TreeNode<BudgetRow> getTree() {
    if (tree == null && getOverview() != null) {
      tree = new DefaultTreeNode<>(null, null);
      addNode(tree, overview.total(), 0);
    }
    return tree;
  }

  private boolean addNode(TreeNode<BudgetRow> parent, BudgetRow row, int depth) {
    if (row.isLine()) {
      if (!matches(row.line())) {
        return false;
      }
      new DefaultTreeNode<>("line", row, parent);
      return true;
    }
    TreeNode<BudgetRow> node = new DefaultTreeNode<>("sum", row, parent);
    // an empty sum row (a category without lines) shows only in the unfiltered view of the whole bureau
    boolean any = row.children().isEmpty() && !isFiltered() && overview.allDivisions();
    for (BudgetRow child : row.children()) {
      any |= addNode(node, child, depth + 1);
    }
    if (!any && depth > 0) {
      parent.getChildren().remove(node);
      return false;
    }
    // a division head's few lines, or a filtered tree, open fully; the whole bureau opens two levels
    node.setExpanded(depth < 2 || isFiltered() || !overview.allDivisions());
    return true;
  }

  private boolean isFiltered() {
    return (divisionFilter != null && !divisionFilter.isBlank()) || warningFilter != null;
  }

  private boolean matches(BudgetLineView line) {
    boolean division =
        divisionFilter == null || divisionFilter.isBlank() || divisionFilter.equals(line.divisionCode());
    boolean warning =
        warningFilter == null || line.figures().warning().compareTo(warningFilter) >= 0;
    return division && warning;
  }

  /** The divisions that own lines in the overview, for the filter. */
  public Map<String, String> getDivisions() {
    BudgetOverview overview = getOverview();
    Map<String, String> divisions = new LinkedHashMap<>();
    if (overview != null) {
      overview.lines().forEach(l -> divisions.putIfAbsent(l.divisionCode(), l.divisionName()));
    }
    return divisions;
  }

  public List<BudgetLineView> getWarnedLines() {
    BudgetOverview overview = getOverview();
    List<BudgetLineView> warned = new ArrayList<>();
    if (overview != null) {
      overview.lines().stream().filter(l -> l.figures().warning() != PaceWarning.GREEN).forEach(warned::add);
    }
    return warned;
  }

  public PaceWarning[] getWarnings() {
    return new PaceWarning[] {PaceWarning.YELLOW, PaceWarning.RED};
  }

  public String getChart() {
    BudgetOverview overview = getOverview();
    return overview == null ? "{}" : BudgetCharts.paceChart(overview.months(), overview.checkpoints(), budgetYear.locale());
  }

  /** The year's overview at the date; null when the address or the year cannot be shown (the message says why). */
  public BudgetOverview getOverview() {
    if (!loaded) {
      loadOverview();
    }
    return overview;
  }

  public Integer getYear() {
    return year;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public String getDivisionFilter() {
    return divisionFilter;
  }

  public PaceWarning getWarningFilter() {
    return warningFilter;
  }
}
