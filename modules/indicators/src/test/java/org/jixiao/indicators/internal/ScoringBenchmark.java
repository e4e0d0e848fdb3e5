package org.jixiao.indicators.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jixiao.domain.indicators.IndicatorCategory;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorScore;
import org.jixiao.domain.indicators.IndicatorScoring;
import org.jixiao.domain.indicators.IndicatorScoring.CategoryScore;
import org.jixiao.domain.indicators.IndicatorScoring.Figures;
import org.jixiao.domain.indicators.QualitativeGrade;
import org.jixiao.domain.indicators.ScoringSettings;

/**
 * How long scoring a city's indicators takes: 60 departments × 400 indicators (24,000), generated
 * deterministically (fixed seed) with every kind and every rule's outcome, each scored by
 * {@link IndicatorScoring#score} with its trace, then each department's 产出, 效益 and 满意度 categories by
 * {@link IndicatorScoring#categoryScore}. Not a unit test: run {@code bench/indicator-scoring.sh}. The
 * requirement is under 1 s for all 24,000 indicators.
 *
 * <p>Arguments (optional): the summary file (default {@code target/bench/indicator-scoring.txt}), departments,
 * indicators per department, warm-up runs and measured runs.
 */
public final class ScoringBenchmark {

  static final long SEED = 20231231L;
  static final double REQUIREMENT_MS = 1_000.0;
  static final ScoringSettings SETTINGS = ScoringSettings.GUANGZHOU_DEFAULTS;
  private static final String[] DIRECTION_TEXTS = {"较去年同期下降", "较去年同期上升"};

  private ScoringBenchmark() {}

  /** An indicator of a department: what the scorer needs and where its score counts. */
  record Item(IndicatorCategory category, Figures figures) {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench/indicator-scoring.txt");
    int departments = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int perDepartment = args.length > 2 ? Integer.parseInt(args[2]) : 400;
    int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 30;

    List<List<Item>> city = generate(departments, perDepartment, new Random(SEED));

    long sink = 0;
    for (int i = 0; i < warmUps; i++) {
      sink += runOnce(city).checksum;
    }
    long[] nanos = new long[runs];
    Tally tally = null;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      tally = runOnce(city);
      nanos[i] = System.nanoTime() - start;
      sink += tally.checksum;
    }
    long[] inOrder = nanos.clone();
    Arrays.sort(nanos);

    String summary = summary(city, tally, nanos, inOrder, warmUps, sink);
    System.out.print(summary);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, summary, StandardCharsets.UTF_8);
    System.out.println("written to " + out.toAbsolutePath().normalize());
  }

  /** What one run found, so nothing can be optimised away and the summary can say what was scored. */
  static final class Tally {
    final int[] byKind = new int[IndicatorKind.values().length];
    int overshoot;
    int belowTarget;
    int wrongDirection;
    int missing;
    int traceSteps;
    BigDecimal categoryTotal = BigDecimal.ZERO;
    long checksum;
  }

  /** Every indicator of every department scored, then each department's three categories. */
  static Tally runOnce(List<List<Item>> city) {
    Tally t = new Tally();
    for (List<Item> department : city) {
      Map<IndicatorCategory, List<BigDecimal>> scores = new EnumMap<>(IndicatorCategory.class);
      Map<IndicatorCategory, List<BigDecimal>> weights = new EnumMap<>(IndicatorCategory.class);
      for (Item item : department) {
        IndicatorScore s = IndicatorScoring.score(item.figures(), SETTINGS);
        scores.computeIfAbsent(item.category(), c -> new ArrayList<>()).add(s.score());
        weights.computeIfAbsent(item.category(), c -> new ArrayList<>()).add(item.figures().weight());
        t.byKind[item.figures().kind().ordinal()]++;
        t.overshoot += s.overshoot() ? 1 : 0;
        t.belowTarget += s.belowTarget() ? 1 : 0;
        t.wrongDirection += s.wrongDirection() ? 1 : 0;
        t.missing += s.missingActual() ? 1 : 0;
        t.traceSteps += s.trace().size();
      }
      for (IndicatorCategory category : IndicatorCategory.values()) {
        List<BigDecimal> w = weights.getOrDefault(category, List.of());
        BigDecimal points = SETTINGS.pointsOf(category);
        if (points == null) { // 满意度 is not a framework item: its own weights, as Scoring does
          points = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          if (points.signum() == 0) {
            points = BigDecimal.valueOf(100);
          }
        }
        CategoryScore c = IndicatorScoring.categoryScore("IndicatorCategory." + category.name(),
            scores.getOrDefault(category, List.of()), w, points, SETTINGS);
        t.categoryTotal = t.categoryTotal.add(c.score());
        t.traceSteps += c.trace().size();
      }
    }
    t.checksum = t.categoryTotal.unscaledValue().longValue() + t.traceSteps;
    return t;
  }

  /**
   * {@code departments} × {@code perDepartment} indicators: about 60% ≥, 5% =, 10% ≤, 10% qualitative and
   * 15% direction, 5% still without an actual. 45% 产出, 45% 效益, 10% 满意度; weights of 0.50–3.00 with two
   * decimals. Actuals land anywhere from 40% to 260% of the target, so the proportional, full and halved rules
   * (and the ≤ rule's linear and zero ranges) all occur; a few "=" indicators have a zero target.
   */
  static List<List<Item>> generate(int departments, int perDepartment, Random random) {
    List<List<Item>> city = new ArrayList<>(departments);
    for (int d = 0; d < departments; d++) {
      List<Item> department = new ArrayList<>(perDepartment);
      for (int i = 0; i < perDepartment; i++) {
        double c = random.nextDouble();
        IndicatorCategory category =
            c < 0.45 ? IndicatorCategory.OUTPUT : c < 0.90 ? IndicatorCategory.BENEFIT : IndicatorCategory.SATISFACTION;
        BigDecimal weight = BigDecimal.valueOf(50 + random.nextInt(251), 2);
        double k = random.nextDouble();
        boolean missing = random.nextDouble() < 0.05;
        Figures f;
        if (k < 0.60) {
          f = quantified(IndicatorKind.AT_LEAST, random, weight, missing);
        } else if (k < 0.65) {
          f = random.nextDouble() < 0.3
              ? new Figures(IndicatorKind.EQUAL, BigDecimal.ZERO, null, weight,
                  missing ? null : BigDecimal.valueOf(random.nextInt(3)), null, null)
              : quantified(IndicatorKind.EQUAL, random, weight, missing);
        } else if (k < 0.75) {
          f = quantified(IndicatorKind.AT_MOST, random, weight, missing);
        } else if (k < 0.85) {
          QualitativeGrade grade = QualitativeGrade.values()[random.nextInt(3)];
          BigDecimal span = grade.high().subtract(grade.low());
          BigDecimal percent = grade.low().add(span.multiply(BigDecimal.valueOf(random.nextInt(101), 2)));
          f = new Figures(IndicatorKind.QUALITATIVE, null, "完成年度重点工作", weight, null, missing ? null : grade,
              missing ? null : percent);
        } else {
          boolean decrease = random.nextBoolean();
          BigDecimal change = BigDecimal.valueOf(random.nextInt(401) - 200, 2); // −2.00 … +2.00 points
          f = new Figures(decrease ? IndicatorKind.DECREASE : IndicatorKind.INCREASE, null,
              DIRECTION_TEXTS[decrease ? 0 : 1], weight, missing ? null : change, null, null);
        }
        department.add(new Item(category, f));
      }
      city.add(department);
    }
    return city;
  }

  /** A target of 1–10,000 (up to two decimals) and an actual of 40–260% of it, four decimals at most. */
  private static Figures quantified(IndicatorKind kind, Random random, BigDecimal weight, boolean missing) {
    BigDecimal target =
        random.nextBoolean()
            ? BigDecimal.valueOf(1 + random.nextInt(10_000))
            : BigDecimal.valueOf(100 + random.nextInt(99_900), 2);
    BigDecimal share = BigDecimal.valueOf(40 + random.nextInt(221), 2);
    BigDecimal actual = target.multiply(share).setScale(4, java.math.RoundingMode.HALF_UP);
    return new Figures(kind, target, null, weight, missing ? null : actual, null, null);
  }

  private static String summary(
      List<List<Item>> city, Tally t, long[] sortedNanos, long[] inOrder, int warmUps, long sink) {
    int runs = sortedNanos.length;
    int indicators = city.stream().mapToInt(List::size).sum();
    double min = ms(sortedNanos[0]);
    double median =
        runs % 2 == 1 ? ms(sortedNanos[runs / 2]) : (ms(sortedNanos[runs / 2 - 1]) + ms(sortedNanos[runs / 2])) / 2;
    double p95 = ms(sortedNanos[Math.min(runs - 1, (int) Math.ceil(0.95 * runs) - 1)]);
    double max = ms(sortedNanos[runs - 1]);
    StringBuilder kinds = new StringBuilder();
    for (IndicatorKind kind : IndicatorKind.values()) {
      kinds.append(kinds.length() == 0 ? "" : ", ").append(kind.name()).append(' ').append(t.byKind[kind.ordinal()]);
    }
    StringBuilder s = new StringBuilder();
    s.append("Indicator scoring benchmark: IndicatorScoring.score (with traces) + categoryScore per department"
        + " category, ").append("Guangzhou defaults (threshold ").append(IndicatorScoring.plain(SETTINGS.overshootThreshold()))
        .append("%, factor ").append(IndicatorScoring.plain(SETTINGS.overshootFactor())).append(", scale ")
        .append(SETTINGS.scale()).append(")\n");
    s.append(String.format(Locale.ROOT, "indicators: %d (%d departments × %d), seed %d%n", indicators, city.size(),
        city.isEmpty() ? 0 : city.get(0).size(), SEED));
    s.append("kinds: ").append(kinds).append('\n');
    s.append(String.format(Locale.ROOT,
        "per run: %d halved (overshoot), %d below target, %d wrong way, %d missing, %d trace steps, "
            + "category scores summing %s%n",
        t.overshoot, t.belowTarget, t.wrongDirection, t.missing, t.traceSteps, t.categoryTotal.toPlainString()));
    s.append(String.format(Locale.ROOT, "runs: %d measured after %d warm-up%n", runs, warmUps));
    s.append(String.format(Locale.ROOT, "min %.2f ms | median %.2f ms | p95 %.2f ms | max %.2f ms%n",
        min, median, p95, max));
    StringBuilder each = new StringBuilder();
    for (long n : inOrder) {
      each.append(each.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", ms(n)));
    }
    s.append("measured runs in order (ms): ").append(each).append('\n');
    s.append(String.format(Locale.ROOT, "per indicator (median): %.2f µs%n", median * 1000.0 / Math.max(1, indicators)));
    s.append(String.format(Locale.ROOT, "requirement: < %.0f ms for all %d indicators -> %s (p95)%n", REQUIREMENT_MS,
        indicators, p95 < REQUIREMENT_MS ? "met" : "NOT met"));
    s.append(String.format(Locale.ROOT, "java %s, %d cpus (checksum %d)%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), sink & 0xffff));
    return s.toString();
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
