package org.jixiao.portal.view.budget;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
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
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.portal.view.shared.FragmentKeys;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;

/**
 * The budget overview (预算执行总览): the year's tree by group, category and fund with rates and warnings, the
 * split by level, the checkpoints and a chart of execution against the pace, filtered by division and warning.
 */
@Named
@ViewScoped
public class BudgetOverviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Budgets budgets;
  @Inject private org.jixiao.budgeting.api.YearAdministration years;

  /** The region of the page kept rendered ({@link FragmentKeys}). */
  public static final String REGION = "budgetOverview";

  @Inject private FragmentKeys fragmentKeys;

  private Integer year;
  private boolean deferred;
  private LocalDate asOf;
  private String divisionFilter;
  private PaceWarning warningFilter;
  private BudgetOverview overview;
  private TreeNode<BudgetRow> tree;
  private List<org.jixiao.budgeting.api.BudgetSuggestionView> suggestions;

  /**
   * Loads the overview for the view parameters (year and date default to the current year and today), unless the
   * page shows it as rendered before for the same data version, scope of user, date and filters
   * ({@link FragmentKeys}), in which case a postback loads it when it first needs it.
   */
  public void load() {
    fragmentKeys.begin(); // the data version before any data (FragmentKeys)
    year = budgetYear.orCurrent(year);
    if (year == null) {
      return;
    }
    asOf = budgetYear.clampToYear(year, asOf);
    deferred = fragmentKeys.serves(REGION, getFragmentKey());
    if (!deferred) {
      loadOverview();
    }
  }

  /** The key of the rendered toolbar, figures, charts, checkpoints and suggestions. */
  public String getFragmentKey() {
    return fragmentKeys.getScope() + "|" + year + "|" + asOf + "|" + divisionFilter + "|" + warningFilter;
  }

  private void loadOverview() {
    try {
      overview = budgets.overview(currentUser.caller(), year, asOf);
      tree = null;
    } catch (BusinessException e) {
      overview = null;
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

  public TreeNode<BudgetRow> getTree() {
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

  /** Re-applies the filters to the loaded overview. */
  public void filter() {
    tree = null;
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

  public StreamedContent getExport() {
    byte[] xlsx = budgets.exportWorkbook(currentUser.caller(), year, asOf);
    return DefaultStreamedContent.builder()
        .name(year + "-budget-execution-" + asOf + ".xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .stream(() -> new ByteArrayInputStream(xlsx))
        .build();
  }

  public BudgetOverview getOverview() {
    if (deferred) {
      deferred = false;
      loadOverview();
    }
    return overview;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public String getDivisionFilter() {
    return divisionFilter;
  }

  public void setDivisionFilter(String divisionFilter) {
    this.divisionFilter = divisionFilter;
  }

  public PaceWarning getWarningFilter() {
    return warningFilter;
  }

  public void setWarningFilter(PaceWarning warningFilter) {
    this.warningFilter = warningFilter;
  }
}
