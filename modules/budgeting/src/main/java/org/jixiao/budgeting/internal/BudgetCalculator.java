package org.jixiao.budgeting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.budgeting.api.BudgetFigures;
import org.jixiao.budgeting.api.BudgetLineView;
import org.jixiao.budgeting.api.BudgetRow;
import org.jixiao.budgeting.api.BudgetRowKind;
import org.jixiao.budgeting.api.CheckpointFigures;
import org.jixiao.budgeting.api.MonthFigures;
import org.jixiao.budgeting.api.Reconciliation;
import org.jixiao.domain.budget.BudgetCategory;
import org.jixiao.domain.budget.BudgetGroup;
import org.jixiao.domain.budget.BudgetLevel;
import org.jixiao.domain.budget.BudgetWarningRule.Thresholds;
import org.jixiao.domain.budget.Pace;
import org.jixiao.domain.budget.PaceWarning;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.money.Rate;

/**
 * The budget arithmetic of a year as of a date, without a database: figures per line, sums up the tree, the
 * split by level, the reconciliation of the sums and the checkpoints. Every sum is taken from the lines by its
 * own key, so a line misfiled (say, development spending without a level) shows up as a mismatch.
 */
final class BudgetCalculator {

  private final int year;
  private final LocalDate asOf;
  private final Thresholds thresholds;

  BudgetCalculator(int year, LocalDate asOf, Thresholds thresholds) {
    this.year = year;
    this.asOf = asOf;
    this.thresholds = thresholds;
  }

  /** The figures of one line. */
  BudgetFigures figuresOf(LineInput line) {
    return Sum.ofLine(line, asOf, year).figures(thresholds);
  }

  /** The whole tree: total → group → category → (fund →) line. */
  Result compute(List<LineInput> lines) {
    Sum total = new Sum();
    Map<BudgetGroup, Node> groups = new EnumMap<>(BudgetGroup.class);
    Map<BudgetCategory, Node> categories = new EnumMap<>(BudgetCategory.class);
    Map<String, Node> funds = new LinkedHashMap<>();
    Map<BudgetLevel, Sum> levels = new EnumMap<>(BudgetLevel.class);
    Sum levelled = new Sum();
    Sum funded = new Sum();
    List<BudgetLineView> views = new ArrayList<>(lines.size());
    Map<Long, BudgetRow> lineRows = new LinkedHashMap<>();

    for (LineInput line : lines) {
      Sum lineSum = Sum.ofLine(line, asOf, year);
      BudgetFigures figures = lineSum.figures(thresholds);
      BudgetLineView view = line.view(figures);
      views.add(view);
      BudgetRow row = new BudgetRow(BudgetRowKind.LINE, line.code(), line.name(), figures, view, List.of());
      lineRows.put(line.id(), row);

      total.add(lineSum);
      groups.computeIfAbsent(line.category().group(), g -> new Node()).sum.add(lineSum);
      Node category = categories.computeIfAbsent(line.category(), c -> new Node());
      category.sum.add(lineSum);
      if (line.category() == BudgetCategory.SPECIAL_FUND && line.fundCode() != null) {
        Node fund = funds.computeIfAbsent(line.fundCode(), f -> new Node());
        fund.name = line.fundName();
        fund.sum.add(lineSum);
        fund.children.add(row);
        funded.add(lineSum);
      } else {
        category.children.add(row);
      }
      if (line.level() != null) {
        levels.computeIfAbsent(line.level(), l -> new Sum()).add(lineSum);
        levelled.add(lineSum);
      }
    }

    List<BudgetRow> groupRows = new ArrayList<>();
    for (BudgetGroup group : BudgetGroup.values()) {
      List<BudgetRow> categoryRows = new ArrayList<>();
      for (BudgetCategory category : BudgetCategory.values()) {
        if (category.group() != group) {
          continue;
        }
        Node node = categories.getOrDefault(category, new Node());
        List<BudgetRow> children = new ArrayList<>();
        if (category == BudgetCategory.SPECIAL_FUND) {
          funds.forEach(
              (code, fund) ->
                  children.add(
                      new BudgetRow(BudgetRowKind.FUND, code, fund.name, fund.sum.figures(thresholds), null,
                          List.copyOf(fund.children))));
        }
        children.addAll(node.children);
        categoryRows.add(
            new BudgetRow(BudgetRowKind.CATEGORY, category.name(), null, node.sum.figures(thresholds), null,
                List.copyOf(children)));
      }
      Node node = groups.getOrDefault(group, new Node());
      groupRows.add(
          new BudgetRow(BudgetRowKind.GROUP, group.name(), null, node.sum.figures(thresholds), null,
              List.copyOf(categoryRows)));
    }
    BudgetRow totalRow =
        new BudgetRow(BudgetRowKind.TOTAL, "TOTAL", null, total.figures(thresholds), null, List.copyOf(groupRows));

    List<BudgetRow> levelRows = new ArrayList<>();
    for (BudgetLevel level : BudgetLevel.values()) {
      levelRows.add(
          new BudgetRow(BudgetRowKind.LEVEL, level.name(), null,
              levels.getOrDefault(level, new Sum()).figures(thresholds), null, List.of()));
    }

    List<Reconciliation> mismatches = new ArrayList<>();
    Sum groupTotal = new Sum();
    groups.values().forEach(g -> groupTotal.add(g.sum));
    Sum development = groups.getOrDefault(BudgetGroup.DEVELOPMENT, new Node()).sum;
    Sum special = categories.getOrDefault(BudgetCategory.SPECIAL_FUND, new Node()).sum;
    check(mismatches, "budget.check.totalByGroup", total, groupTotal);
    check(mismatches, "budget.check.developmentByLevel", development, levelled);
    check(mismatches, "budget.check.specialFundByFund", special, funded);
    // kept and shared across requests (ResultCache): unmodifiable
    return new Result(totalRow, List.copyOf(levelRows), List.copyOf(views), List.copyOf(mismatches));
  }

  /** Execution of the whole department at each checkpoint against the pace by then. */
  List<CheckpointFigures> checkpoints(List<LineInput> lines, List<LocalDate> dates) {
    List<CheckpointFigures> result = new ArrayList<>();
    for (LocalDate date : dates) {
      Sum sum = new Sum();
      lines.forEach(l -> sum.add(Sum.ofLine(l, date, year)));
      BudgetFigures figures = sum.figures(thresholds);
      result.add(
          new CheckpointFigures(date, figures.executionRate(), figures.expectedRate(), figures.warning(),
              !date.isAfter(asOf)));
    }
    return List.copyOf(result);
  }

  /** A line's twelve months: executed, cumulative executed and the pace's cumulative expectation. */
  List<MonthFigures> months(LineInput line) {
    List<MonthFigures> months = new ArrayList<>(12);
    Money cumulative = Money.ZERO;
    for (int m = 1; m <= 12; m++) {
      Money executed = orZero(line.executedByMonth()[m - 1]);
      cumulative = cumulative.plus(executed);
      LocalDate endOfMonth = YearMonth.of(year, m).atEndOfMonth();
      months.add(
          new MonthFigures(m, executed, cumulative,
              Pace.expectedBy(year, endOfMonth, line.budget(), line.plannedByMonth()),
              line.plannedByMonth() == null ? null : orZero(line.plannedByMonth()[m - 1])));
    }
    return List.copyOf(months);
  }

  /**
   * The months of many lines together: sums of executed and of the pace's expectation at each month end.
   * Lines paced by the calendar share one factor per month, so their budgets are summed first (one product
   * per month instead of one per line; the chart's pace may then differ from the sum of rounded line paces by
   * a few cents); planned lines are paced one by one.
   */
  List<MonthFigures> months(List<LineInput> lines) {
    Money[] executed = new Money[12];
    Money[] expected = new Money[12];
    Arrays.fill(executed, Money.ZERO);
    Arrays.fill(expected, Money.ZERO);
    Money calendarPaced = Money.ZERO;
    for (LineInput line : lines) {
      for (int m = 1; m <= 12; m++) {
        executed[m - 1] = executed[m - 1].plus(orZero(line.executedByMonth()[m - 1]));
      }
      if (line.plannedByMonth() == null) {
        calendarPaced = calendarPaced.plus(line.budget());
      } else {
        for (int m = 1; m <= 12; m++) {
          expected[m - 1] =
              expected[m - 1].plus(
                  Pace.expectedBy(year, YearMonth.of(year, m).atEndOfMonth(), line.budget(), line.plannedByMonth()));
        }
      }
    }
    List<MonthFigures> months = new ArrayList<>(12);
    Money cumulative = Money.ZERO;
    for (int m = 1; m <= 12; m++) {
      cumulative = cumulative.plus(executed[m - 1]);
      Money pace =
          expected[m - 1].plus(Pace.expectedBy(year, YearMonth.of(year, m).atEndOfMonth(), calendarPaced, null));
      months.add(new MonthFigures(m, executed[m - 1], cumulative, pace, null));
    }
    return List.copyOf(months);
  }

  private static void check(List<Reconciliation> mismatches, String key, Sum expected, Sum actual) {
    if (!expected.budget.equals(actual.budget)) {
      mismatches.add(new Reconciliation(key + ".budget", expected.budget, actual.budget));
    }
    if (!expected.executed.equals(actual.executed)) {
      mismatches.add(new Reconciliation(key + ".executed", expected.executed, actual.executed));
    }
  }

  static Money orZero(Money m) {
    return m == null ? Money.ZERO : m;
  }

  record Result(BudgetRow total, List<BudgetRow> levels, List<BudgetLineView> lines, List<Reconciliation> mismatches) {}

  private static final class Node {
    final Sum sum = new Sum();
    final List<BudgetRow> children = new ArrayList<>();
    String name;
  }

  /** Sums of lines' amounts; rates and the warning come from the sums, never from averaging rates. */
  private static final class Sum {
    Money initial = Money.ZERO;
    Money budget = Money.ZERO;
    Money executed = Money.ZERO;
    Money expected = Money.ZERO;
    Money committed = Money.ZERO;
    Money carryOver = Money.ZERO;

    static Sum ofLine(LineInput line, LocalDate asOf, int year) {
      Sum sum = new Sum();
      int counted = Pace.monthsCounted(year, asOf);
      Money spent = Money.ZERO;
      for (int m = 0; m < counted; m++) {
        spent = spent.plus(orZero(line.executedByMonth()[m]));
      }
      sum.initial = line.initialBudget();
      sum.budget = line.budget();
      sum.executed = spent;
      sum.expected = Pace.expectedBy(year, asOf, line.budget(), line.plannedByMonth());
      sum.committed = orZero(line.committed());
      sum.carryOver = line.carryOver();
      return sum;
    }

    void add(Sum other) {
      initial = initial.plus(other.initial);
      budget = budget.plus(other.budget);
      executed = executed.plus(other.executed);
      expected = expected.plus(other.expected);
      committed = committed.plus(other.committed);
      carryOver = carryOver.plus(other.carryOver);
    }

    BudgetFigures figures(Thresholds thresholds) {
      Rate rate = budget.isZero() ? null : Rate.of(executed, budget);
      Rate expectedRate = budget.isZero() ? null : Rate.of(expected, budget);
      PaceWarning warning = rate == null ? PaceWarning.GREEN : thresholds.warningFor(rate, expectedRate);
      Money available = budget.minus(executed).minus(committed).minus(carryOver);
      return new BudgetFigures(initial, budget, executed, rate, expected, expectedRate, warning, committed,
          available, carryOver);
    }
  }
}
