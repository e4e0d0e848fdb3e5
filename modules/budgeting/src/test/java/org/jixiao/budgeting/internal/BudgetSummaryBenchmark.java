package org.jixiao.budgeting.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jixiao.budgeting.api.CheckpointFigures;
import org.jixiao.budgeting.api.MonthFigures;
import org.jixiao.domain.budget.BudgetCategory;
import org.jixiao.domain.budget.BudgetLevel;
import org.jixiao.domain.budget.BudgetWarningRule;
import org.jixiao.domain.budget.BudgetWarningRule.Thresholds;
import org.jixiao.domain.money.Money;

/**
 * How long the budget overview's arithmetic takes for a large year: 5,000 lines × 12 months, generated
 * deterministically (fixed seed), computed as of 2023-09-30 with the four quarterly checkpoints of 双监控.
 * Not a unit test: run {@code bench/budget-summary.sh}. The requirement is under 200 ms per computation.
 *
 * <p>Arguments (optional): the summary file (default {@code target/bench/budget-summary.txt}), the line count,
 * warm-up runs and measured runs.
 */
public final class BudgetSummaryBenchmark {

  static final long SEED = 20230930L;
  static final int YEAR = 2023;
  static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);
  static final List<LocalDate> CHECKPOINTS =
      List.of(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 9, 30),
          LocalDate.of(2023, 12, 31));
  static final double REQUIREMENT_MS = 200.0;
  private static final BigDecimal TWELFTH = BigDecimal.ONE.divide(BigDecimal.valueOf(12), 12, RoundingMode.HALF_UP);

  private BudgetSummaryBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench/budget-summary.txt");
    int lineCount = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 50;

    List<LineInput> lines = generate(lineCount, new Random(SEED));
    Thresholds thresholds = BudgetWarningRule.defaults();

    long sink = 0;
    for (int i = 0; i < warmUps; i++) {
      sink += runOnce(lines, thresholds);
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      sink += runOnce(lines, thresholds);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);

    BudgetCalculator.Result result = new BudgetCalculator(YEAR, AS_OF, thresholds).compute(lines);
    String summary = summary(lines, result, nanos, warmUps, sink);
    System.out.print(summary);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, summary, StandardCharsets.UTF_8);
    System.out.println("written to " + out.toAbsolutePath().normalize());
  }

  /** One overview's worth of arithmetic; returns something derived from the result so nothing is skipped. */
  private static long runOnce(List<LineInput> lines, Thresholds thresholds) {
    BudgetCalculator calculator = new BudgetCalculator(YEAR, AS_OF, thresholds);
    BudgetCalculator.Result result = calculator.compute(lines);
    List<CheckpointFigures> checkpoints = calculator.checkpoints(lines, CHECKPOINTS);
    List<MonthFigures> months = calculator.months(lines);
    return result.total().figures().executed().amount().unscaledValue().longValue()
        + result.lines().size()
        + checkpoints.size()
        + months.size();
  }

  /**
   * A year of {@code count} lines: about 8% basic and 12% project expenditure, 55% special-fund lines over 40
   * funds and 25% other development; development split 60/40 between city level and transfers. About a
   * fifth of the lines have a monthly plan (transfers in three tranches, others spread over the year), a
   * quarter have commitments, some carried money over. Months are paid at a random share of the plan or
   * the even pace, so the warnings vary.
   */
  static List<LineInput> generate(int count, Random random) {
    List<LineInput> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double kind = random.nextDouble();
      BudgetCategory category =
          kind < 0.08 ? BudgetCategory.BASIC_EXPENDITURE
              : kind < 0.20 ? BudgetCategory.PROJECT_EXPENDITURE
              : kind < 0.75 ? BudgetCategory.SPECIAL_FUND
              : BudgetCategory.OTHER_DEVELOPMENT;
      BudgetLevel level =
          category.hasLevel()
              ? (random.nextDouble() < 0.6 ? BudgetLevel.CITY_LEVEL : BudgetLevel.TRANSFER_TO_LOWER)
              : null;
      String fundCode = null;
      String fundName = null;
      if (category.needsFund()) {
        int fund = random.nextInt(40);
        fundCode = String.format(Locale.ROOT, "F%02d", fund);
        fundName = "专项资金 " + fundCode;
      }
      Money budget = cents(random, 100, 200_000); // 1.00 … 2,000.00 万元: a year of about 500 亿元
      Money carryOver = Money.ZERO;

      Money[] plan = null;
      boolean planned = random.nextDouble() < (level == BudgetLevel.TRANSFER_TO_LOWER ? 0.7 : 0.1);
      if (planned) {
        plan = level == BudgetLevel.TRANSFER_TO_LOWER ? tranches(budget) : spread(budget, random);
      }

      // pay each month a share of what the pace asks for, between 40% and 130% of it
      Money[] executed = new Money[12];
      Money paid = Money.ZERO;
      for (int m = 0; m < 12; m++) {
        Money due = plan != null ? orZero(plan[m]) : budget.times(TWELFTH);
        Money amount = due.times(BigDecimal.valueOf(40 + random.nextInt(91), 2));
        if (paid.plus(amount).compareTo(budget) > 0) {
          amount = budget.minus(paid);
        }
        if (amount.isPositive()) {
          executed[m] = amount;
          paid = paid.plus(amount);
        }
      }
      if (random.nextDouble() < 0.05) {
        carryOver = budget.minus(paid).times(new BigDecimal("0.5"));
      }
      Money committed =
          random.nextDouble() < 0.25 ? budget.minus(paid).minus(carryOver).times(new BigDecimal("0.3")) : null;
      Money initial = budget.minus(carryOver);

      String code = String.format(Locale.ROOT, "%s%05d", category.name().charAt(0), i);
      lines.add(
          new LineInput(
              i + 1L, code, "预算项目 " + code, "d" + (i % 12), "处室 " + (i % 12), category, level, fundCode,
              fundName, initial, budget, carryOver, carryOver.isPositive() ? "结转下年" : null, null, 0L, executed,
              plan, committed));
    }
    return lines;
  }

  private static Money cents(Random random, int minCents, int maxCents) {
    return Money.of(BigDecimal.valueOf(minCents + random.nextInt(maxCents - minCents), 2));
  }

  private static Money[] tranches(Money budget) {
    Money[] plan = new Money[12];
    plan[5] = budget.times(new BigDecimal("0.4"));
    plan[8] = budget.times(new BigDecimal("0.3"));
    plan[11] = budget.minus(plan[5]).minus(plan[8]);
    return plan;
  }

  private static Money[] spread(Money budget, Random random) {
    int[] weights = new int[12];
    int total = 0;
    for (int m = 0; m < 12; m++) {
      weights[m] = 1 + random.nextInt(10);
      total += weights[m];
    }
    Money[] plan = new Money[12];
    Money planned = Money.ZERO;
    for (int m = 0; m < 11; m++) {
      plan[m] = budget.times(BigDecimal.valueOf(weights[m]).divide(BigDecimal.valueOf(total), 12,
          RoundingMode.DOWN));
      planned = planned.plus(plan[m]);
    }
    plan[11] = budget.minus(planned);
    return plan;
  }

  private static Money orZero(Money m) {
    return m == null ? Money.ZERO : m;
  }

  private static String summary(
      List<LineInput> lines, BudgetCalculator.Result result, long[] sortedNanos, int warmUps, long sink) {
    int runs = sortedNanos.length;
    double min = ms(sortedNanos[0]);
    double median =
        runs % 2 == 1 ? ms(sortedNanos[runs / 2]) : (ms(sortedNanos[runs / 2 - 1]) + ms(sortedNanos[runs / 2])) / 2;
    double p95 = ms(sortedNanos[Math.min(runs - 1, (int) Math.ceil(0.95 * runs) - 1)]);
    double max = ms(sortedNanos[runs - 1]);
    long planned = lines.stream().filter(l -> l.plannedByMonth() != null).count();
    long committed = lines.stream().filter(l -> l.committed() != null).count();
    StringBuilder s = new StringBuilder();
    s.append("Budget summary benchmark: BudgetCalculator.compute + months + checkpoints(")
        .append(CHECKPOINTS.size()).append(" dates), as of ").append(AS_OF).append('\n');
    s.append(String.format(Locale.ROOT, "lines: %d (× 12 months; %d with a plan, %d with commitments), seed %d%n",
        lines.size(), planned, committed, SEED));
    s.append(String.format(Locale.ROOT, "runs: %d measured after %d warm-up%n", runs, warmUps));
    s.append(String.format(Locale.ROOT, "min %.2f ms | median %.2f ms | p95 %.2f ms | max %.2f ms%n",
        min, median, p95, max));
    s.append(String.format(Locale.ROOT, "total budget %s, executed %s (%s), mismatches %d%n",
        result.total().figures().budget(), result.total().figures().executed(),
        result.total().figures().executionRate(), result.mismatches().size()));
    s.append(String.format(Locale.ROOT, "requirement: < %.0f ms -> %s (p95)%n", REQUIREMENT_MS,
        p95 < REQUIREMENT_MS ? "met" : "NOT met"));
    s.append(String.format(Locale.ROOT, "java %s, %d cpus (checksum %d)%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), sink & 0xffff));
    return s.toString();
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
