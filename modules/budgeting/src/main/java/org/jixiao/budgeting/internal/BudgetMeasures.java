package org.jixiao.budgeting.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jixiao.budgeting.api.BudgetOverview;
import org.jixiao.budgeting.api.BudgetRow;
import org.jixiao.budgeting.api.BudgetRowKind;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.budget.BudgetCategory;
import org.jixiao.domain.budget.BudgetGroup;
import org.jixiao.domain.evaluation.Measure;
import org.jixiao.domain.evaluation.MeasureKind;
import org.jixiao.domain.evaluation.MeasureSource;
import org.jixiao.domain.evaluation.RecordRef;
import org.jixiao.domain.evaluation.ReportTable;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Roles;

/**
 * The framework's measures from the budget, as of the year end: the execution rates of 部门预算 (basic and project
 * spending) and of the special funds, each with the lines that spent least of their budget.
 */
@Stateless
@RolesAllowed({Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class BudgetMeasures implements MeasureSource {

  private static final int LOWEST_LINES = 5;

  @EJB private Budgets budgets;

  @Override
  public List<Measure> measures(Caller caller, int yearNumber) {
    BudgetOverview overview = budgets.overview(caller, yearNumber, LocalDate.of(yearNumber, 12, 31));
    if (!overview.allDivisions()) {
      throw new BusinessException("evaluation.access.departmentOnly");
    }
    if (overview.lines().isEmpty()) {
      return List.of(); // a year without its budget yet (just opened): nothing to measure
    }
    BudgetRow department = find(overview.total(), r -> r.kind() == BudgetRowKind.GROUP
        && r.key().equals(BudgetGroup.DEPARTMENT_BUDGET.name()));
    BudgetRow funds = find(overview.total(), r -> r.kind() == BudgetRowKind.CATEGORY
        && r.key().equals(BudgetCategory.SPECIAL_FUND.name()));
    return List.of(
        rate(MeasureKind.DEPARTMENT_BUDGET_RATE, "BudgetGroup." + BudgetGroup.DEPARTMENT_BUDGET, department,
            carriedOver(overview, l -> l.category() != BudgetCategory.SPECIAL_FUND
                && l.category().group() == BudgetGroup.DEPARTMENT_BUDGET)),
        rate(MeasureKind.SPECIAL_FUNDS_RATE, "BudgetCategory." + BudgetCategory.SPECIAL_FUND, funds,
            carriedOver(overview, l -> l.category() == BudgetCategory.SPECIAL_FUND)),
        rate(MeasureKind.TOTAL_BUDGET_RATE, "budget.total", overview.total(), List.of()));
  }

  /** Why money stayed unspent, as finance recorded it on the lines: their carry-over reasons. */
  private static List<TraceStep> carriedOver(BudgetOverview overview,
      Predicate<org.jixiao.budgeting.api.BudgetLineView> lines) {
    return overview.lines().stream().filter(lines)
        .map(org.jixiao.budgeting.api.BudgetLineView::carryOverReason)
        .filter(r -> r != null && !r.isBlank()).distinct()
        .map(r -> TraceStep.of("evaluation.reason.carryOver", r))
        .toList();
  }

  /** The budget execution table as the report prints it (§一(四)); the report is an official Chinese document. */
  @Override
  public List<ReportTable> tables(Caller caller, int yearNumber) {
    BudgetOverview overview = budgets.overview(caller, yearNumber, LocalDate.of(yearNumber, 12, 31));
    if (!overview.allDivisions()) {
      throw new BusinessException("evaluation.access.departmentOnly");
    }
    List<List<String>> rows = BudgetWorkbooks.executionRows(overview).stream()
        .map(r -> row(r.item().isEmpty() ? r.group() : r.group() + " · " + r.item(), r.figures()))
        .toList();
    return List.of(new ReportTable(ReportTable.Kind.BUDGET_EXECUTION,
        List.of("项目", "全年预算数（万元）", "执行数（万元）", "执行率"), rows));
  }

  private static List<String> row(String label, org.jixiao.budgeting.api.BudgetFigures f) {
    return List.of(label, f.budget().toString(), f.executed().toString(),
        f.executionRate() == null ? "—" : f.executionRate().percent().toPlainString() + "%");
  }

  private static Measure rate(MeasureKind kind, String label, BudgetRow row, List<TraceStep> reasons) {
    BigDecimal percent = row.figures().executionRate() == null ? BigDecimal.ZERO
        : row.figures().executionRate().percent();
    List<TraceStep> trace = List.of(TraceStep.of("evaluation.trace.execution", label,
        row.figures().budget().toString(), row.figures().executed().toString(), percent.toPlainString()));
    List<BudgetRow> lines = new ArrayList<>();
    collectLines(row, lines);
    List<RecordRef> lowest = lines.stream()
        .filter(l -> l.figures().executionRate() != null
            && l.figures().executionRate().percent().compareTo(new BigDecimal("100")) < 0)
        .sorted(java.util.Comparator.comparing(l -> l.figures().executionRate().percent()))
        .limit(LOWEST_LINES)
        .map(l -> new RecordRef(RecordRef.Kind.BUDGET_LINE, l.key(),
            l.name() + " " + l.figures().executionRate().percent().toPlainString() + "%"))
        .toList();
    return new Measure(kind, percent, new BigDecimal("100"), trace, reasons, lowest);
  }

  private static void collectLines(BudgetRow row, List<BudgetRow> lines) {
    if (row.isLine()) {
      lines.add(row);
    }
    row.children().forEach(c -> collectLines(c, lines));
  }

  private static BudgetRow find(BudgetRow row, Predicate<BudgetRow> wanted) {
    if (wanted.test(row)) {
      return row;
    }
    for (BudgetRow child : row.children()) {
      BudgetRow found = find(child, wanted);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
