package org.jixiao.budgeting.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.budgeting.api.BudgetRow;
import org.jixiao.budgeting.api.BudgetRowKind;
import org.jixiao.domain.budget.BudgetCategory;
import org.jixiao.domain.budget.BudgetGroup;
import org.jixiao.domain.budget.BudgetLevel;
import org.jixiao.domain.budget.BudgetWarningRule;
import org.jixiao.domain.calendar.SpecialDay;
import org.jixiao.domain.calendar.WorkingCalendar;
import org.jixiao.domain.evaluation.EvaluationFramework;
import org.jixiao.domain.evaluation.EvaluationScoring;
import org.jixiao.domain.evaluation.FrameworkBlock;
import org.jixiao.domain.evaluation.ItemSource;
import org.jixiao.domain.evaluation.Measure;
import org.jixiao.domain.evaluation.MeasureKind;
import org.jixiao.domain.indicators.IndicatorCategory;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorScore;
import org.jixiao.domain.indicators.IndicatorScoring;
import org.jixiao.domain.indicators.QualitativeGrade;
import org.jixiao.domain.indicators.ScoringSettings;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.organisation.Department;
import org.jixiao.domain.procurement.DeadlineCheck;
import org.jixiao.domain.procurement.ProcurementDeadlines;
import org.jixiao.domain.procurement.ProcurementScoring;
import org.jixiao.domain.year.FiscalYear;

/**
 * The full recompute of a city-scale year, timed: every department's evaluation measures from its data in
 * PostgreSQL, through the product's own rules — {@link BudgetCalculator} (budget execution rates of 部门预算 and of
 * the special funds, as {@code BudgetMeasures} takes them from the overview), {@link IndicatorScoring} (every
 * indicator's score, the 产出 and 效益 category scores and 专项资金绩效 as {@code Scoring} computes them),
 * {@link ProcurementDeadlines} and {@link ProcurementScoring} (采购管理 on the statutory working-day calendar) —
 * and the department's total and grade by {@link EvaluationScoring#evaluate} on the model framework. The data
 * come from {@code bench/city/generate.sql}; one run reads everything (six streamed queries, no query per
 * department) and computes. Not a unit test: run {@code bench/city-recompute.sh}. Requirement: under 1 s.
 *
 * <p>Arguments: JDBC URL, schemas (comma-separated, their runs interleaved), summary file, warm-up runs, measured runs, threads (default: the cpus).
 */
public final class CityRecomputeBenchmark {

  static final int YEAR = 2025;
  static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 31);
  static final ScoringSettings SETTINGS = ScoringSettings.GUANGZHOU_DEFAULTS;
  static final double REQUIREMENT_MS = 1_000.0;

  private CityRecomputeBenchmark() {}

  record IndicatorRow(IndicatorCategory category, String fundCode, IndicatorScoring.Figures figures) {}

  /** A department's data as read: what the rules need and nothing else. */
  static final class DepartmentData {
    final int id;
    final String code;
    final List<LineInput> lines = new ArrayList<>();
    final List<IndicatorRow> indicators = new ArrayList<>();
    final List<ProcurementDeadlines.Events> procurements = new ArrayList<>();

    DepartmentData(int id, String code) {
      this.id = id;
      this.code = code;
    }
  }

  /** A department's result: its six measures, total and grade. */
  record Outcome(String department, Map<MeasureKind, Measure> measures, EvaluationScoring.Result result) {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    List<String> schemas = List.of(args[1].split(","));
    Path out = Path.of(args[2]);
    int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 30;
    int threads = args.length > 5 ? Integer.parseInt(args[5]) : Runtime.getRuntime().availableProcessors();

    // the schemas' runs interleave (1×, 2×, 1×, 2× ...) in one JVM, so the machine's other load and the JIT's
    // state weigh on each data size alike and their ratio is fair
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Map<String, Connection> connections = new LinkedHashMap<>();
    try {
      for (String schema : schemas) {
        Connection db = DriverManager.getConnection(url, "postgres", "");
        db.setAutoCommit(false); // a cursor: rows streamed in batches, not all held by the driver
        db.setReadOnly(true);
        try (Statement st = db.createStatement()) {
          st.execute("SET search_path TO " + schema);
        }
        connections.put(schema, db);
      }
      long sink = 0;
      for (int i = 0; i < warmUps; i++) {
        for (Connection db : connections.values()) {
          sink += checksum(recompute(db, pool));
        }
      }
      Map<String, long[]> nanos = new LinkedHashMap<>();
      Map<String, long[]> readNanos = new LinkedHashMap<>();
      Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();
      for (String schema : schemas) {
        nanos.put(schema, new long[runs]);
        readNanos.put(schema, new long[runs]);
      }
      for (int i = 0; i < runs; i++) {
        for (String schema : schemas) {
          long start = System.nanoTime();
          Timed timed = recomputeTimed(connections.get(schema), pool);
          nanos.get(schema)[i] = System.nanoTime() - start;
          readNanos.get(schema)[i] = timed.readNanos;
          outcomes.put(schema, timed.outcomes);
          sink += checksum(timed.outcomes);
        }
      }
      StringBuilder summary = new StringBuilder();
      for (String schema : schemas) {
        summary.append(summary(schema, outcomes.get(schema), nanos.get(schema), readNanos.get(schema), warmUps,
            threads, sink));
      }
      System.out.print(summary);
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, summary, StandardCharsets.UTF_8);
    } finally {
      pool.shutdownNow();
      for (Connection db : connections.values()) {
        db.close();
      }
    }
  }

  record Timed(List<Outcome> outcomes, long readNanos) {}

  static List<Outcome> recompute(Connection db, ExecutorService pool) throws Exception {
    return recomputeTimed(db, pool).outcomes;
  }

  /** One full recompute: read the year (six queries), then every department's evaluation, spread over the pool. */
  static Timed recomputeTimed(Connection db, ExecutorService pool) throws Exception {
    long start = System.nanoTime();
    WorkingCalendar calendar = calendar(db);
    Map<Integer, DepartmentData> departments = read(db);
    long read = System.nanoTime() - start;
    List<Future<Outcome>> futures = new ArrayList<>();
    for (DepartmentData d : departments.values()) {
      futures.add(pool.submit(() -> evaluate(d, calendar)));
    }
    List<Outcome> outcomes = new ArrayList<>(futures.size());
    for (Future<Outcome> f : futures) {
      outcomes.add(f.get());
    }
    db.commit();
    return new Timed(outcomes, read);
  }

  // --- reading ------------------------------------------------------------------------------------------------

  static WorkingCalendar calendar(Connection db) throws SQLException {
    List<Integer> covered = new ArrayList<>();
    List<SpecialDay> days = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT notice_year, day, name, off_day FROM special_day ORDER BY day")) {
      while (rs.next()) {
        int notice = rs.getInt(1);
        if (!covered.contains(notice)) {
          covered.add(notice);
        }
        days.add(new SpecialDay(notice, rs.getDate(2).toLocalDate(), rs.getString(3), rs.getBoolean(4)));
      }
    }
    return new WorkingCalendar(covered, days);
  }

  static Map<Integer, DepartmentData> read(Connection db) throws SQLException {
    Map<Integer, DepartmentData> departments = new LinkedHashMap<>();
    try (Statement st = db.createStatement()) {
      st.setFetchSize(10_000);
      try (ResultSet rs = st.executeQuery("SELECT id, code FROM department ORDER BY id")) {
        while (rs.next()) {
          departments.put(rs.getInt(1), new DepartmentData(rs.getInt(1), rs.getString(2)));
        }
      }
      Map<Long, Money[]> executed = new HashMap<>();
      try (ResultSet rs = st.executeQuery("SELECT budget_line_id, month_no, amount FROM budget_execution")) {
        while (rs.next()) {
          executed.computeIfAbsent(rs.getLong(1), id -> new Money[12])[rs.getInt(2) - 1] = Money.of(rs.getBigDecimal(3));
        }
      }
      Map<Long, Money[]> planned = new HashMap<>();
      try (ResultSet rs = st.executeQuery("SELECT budget_line_id, month_no, amount FROM budget_plan")) {
        while (rs.next()) {
          planned.computeIfAbsent(rs.getLong(1), id -> new Money[12])[rs.getInt(2) - 1] = Money.of(rs.getBigDecimal(3));
        }
      }
      try (ResultSet rs = st.executeQuery(
          "SELECT id, department_id, code, name, division_code, category, budget_level, fund_code, initial_budget,"
              + " full_year_budget, carry_over, carry_over_reason, committed FROM budget_line ORDER BY id")) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String level = rs.getString(7);
          String fund = rs.getString(8);
          BigDecimal committed = rs.getBigDecimal(13);
          departments.get(rs.getInt(2)).lines.add(new LineInput(id, rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(5), BudgetCategory.valueOf(rs.getString(6)),
              level == null ? null : BudgetLevel.valueOf(level), fund, fund == null ? null : "专项资金 " + fund,
              Money.of(rs.getBigDecimal(9)), Money.of(rs.getBigDecimal(10)), Money.of(rs.getBigDecimal(11)),
              rs.getString(12), null, 0L, executed.getOrDefault(id, new Money[12]), planned.get(id),
              committed == null ? null : Money.of(committed)));
        }
      }
      try (ResultSet rs = st.executeQuery(
          "SELECT department_id, category, kind, target, target_text, weight, actual, grade, grade_percent, fund_code"
              + " FROM indicator ORDER BY id")) {
        while (rs.next()) {
          String grade = rs.getString(8);
          departments.get(rs.getInt(1)).indicators.add(new IndicatorRow(IndicatorCategory.valueOf(rs.getString(2)),
              rs.getString(10), new IndicatorScoring.Figures(IndicatorKind.valueOf(rs.getString(3)),
                  rs.getBigDecimal(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                  grade == null ? null : QualitativeGrade.valueOf(grade), rs.getBigDecimal(9))));
        }
      }
      try (ResultSet rs = st.executeQuery(
          "SELECT department_id, budget_approved, intention_published, procurement_started, award_notice,"
              + " contract_signed, contract_announced, contract_filed FROM procurement ORDER BY id")) {
        while (rs.next()) {
          departments.get(rs.getInt(1)).procurements.add(new ProcurementDeadlines.Events(date(rs, 2), date(rs, 3),
              date(rs, 4), date(rs, 5), date(rs, 6), date(rs, 7), date(rs, 8)));
        }
      }
    }
    return departments;
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  // --- one department's evaluation ----------------------------------------------------------------------------

  static Outcome evaluate(DepartmentData d, WorkingCalendar calendar) {
    Map<MeasureKind, Measure> measures = new EnumMap<>(MeasureKind.class);

    // budget: the year-end overview's tree, its 部门预算 group and special-fund category rates
    BudgetCalculator.Result budget = new BudgetCalculator(YEAR, YEAR_END, BudgetWarningRule.defaults()).compute(d.lines);
    measures.put(MeasureKind.DEPARTMENT_BUDGET_RATE, rate(MeasureKind.DEPARTMENT_BUDGET_RATE,
        find(budget.total(), BudgetRowKind.GROUP, BudgetGroup.DEPARTMENT_BUDGET.name())));
    measures.put(MeasureKind.SPECIAL_FUNDS_RATE, rate(MeasureKind.SPECIAL_FUNDS_RATE,
        find(budget.total(), BudgetRowKind.CATEGORY, BudgetCategory.SPECIAL_FUND.name())));

    // indicators: each scored; 产出 and 效益 over the department's own indicators; the funds' by their budgets
    Map<IndicatorCategory, List<BigDecimal>> scores = new EnumMap<>(IndicatorCategory.class);
    Map<IndicatorCategory, List<BigDecimal>> weights = new EnumMap<>(IndicatorCategory.class);
    Map<String, BigDecimal[]> funds = new LinkedHashMap<>();
    for (IndicatorRow i : d.indicators) {
      IndicatorScore s = IndicatorScoring.score(i.figures(), SETTINGS);
      if (i.fundCode() == null) {
        scores.computeIfAbsent(i.category(), c -> new ArrayList<>()).add(s.score());
        weights.computeIfAbsent(i.category(), c -> new ArrayList<>()).add(i.figures().weight());
      } else if (i.category() != IndicatorCategory.SATISFACTION) {
        BigDecimal[] sums = funds.computeIfAbsent(i.fundCode(), f -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(s.score());
        sums[1] = sums[1].add(i.figures().weight());
      }
    }
    for (IndicatorCategory category : List.of(IndicatorCategory.OUTPUT, IndicatorCategory.BENEFIT)) {
      IndicatorScoring.CategoryScore c = IndicatorScoring.categoryScore("IndicatorCategory." + category.name(),
          scores.getOrDefault(category, List.of()), weights.getOrDefault(category, List.of()),
          SETTINGS.pointsOf(category), SETTINGS);
      MeasureKind kind = category == IndicatorCategory.OUTPUT ? MeasureKind.OUTPUT_SCORE : MeasureKind.BENEFIT_SCORE;
      measures.put(kind, new Measure(kind, c.score(), c.points(), c.trace(), List.of(), List.of()));
    }
    Map<String, Money> fundBudgets = new HashMap<>();
    for (LineInput line : d.lines) {
      if (line.fundCode() != null) {
        fundBudgets.merge(line.fundCode(), line.budget(), Money::plus);
      }
    }
    List<IndicatorScoring.FundFigures> fundFigures = new ArrayList<>();
    funds.forEach((code, s) -> fundFigures.add(new IndicatorScoring.FundFigures(code, "专项资金 " + code, s[0], s[1],
        fundBudgets.getOrDefault(code, Money.ZERO))));
    IndicatorScoring.FundsScore fundsScore = IndicatorScoring.fundsScore(fundFigures, SETTINGS);
    measures.put(MeasureKind.SPECIAL_FUNDS_SCORE, new Measure(MeasureKind.SPECIAL_FUNDS_SCORE, fundsScore.score(),
        fundsScore.points(), fundsScore.trace(), List.of(), List.of()));

    // procurement: every record's statutory deadlines as of the year end, then 采购管理
    List<List<DeadlineCheck>> checks = new ArrayList<>(d.procurements.size());
    for (ProcurementDeadlines.Events e : d.procurements) {
      checks.add(ProcurementDeadlines.check(e, ProcurementDeadlines.Lengths.DEFAULTS, calendar, YEAR_END));
    }
    ProcurementScoring.Score procurement = ProcurementScoring.score(checks, ProcurementScoring.Points.DEFAULTS);
    measures.put(MeasureKind.PROCUREMENT_SCORE, new Measure(MeasureKind.PROCUREMENT_SCORE, procurement.score(),
        procurement.points(), procurement.trace(), List.of(), List.of()));

    return new Outcome(d.code, measures, EvaluationScoring.evaluate(FRAMEWORK, measures, CONSENSUS));
  }

  private static Measure rate(MeasureKind kind, BudgetRow row) {
    BigDecimal percent = row == null || row.figures().executionRate() == null ? BigDecimal.ZERO
        : row.figures().executionRate().percent();
    return new Measure(kind, percent, new BigDecimal("100"), List.of(TraceStep.of("evaluation.trace.execution",
        kind.name(), row == null ? "0" : row.figures().budget().toString(),
        row == null ? "0" : row.figures().executed().toString(), percent.toPlainString())), List.of(), List.of());
  }

  private static BudgetRow find(BudgetRow row, BudgetRowKind kind, String key) {
    if (row.kind() == kind && row.key().equals(key)) {
      return row;
    }
    for (BudgetRow child : row.children()) {
      BudgetRow found = find(child, kind, key);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The model framework of the 2023 self-evaluation (items and weights as the seeded year has them). */
  static final List<org.jixiao.domain.evaluation.FrameworkItem> FRAMEWORK;
  static final Map<String, EvaluationScoring.Agreed> CONSENSUS = new HashMap<>();

  static {
    EvaluationFramework f = new EvaluationFramework(
        new FiscalYear(new Department("city", "市直部门"), YEAR), "leader1", List.of("leader1", "leader2", "leader3"));
    f.addItem("A1", FrameworkBlock.OVERALL_EFFECTIVENESS, "产出指标完成情况", d("10"), ItemSource.OUTPUT_INDICATORS, null);
    f.addItem("A2", FrameworkBlock.OVERALL_EFFECTIVENESS, "效益指标完成情况", d("10"), ItemSource.BENEFIT_INDICATORS, null);
    f.addItem("A3", FrameworkBlock.OVERALL_EFFECTIVENESS, "部门预算资金支出率", d("5"), ItemSource.DEPARTMENT_BUDGET_RATE,
        d("90"));
    f.addItem("B1", FrameworkBlock.SPECIAL_EFFECTIVENESS, "专项资金绩效完成情况", d("20"),
        ItemSource.SPECIAL_FUNDS_PERFORMANCE, null);
    f.addItem("B2", FrameworkBlock.SPECIAL_EFFECTIVENESS, "专项资金支出率", d("5"), ItemSource.SPECIAL_FUNDS_RATE, null);
    f.addItem("C1", FrameworkBlock.MANAGEMENT_EFFICIENCY, "预算编制", d("3"), ItemSource.LEADERSHIP, null);
    f.addItem("C2", FrameworkBlock.MANAGEMENT_EFFICIENCY, "预算执行", d("4"), ItemSource.LEADERSHIP, null);
    f.addItem("C3", FrameworkBlock.MANAGEMENT_EFFICIENCY, "信息公开", d("4"), ItemSource.LEADERSHIP, null);
    f.addItem("C4", FrameworkBlock.MANAGEMENT_EFFICIENCY, "绩效管理", d("15"), ItemSource.LEADERSHIP, null);
    f.addItem("C5", FrameworkBlock.MANAGEMENT_EFFICIENCY, "采购管理", d("10"), ItemSource.PROCUREMENT, null);
    f.addItem("C6", FrameworkBlock.MANAGEMENT_EFFICIENCY, "资产管理", d("10"), ItemSource.LEADERSHIP, null);
    f.addItem("C7", FrameworkBlock.MANAGEMENT_EFFICIENCY, "运行成本", d("4"), ItemSource.LEADERSHIP, null);
    FRAMEWORK = f.items();
    for (String[] c : new String[][] {{"C1", "3"}, {"C2", "3.5"}, {"C3", "4"}, {"C4", "13"}, {"C6", "9"}, {"C7", "4"}}) {
      CONSENSUS.put(c[0], new EvaluationScoring.Agreed(d(c[1]), null));
    }
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  // --- summary ------------------------------------------------------------------------------------------------

  static long checksum(List<Outcome> outcomes) {
    long sum = 0;
    for (Outcome o : outcomes) {
      sum += o.result().total().unscaledValue().longValue();
    }
    return sum;
  }

  private static String summary(String schema, List<Outcome> outcomes, long[] nanos, long[] readNanos, int warmUps,
      int threads, long sink) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    long[] reads = readNanos.clone();
    Arrays.sort(reads);
    int runs = sorted.length;
    double median = ms(sorted[runs / 2]);
    double p95 = ms(sorted[Math.min(runs - 1, (int) Math.ceil(0.95 * runs) - 1)]);
    Map<String, Integer> grades = new java.util.TreeMap<>();
    BigDecimal totals = BigDecimal.ZERO;
    for (Outcome o : outcomes) {
      grades.merge(o.result().grade().name(), 1, Integer::sum);
      totals = totals.add(o.result().total());
    }
    StringBuilder s = new StringBuilder();
    s.append("City recompute (schema ").append(schema).append("): every department's six measures and evaluation"
        + " through BudgetCalculator, IndicatorScoring, ProcurementDeadlines/ProcurementScoring, EvaluationScoring\n");
    s.append(String.format(Locale.ROOT, "departments: %d, %d threads; runs: %d measured after %d warm-up%n",
        outcomes.size(), threads, runs, warmUps));
    s.append(String.format(Locale.ROOT,
        "full recompute: min %.1f ms | median %.1f ms | p95 %.1f ms | max %.1f ms (of it reading: median %.1f ms)%n",
        ms(sorted[0]), median, p95, ms(sorted[runs - 1]), ms(reads[runs / 2])));
    s.append(String.format(Locale.ROOT, "median-ms %s %.1f%n", schema, median));
    s.append(String.format(Locale.ROOT, "grades %s, mean total %s%n", grades,
        totals.divide(BigDecimal.valueOf(Math.max(1, outcomes.size())), 2, java.math.RoundingMode.HALF_UP)));
    Outcome first = outcomes.get(0);
    s.append("first department ").append(first.department()).append(": total ").append(first.result().total())
        .append(' ').append(first.result().grade()).append(", measures ");
    first.measures().forEach((k, m) -> s.append(k.name()).append('=').append(m.value().toPlainString()).append(' '));
    s.append('\n');
    s.append(String.format(Locale.ROOT, "requirement: < %.0f ms -> %s (median)%n", REQUIREMENT_MS,
        median < REQUIREMENT_MS ? "met" : "NOT met"));
    s.append(String.format(Locale.ROOT, "java %s, %d cpus (checksum %d)%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), sink & 0xffff));
    return s.toString();
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
