package org.jixiao.procurement.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jixiao.domain.calendar.SpecialDay;
import org.jixiao.domain.calendar.WorkingCalendar;
import org.jixiao.domain.procurement.ComplianceStatus;
import org.jixiao.domain.procurement.DeadlineCheck;
import org.jixiao.domain.procurement.ProcurementDeadlines;
import org.jixiao.domain.procurement.ProcurementDeadlines.Events;
import org.jixiao.domain.procurement.ProcurementScoring;
import org.jixiao.domain.procurement.ProcurementScoring.Score;
import org.jixiao.procurement.internal.OcdsExport.Project;
import org.jixiao.procurement.internal.OcdsExport.Publisher;

/**
 * How long a year of 10,000 procurements takes: (1) every record's legal deadlines
 * ({@link ProcurementDeadlines#check}, default lengths) on the real 2023–2026 working-day calendar
 * ({@code shared/data/cn-holidays-2023-2026.json}) and the 采购管理 score of them all
 * ({@link ProcurementScoring#score}, default points); (2) their OCDS release package
 * ({@link OcdsExport#releasePackage}) written to a JSON string. The records are generated deterministically
 * (fixed seed) over fiscal year 2025: intentions on time and late, procurements started too soon after their
 * intention, contracts signed, announced and filed late, events still missing, and late-year procurements whose
 * award, contract and filing fall in 2026. Not a unit test: run {@code bench/procurement.sh}. The requirement is
 * under 2 s for each.
 *
 * <p>Arguments (optional): the summary file (default {@code target/bench/procurement.txt}), records, warm-up runs
 * and measured runs. The calendar file is {@code -Djixiao.holidays=…}, else the nearest
 * {@code shared/data/cn-holidays-2023-2026.json} above the working directory.
 */
public final class ProcurementBenchmark {

  static final long SEED = 20251231L;
  static final double REQUIREMENT_MS = 2_000.0;
  static final int YEAR = 2025;
  static final LocalDate BUDGET_APPROVED = LocalDate.of(YEAR, 2, 14);
  /** Mid-January of the next year: most deadlines decided, those of late-December contracts still running. */
  static final LocalDate AS_OF = LocalDate.of(YEAR + 1, 1, 15);
  static final Instant PUBLISHED_AT = Instant.parse("2026-01-15T01:00:00Z");
  static final Publisher PUBLISHER = new Publisher("广州市工业和信息化局", "gz-gxj", "http://gxj.gz.gov.cn/");
  private static final String HOLIDAYS = "shared/data/cn-holidays-2023-2026.json";
  private static final String[] DIVISIONS = {"无线电管理处", "规划财务处", "信息化推进处", "中小企业处", "产业发展处", "投资处"};
  private static final String[] SERVICES = {"运维服务", "咨询服务", "评估服务", "设备采购", "平台运营", "审计服务"};

  private ProcurementBenchmark() {}

  /** A generated procurement in both shapes the two measurements take, built before any timing. */
  record Item(Events events, Project project) {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench/procurement.txt");
    int records = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 30;

    Path holidays = holidaysFile();
    WorkingCalendar calendar = loadCalendar(holidays);
    List<Item> items = generate(records, new Random(SEED));
    JsonWriterFactory writers = Json.createWriterFactory(Map.of());

    long sink = 0;
    for (int i = 0; i < warmUps; i++) {
      sink += compliance(items, calendar).checksum();
      sink += export(items, writers).length();
    }
    long[] complianceNanos = new long[runs];
    long[] exportNanos = new long[runs];
    Tally tally = null;
    String json = null;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      tally = compliance(items, calendar);
      complianceNanos[i] = System.nanoTime() - start;
      start = System.nanoTime();
      json = export(items, writers);
      exportNanos[i] = System.nanoTime() - start;
      sink += tally.checksum() + json.length();
    }

    // once, untimed: the exported package is what the official schemas accept
    List<String> errors = OcdsSchemaValidator.fromSharedData().errorsOf(json);

    String summary = summary(items, holidays, tally, json, errors, complianceNanos, exportNanos, warmUps, sink);
    System.out.print(summary);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, summary, StandardCharsets.UTF_8);
    System.out.println("written to " + out.toAbsolutePath().normalize());
  }

  /** What one compliance run found, so nothing can be optimised away and the summary can say what was checked. */
  record Tally(Map<ComplianceStatus, Integer> byStatus, Score score) {
    long checksum() {
      return score.score().unscaledValue().longValue() + byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Every record's five deadlines as of {@link #AS_OF}, then the year's score of them all. */
  static Tally compliance(List<Item> items, WorkingCalendar calendar) {
    List<List<DeadlineCheck>> checks = new ArrayList<>(items.size());
    Map<ComplianceStatus, Integer> byStatus = new EnumMap<>(ComplianceStatus.class);
    for (Item item : items) {
      List<DeadlineCheck> c =
          ProcurementDeadlines.check(item.events(), ProcurementDeadlines.Lengths.DEFAULTS, calendar, AS_OF);
      for (DeadlineCheck check : c) {
        byStatus.merge(check.status(), 1, Integer::sum);
      }
      checks.add(c);
    }
    return new Tally(byStatus, ProcurementScoring.score(checks, ProcurementScoring.Points.DEFAULTS));
  }

  /** The year's OCDS release package as JSON text. */
  static String export(List<Item> items, JsonWriterFactory writers) {
    List<Project> projects = new ArrayList<>(items.size());
    for (Item item : items) {
      projects.add(item.project());
    }
    JsonObject pkg = OcdsExport.releasePackage(PUBLISHER, "ocds-jixiao", YEAR, PUBLISHED_AT,
        "https://jixiao.example.org/api/v1/years/" + YEAR + "/procurement/ocds", projects);
    StringWriter text = new StringWriter(1 << 20);
    try (JsonWriter writer = writers.createWriter(text)) {
      writer.writeObject(pkg);
    }
    return text.toString();
  }

  /**
   * {@code count} procurements of {@link #YEAR}: intentions 5–58 days after the budget approval (a quarter 61–150
   * days, late; 8% never published), procurements starting 12–200 days after the intention (some under the 30
   * days' notice), awards 18–45 days later, contracts signed within 3–29 days of the award (18% 31–60, late),
   * announced within 1–2 days (10% later, 4% never) and filed 1–9 days after signing (15% 10–25 days, 5% never).
   * Anything after {@link #AS_OF} has not happened yet, so late-year procurements stop part-way.
   */
  static List<Item> generate(int count, Random random) {
    String[] methods = {"公开招标", "公开招标", "公开招标", "公开招标", "竞争性磋商", "竞争性磋商", "竞争性谈判", "询价",
        "单一来源", "邀请招标", "框架协议"};
    List<Item> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate intention = random.nextDouble() < 0.08 ? null
          : BUDGET_APPROVED.plusDays(random.nextDouble() < 0.25 ? 61 + random.nextInt(90) : 5 + random.nextInt(54));
      LocalDate basis = intention != null ? intention : BUDGET_APPROVED.plusDays(30 + random.nextInt(120));
      LocalDate started = happened(basis.plusDays(12 + random.nextInt(189)));
      LocalDate award = started == null ? null : happened(started.plusDays(18 + random.nextInt(28)));
      LocalDate signed = award == null ? null
          : happened(award.plusDays(random.nextDouble() < 0.18 ? 31 + random.nextInt(30) : 3 + random.nextInt(27)));
      LocalDate announced = null;
      LocalDate filed = null;
      if (signed != null) {
        double a = random.nextDouble();
        announced = a < 0.04 ? null
            : happened(signed.plusDays(a < 0.14 ? 3 + random.nextInt(8) : 1 + random.nextInt(2)));
        double f = random.nextDouble();
        filed = f < 0.05 ? null
            : happened(signed.plusDays(f < 0.20 ? 10 + random.nextInt(16) : 1 + random.nextInt(9)));
      }
      String code = String.format(Locale.ROOT, "CG%d-%05d", YEAR, i + 1);
      BigDecimal amount = BigDecimal.valueOf(500 + random.nextInt(49_501), 2); // 5.00–500.00 万元
      int line = 1 + random.nextInt(40);
      Project project = new Project(code,
          SERVICES[random.nextInt(SERVICES.length)] + "项目" + (i + 1),
          DIVISIONS[i % DIVISIONS.length], methods[random.nextInt(methods.length)], amount,
          String.format(Locale.ROOT, "P%02d", line), "项目支出" + line, BUDGET_APPROVED, intention, started, award,
          signed, announced, filed);
      items.add(new Item(new Events(BUDGET_APPROVED, intention, started, award, signed, announced, filed), project));
    }
    return items;
  }

  private static LocalDate happened(LocalDate date) {
    return date.isAfter(AS_OF) ? null : date;
  }

  /** The State Council's notices as the shared JSON holds them (the format admins import). */
  static WorkingCalendar loadCalendar(Path file) throws IOException {
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      JsonObject years = reader.readObject().getJsonObject("years");
      List<Integer> covered = new ArrayList<>();
      List<SpecialDay> days = new ArrayList<>();
      for (Map.Entry<String, JsonValue> year : years.entrySet()) {
        int notice = Integer.parseInt(year.getKey());
        covered.add(notice);
        for (JsonValue d : year.getValue().asJsonObject().getJsonArray("days")) {
          JsonObject day = d.asJsonObject();
          days.add(new SpecialDay(notice, LocalDate.parse(day.getString("date")), day.getString("name"),
              day.getBoolean("offDay")));
        }
      }
      return new WorkingCalendar(covered, days);
    }
  }

  static Path holidaysFile() {
    String configured = System.getProperty("jixiao.holidays");
    if (configured != null && Files.isRegularFile(Path.of(configured))) {
      return Path.of(configured).normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(HOLIDAYS))) {
        return dir.resolve(HOLIDAYS);
      }
    }
    throw new IllegalStateException("No " + HOLIDAYS + " above " + Path.of("").toAbsolutePath()
        + ": give -Djixiao.holidays=FILE");
  }

  private static String summary(List<Item> items, Path holidays, Tally t, String json, List<String> errors,
      long[] complianceNanos, long[] exportNanos, int warmUps, long sink) {
    int records = items.size();
    long signed = items.stream().filter(i -> i.project().contractSigned() != null).count();
    long awardedOnly = items.stream()
        .filter(i -> i.project().awardNotice() != null && i.project().contractSigned() == null).count();
    long intoNextYear = items.stream().map(Item::events)
        .filter(e -> Stream.of(e.procurementStarted(), e.awardNotice(), e.contractSigned(), e.contractAnnounced(),
            e.contractFiled()).anyMatch(d -> d != null && d.getYear() > YEAR))
        .count();
    StringBuilder statuses = new StringBuilder();
    t.byStatus().forEach((status, n) -> statuses.append(statuses.length() == 0 ? "" : ", ").append(status).append(' ')
        .append(n));
    StringBuilder s = new StringBuilder();
    s.append("Procurement benchmark: deadlines (ProcurementDeadlines.check, default lengths) + 采购管理 score"
        + " (ProcurementScoring.score, default points), and the OCDS 1.1.5 release package (OcdsExport) as JSON"
        + " text\n");
    s.append(String.format(Locale.ROOT, "records: %d of fiscal year %d (budget approved %s, as of %s), seed %d; "
        + "%d signed, %d awarded not signed, %d with events in %d%n", records, YEAR, BUDGET_APPROVED, AS_OF,
        SEED, signed, awardedOnly, intoNextYear, YEAR + 1));
    s.append("calendar: ").append(holidays.toAbsolutePath().normalize()).append('\n');
    s.append("checks per run: ").append(statuses).append('\n');
    s.append("score: ").append(t.score().score().toPlainString()).append(" of ")
        .append(t.score().points().toPlainString()).append('\n');
    s.append(String.format(Locale.ROOT, "export: %,d characters of JSON (%d releases); OCDS 1.1.5 schema errors: %d%n",
        json.length(), records, errors.size()));
    errors.stream().limit(5).forEach(e -> s.append("  ").append(e).append('\n'));
    s.append(String.format(Locale.ROOT, "runs: %d measured after %d warm-up%n", complianceNanos.length, warmUps));
    s.append(timing("compliance + score", complianceNanos, records));
    s.append(timing("OCDS export + JSON text", exportNanos, records));
    s.append(String.format(Locale.ROOT, "java %s, %d cpus (checksum %d)%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), sink & 0xffff));
    return s.toString();
  }

  private static String timing(String what, long[] inOrder, int records) {
    long[] sorted = inOrder.clone();
    Arrays.sort(sorted);
    int runs = sorted.length;
    double median = runs % 2 == 1 ? ms(sorted[runs / 2]) : (ms(sorted[runs / 2 - 1]) + ms(sorted[runs / 2])) / 2;
    double p95 = ms(sorted[Math.min(runs - 1, (int) Math.ceil(0.95 * runs) - 1)]);
    double max = ms(sorted[runs - 1]);
    StringBuilder each = new StringBuilder();
    for (long n : inOrder) {
      each.append(each.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", ms(n)));
    }
    return String.format(Locale.ROOT, "%s: min %.2f ms | median %.2f ms | p95 %.2f ms | max %.2f ms"
            + " | per record (median) %.2f µs%n  measured runs in order (ms): %s%n"
            + "  requirement: < %.0f ms for %d records -> %s (max)%n",
        what, ms(sorted[0]), median, p95, max, median * 1000.0 / Math.max(1, records), each, REQUIREMENT_MS, records,
        max < REQUIREMENT_MS ? "met" : "NOT met");
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
