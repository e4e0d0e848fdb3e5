package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.accessTokenOf;
import static org.jixiao.it.TestEnvironment.get;
import static org.jixiao.it.TestEnvironment.send;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * Optimistic locking under load (issue 9): many API clients at once each read an indicator (or a budget line)
 * and write it back with the version they read. Every attempt either wins (2xx) or is told who changed the
 * record when (409 "changed by X at T"); never a 5xx. The winners form one chain of versions: their number equals
 * the version increments, and the record holds the value of the winner that read the highest version — no lost
 * update. Results go to {@code target/reliability/concurrent-edits.txt}.
 */
class ConcurrentEditsIT {

  private static final int ATTEMPTS = Integer.getInteger("concurrent.attempts", 1000); // per record
  private static final int THREADS = 16;
  private static final long TIME_LIMIT_SECONDS = 50;
  private static final String YEAR = PORTAL + "/api/v1/years/2023";
  /** "该记录已被 {0} 于 {1} 修改" with a user name and a yyyy-MM-dd HH:mm:ss time. */
  private static final Pattern CHANGED_BY =
      Pattern.compile("该记录已被 [a-z.\\-]+ 于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})? 修改");

  /** One attempt's outcome: the version it read, the value it wrote, the HTTP status and body. */
  record Outcome(long readVersion, String marker, int status, String body) {}

  @Test
  void indicator_thousandsOfConcurrentEdits_loseNoUpdate() throws Exception {
    String token = accessTokenOf("head.industry");
    String code = "CE-" + System.nanoTime() % 1_000_000;
    // a satisfaction indicator of its own, in draft: editable, and not counted by the framework's items
    var created = send("POST", YEAR + "/indicators", token, indicatorJson(code, "90", null));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long startVersion = ((Number) json(created.body()).get("version")).longValue();

    List<Outcome> outcomes = race(i -> {
      Map<String, Object> current = indicator(token, code);
      long version = ((Number) current.get("version")).longValue();
      String marker = String.valueOf(1000 + i);
      var response = send("PUT", YEAR + "/indicators/" + code, token, indicatorJson(code, marker, version));
      return new Outcome(version, marker, response.statusCode(), response.body());
    });

    Map<String, Object> last = indicator(token, code);
    Summary summary = check("indicator " + code, outcomes, startVersion,
        ((Number) last.get("version")).longValue());
    assertThat(new BigDecimal((String) last.get("target"))).isEqualByComparingTo(summary.lastWinner.marker());
    // the test's own draft goes again, so the other tests see the seeded year
    var discarded = send("DELETE", YEAR + "/indicators/" + code + "?version=" + last.get("version"), token, null);
    assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(204);
  }

  @Test
  @SuppressWarnings("unchecked")
  void budgetLine_thousandsOfConcurrentEdits_loseNoUpdate() throws Exception {
    String token = accessTokenOf("finance");
    // a line with room to carry over up to 10 万元, and nothing carried over yet
    Map<String, Object> line = lines(token).stream()
        .filter(l -> new BigDecimal(figure(l, "budget")).subtract(new BigDecimal(figure(l, "executed")))
            .compareTo(new BigDecimal("20")) > 0)
        .filter(l -> new BigDecimal(figure(l, "carryOver")).signum() == 0)
        .findFirst().orElseThrow();
    String code = (String) line.get("code");
    long startVersion = ((Number) line.get("version")).longValue();
    try {
      List<Outcome> outcomes = race(i -> {
        Map<String, Object> current = lineOf(token, code);
        long version = ((Number) current.get("version")).longValue();
        String marker = new BigDecimal(i + 1).movePointLeft(2).toPlainString(); // 0.01 … 10.00, one per attempt
        var response = send("PUT", YEAR + "/budget/lines/" + code + "/carry-over", token,
            "{\"amount\":\"" + marker + "\",\"reason\":\"并发测试 " + i + "\",\"version\":" + version + "}");
        return new Outcome(version, marker, response.statusCode(), response.body());
      });
      Map<String, Object> last = lineOf(token, code);
      Summary summary = check("budget line " + code, outcomes, startVersion,
          ((Number) last.get("version")).longValue());
      assertThat(new BigDecimal(figure(last, "carryOver"))).isEqualByComparingTo(summary.lastWinner.marker());
      assertThat((String) last.get("carryOverReason")).isEqualTo("并发测试 " + summary.lastWinnerIndex);
    } finally {
      // the seeded value back: nothing carried over
      long version = ((Number) lineOf(token, code).get("version")).longValue();
      var restored = send("PUT", YEAR + "/budget/lines/" + code + "/carry-over", token,
          "{\"amount\":\"0\",\"version\":" + version + "}");
      assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
      assertThat(figure(lineOf(token, code), "carryOver")).isEqualTo("0.00");
    }
  }

  private record Summary(Outcome lastWinner, int lastWinnerIndex) {}

  interface Attempt {
    Outcome run(int index) throws Exception;
  }

  /** ATTEMPTS attempts on THREADS threads, bounded in time; each outcome kept with its index. */
  private static List<Outcome> race(Attempt attempt) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    Outcome[] outcomes = new Outcome[ATTEMPTS];
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIME_LIMIT_SECONDS);
    AtomicInteger skipped = new AtomicInteger();
    for (int i = 0; i < ATTEMPTS; i++) {
      int index = i;
      pool.execute(() -> {
        if (System.nanoTime() > deadline) {
          skipped.incrementAndGet();
          return;
        }
        try {
          outcomes[index] = attempt.run(index);
        } catch (Exception e) {
          errors.add(index + ": " + e);
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(TIME_LIMIT_SECONDS + 30, TimeUnit.SECONDS)).isTrue();
    assertThat(errors).as("attempts that failed on the client").isEmpty();
    assertThat(skipped.get()).as("attempts not started within " + TIME_LIMIT_SECONDS + " s").isZero();
    return java.util.Arrays.asList(outcomes);
  }

  private static Summary check(String what, List<Outcome> outcomes, long startVersion, long endVersion)
      throws IOException {
    List<Outcome> wins = new ArrayList<>();
    int conflicts = 0;
    int others = 0;
    List<String> odd = new ArrayList<>();
    int lastIndex = -1;
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      if (o.status() / 100 == 2) {
        wins.add(o);
        if (lastIndex < 0 || o.readVersion() > outcomes.get(lastIndex).readVersion()) {
          lastIndex = i;
        }
      } else if (o.status() == 409 && o.body().contains("concurrency.changed")
          && CHANGED_BY.matcher(String.valueOf(json(o.body()).get("message"))).find()) {
        conflicts++;
      } else {
        others++;
        if (odd.size() < 5) {
          odd.add(o.status() + " " + o.body());
        }
      }
    }
    String result = String.format("%s: %d attempts on %d threads, %d successes, %d conflicts (409 changed by X at T),"
        + " %d other; version %d -> %d%n", what, outcomes.size(), THREADS, wins.size(), conflicts, others,
        startVersion, endVersion);
    Path out = Path.of("target", "reliability", "concurrent-edits.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, result, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    System.out.print(result);
    assertThat(odd).as("neither a success nor a 'changed by X at T' conflict").isEmpty();
    assertThat(wins.size() + conflicts).isEqualTo(outcomes.size());
    assertThat(wins).isNotEmpty();
    // 0 lost updates: each success read a distinct version, and together they advanced the record by their count
    assertThat(wins.stream().map(Outcome::readVersion).distinct().count()).isEqualTo(wins.size());
    assertThat(endVersion - startVersion).isEqualTo(wins.size());
    return new Summary(outcomes.get(lastIndex), lastIndex);
  }

  private static String indicatorJson(String code, String target, Long version) {
    return "{\"code\":\"" + code + "\",\"name\":\"并发编辑测试满意度\",\"goal\":6,"
        + "\"subcategory\":\"SERVICE_SATISFACTION\",\"unit\":\"次\",\"kind\":\"AT_LEAST\",\"target\":" + target
        + ",\"weight\":1" + (version == null ? "" : ",\"version\":" + version) + "}";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> indicator(String token, String code) throws Exception {
    var response = get(YEAR + "/indicators", token);
    assertThat(response.statusCode()).isEqualTo(200);
    return ((List<Map<String, Object>>) json(response.body()).get("indicators")).stream()
        .filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> lines(String token) throws Exception {
    var response = get(YEAR + "/budget", token);
    assertThat(response.statusCode()).isEqualTo(200);
    return (List<Map<String, Object>>) json(response.body()).get("lines");
  }

  private static Map<String, Object> lineOf(String token, String code) throws Exception {
    return lines(token).stream().filter(l -> code.equals(l.get("code"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static String figure(Map<String, Object> line, String name) {
    return (String) ((Map<String, Object>) line.get("figures")).get(name);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(String body) {
    return new Json().toType(body, Map.class);
  }
}
