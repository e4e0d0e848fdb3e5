package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.HTTP;
import static org.jixiao.it.TestEnvironment.PASSWORD;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.accessTokenOf;
import static org.jixiao.it.TestEnvironment.send;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Bad input changes nothing and is always told why (issue 9): a generated corpus of malformed requests — every
 * POST/PUT of the API with wrong JSON types, missing fields, 1e308, negative money, 10 MB strings, impossible and
 * out-of-order dates, unknown codes; broken, empty and wrong Excel files through the import API; and a sample of
 * page forms — each answered with a clear message (JSON {@code {error, message}} or a p:messages error), never a
 * 500 or a stack trace, while a checksum of every business table of the PostgreSQL test database stays the same.
 * Each case is written to {@code target/reliability/malformed.csv}.
 */
class MalformedInputIT {

  private static final String YEAR = PORTAL + "/api/v1/years/2023";
  private static final String TEN_MB = "长".repeat(10 * 1024 * 1024 / 3);
  private static final List<String> ROWS = new ArrayList<>();
  /** Fields whose value must be one of a known list: an unknown code there is malformed. */
  private static final java.util.Set<String> CODED =
      java.util.Set.of("subcategory", "kind", "method", "budgetLine", "fund", "division");
  private static String indicatorCode;
  private static long indicatorVersion;
  private static String procurementCode;
  private static long procurementVersion;
  private static String lineCode;
  private static long lineVersion;
  private static String[] db;

  record Case(String area, String name, String method, String url, String user, String contentType, byte[] body) {}

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void ownRecordsToEdit() throws Exception {
    Path dbFile = Path.of(System.getProperty("it.env.dir", "target/it-env"), "db");
    db = Files.readString(dbFile).strip().split(" ");
    Assumptions.assumeTrue("postgres".equals(db[0]), "the table checksums need the PostgreSQL test database");
    // a draft indicator and a procurement record of their own, so edits reach the validation and not a lock
    String industry = accessTokenOf("head.industry");
    indicatorCode = "MI-" + System.nanoTime() % 100000;
    var created = send("POST", YEAR + "/indicators", industry, "{\"code\":\"" + indicatorCode + "\",\"name\":\"畸形输入测试满意度\","
        + "\"goal\":6,\"subcategory\":\"SERVICE_SATISFACTION\",\"unit\":\"%\",\"kind\":\"AT_LEAST\",\"target\":90,\"weight\":1}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    indicatorVersion = ((Number) ConcurrentEditsIT.json(created.body()).get("version")).longValue();
    procurementCode = "MI-P" + System.nanoTime() % 100000;
    var record = send("POST", YEAR + "/procurement", accessTokenOf("head.info"), procurementJson(procurementCode));
    assertThat(record.statusCode()).as(record.body()).isEqualTo(201);
    procurementVersion = ((Number) ConcurrentEditsIT.json(record.body()).get("version")).longValue();
    var budget = TestEnvironment.get(YEAR + "/budget", accessTokenOf("finance"));
    Map<String, Object> line = ((List<Map<String, Object>>) ConcurrentEditsIT.json(budget.body()).get("lines")).get(0);
    lineCode = (String) line.get("code");
    lineVersion = ((Number) line.get("version")).longValue();
  }

  @AfterAll
  static void withdrawTheRecords() throws Exception {
    if (procurementCode != null) {
      send("DELETE", YEAR + "/procurement/" + procurementCode + "?version=" + procurementVersion,
          accessTokenOf("head.info"), "");
    }
    if (indicatorCode != null) {
      // the corpus changed nothing, so the draft is still at the version it was created with
      var discarded = send("DELETE", YEAR + "/indicators/" + indicatorCode + "?version=" + indicatorVersion,
          accessTokenOf("head.industry"), "");
      assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(204);
    }
  }

  @Test
  void everyMalformedInput_isRefusedClearly_andChangesNothing() throws Exception {
    List<Case> corpus = new ArrayList<>();
    corpus.addAll(apiCorpus());
    corpus.addAll(excelCorpus());
    assertThat(corpus.size()).isGreaterThanOrEqualTo(200);

    Map<String, String> before = checksums();
    Map<String, String> tokens = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (Case c : corpus) {
      String token = tokens.computeIfAbsent(c.user(), u -> {
        try {
          return accessTokenOf(u);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(c.url()))
          .header("Authorization", "Bearer " + token)
          .method(c.method(), HttpRequest.BodyPublishers.ofByteArray(c.body()));
      if (c.contentType() != null) {
        request.header("Content-Type", c.contentType());
      }
      request.timeout(java.time.Duration.ofSeconds(60));
      HttpResponse<String> response;
      try {
        response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (java.net.http.HttpTimeoutException e) {
        row(c.area(), c.name(), c.method() + " " + c.url().replace(PORTAL, ""), 0, "", "no answer in 60 s");
        failures.add(c.area() + " " + c.name() + " → no answer in 60 s");
        continue;
      }
      String message = messageOf(response.body());
      String verdict = verdict(response.statusCode(), response.body(), message);
      row(c.area(), c.name(), c.method() + " " + c.url().replace(PORTAL, ""), response.statusCode(), message, verdict);
      if (!verdict.equals("ok")) {
        failures.add(c.area() + " " + c.name() + " → " + response.statusCode() + " " + abbreviate(response.body()));
      }
    }
    failures.addAll(pageCorpus());
    failures.addAll(addressCorpus());
    Map<String, String> after = checksums();
    writeCsv();
    before.forEach((table, sum) -> {
      if (!sum.equals(after.get(table))) {
        failures.add("table " + table + " changed: " + sum + " → " + after.get(table));
      }
    });
    assertThat(after.keySet()).isEqualTo(before.keySet());
    assertThat(failures).as("malformed inputs not refused with a clear message, or tables changed").isEmpty();
  }

  // --- the API corpus -------------------------------------------------------------------------------------

  private static List<Case> apiCorpus() {
    List<Case> cases = new ArrayList<>();
    Map<String, Object> indicator = new LinkedHashMap<>();
    indicator.put("code", "MI-NEW");
    indicator.put("name", "畸形输入新指标");
    indicator.put("goal", 6);
    indicator.put("subcategory", "SERVICE_SATISFACTION");
    indicator.put("unit", "%");
    indicator.put("kind", "AT_LEAST");
    indicator.put("target", 90);
    indicator.put("weight", 1);
    Map<String, Object> edit = new LinkedHashMap<>(indicator);
    edit.remove("code");
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("code", "MI-PNEW");
    record.put("name", "畸形输入采购");
    record.put("amount", "12.5");
    record.put("method", "询价");
    record.put("intentionPublished", "2023-03-01");
    record.put("procurementStarted", "2023-04-10");
    record.put("awardNotice", "2023-05-04");
    Map<String, Object> recordEdit = new LinkedHashMap<>(record);
    recordEdit.remove("code");
    Map<String, Object> execution = new LinkedHashMap<>();
    execution.put("amount", "1.00");
    execution.put("version", 0);
    Map<String, Object> carry = new LinkedHashMap<>();
    carry.put("amount", "1.00");
    carry.put("reason", "结转");
    carry.put("version", 0);

    mutate(cases, "indicator-create", "POST", YEAR + "/indicators", "head.industry", indicator,
        List.of("code", "name", "subcategory", "kind", "target", "weight"));
    mutate(cases, "indicator-edit", "PUT", YEAR + "/indicators/" + indicatorCode, "head.industry",
        withVersion(edit, indicatorVersion), List.of("name", "subcategory", "kind", "target", "weight", "version"));
    mutate(cases, "procurement-create", "POST", YEAR + "/procurement", "head.info", record,
        List.of("code", "name", "amount", "method"));
    mutate(cases, "procurement-edit", "PUT", YEAR + "/procurement/" + procurementCode, "head.info",
        withVersion(recordEdit, procurementVersion), List.of("name", "amount", "method", "version"));
    mutate(cases, "budget-execution", "PUT", YEAR + "/budget/lines/" + lineCode + "/execution/3", "finance",
        withVersion(execution, lineVersion), List.of("amount", "version"));
    mutate(cases, "budget-carry-over", "PUT", YEAR + "/budget/lines/" + lineCode + "/carry-over", "finance",
        withVersion(carry, lineVersion), List.of("amount", "version"));

    // dates: impossible, not dates, and out of order
    for (String field : List.of("intentionPublished", "procurementStarted", "awardNotice")) {
      for (String bad : List.of("2023-02-30", "2023-13-01", "1 March", "0000-00-00", "99999-01-01", "")) {
        if (!bad.isEmpty()) {
          cases.add(json("procurement-create", field + "=" + bad, "POST", YEAR + "/procurement", "head.info",
              with(record, field, bad)));
        }
      }
      cases.add(json("procurement-create", field + " as number", "POST", YEAR + "/procurement", "head.info",
          with(record, field, 20230301)));
    }
    cases.add(json("procurement-create", "award before start", "POST", YEAR + "/procurement", "head.info",
        with(record, "awardNotice", "2023-04-01")));
    cases.add(json("procurement-create", "signed before award", "POST", YEAR + "/procurement", "head.info",
        with(record, "contractSigned", "2023-05-01")));
    cases.add(json("procurement-create", "announced before signed", "POST", YEAR + "/procurement", "head.info",
        with(with(record, "contractSigned", "2023-06-01"), "contractAnnounced", "2023-05-20")));
    cases.add(json("procurement-create", "filed before signed", "POST", YEAR + "/procurement", "head.info",
        with(with(record, "contractSigned", "2023-06-01"), "contractFiled", "2023-05-20")));
    cases.add(json("procurement-edit", "signed before award", "PUT", YEAR + "/procurement/" + procurementCode,
        "head.info", with(withVersion(recordEdit, procurementVersion), "contractSigned", "2023-05-01")));
    // unknown codes
    cases.add(json("procurement-create", "unknown budget line", "POST", YEAR + "/procurement", "head.info",
        with(record, "budgetLine", "NO-SUCH-LINE")));
    cases.add(json("indicator-create", "unknown fund", "POST", YEAR + "/indicators", "head.industry",
        with(indicator, "fund", "NO-SUCH-FUND")));
    cases.add(json("indicator-create", "unknown goal", "POST", YEAR + "/indicators", "head.industry",
        with(indicator, "goal", 999)));
    cases.add(json("indicator-create", "existing code", "POST", YEAR + "/indicators", "head.industry",
        with(indicator, "code", "O02")));
    cases.add(json("indicator-edit", "unknown indicator", "PUT", YEAR + "/indicators/NO-SUCH", "head.industry",
        withVersion(edit, 1)));
    cases.add(json("indicator-edit", "another division's", "PUT", YEAR + "/indicators/B04", "head.industry",
        withVersion(edit, 1)));
    cases.add(json("procurement-edit", "unknown record", "PUT", YEAR + "/procurement/NO-SUCH", "head.info",
        withVersion(recordEdit, 1)));
    cases.add(json("budget-execution", "unknown line", "PUT", YEAR + "/budget/lines/NO-SUCH/execution/3", "finance",
        execution));
    for (String month : List.of("0", "13", "-1", "x", "99999999999")) {
      cases.add(json("budget-execution", "month " + month, "PUT",
          YEAR + "/budget/lines/" + lineCode + "/execution/" + month, "finance", withVersion(execution, lineVersion)));
    }
    cases.add(json("budget-carry-over", "more than unspent", "PUT", YEAR + "/budget/lines/" + lineCode + "/carry-over",
        "finance", with(withVersion(carry, lineVersion), "amount", "99999999")));
    cases.add(json("budget-carry-over", "without a reason", "PUT", YEAR + "/budget/lines/" + lineCode + "/carry-over",
        "finance", with(withVersion(carry, lineVersion), "reason", null)));
    for (String year : List.of("1999", "2999", "abc")) {
      cases.add(json("indicator-create", "year " + year, "POST", PORTAL + "/api/v1/years/" + year + "/indicators",
          "head.industry", indicator));
    }
    cases.add(json("procurement-create", "withdraw without version", "DELETE",
        YEAR + "/procurement/" + procurementCode, "head.info", Map.of()));
    cases.add(json("procurement-create", "withdraw stale version", "DELETE",
        YEAR + "/procurement/" + procurementCode + "?version=" + (procurementVersion + 7), "head.info", Map.of()));
    cases.add(json("procurement-create", "withdraw version not a number", "DELETE",
        YEAR + "/procurement/" + procurementCode + "?version=abc", "head.info", Map.of()));
    // the wrong caller
    cases.add(json("procurement-create", "leadership may not record", "POST", YEAR + "/procurement", "leader1", record));
    cases.add(json("budget-carry-over", "a division head may not", "PUT",
        YEAR + "/budget/lines/" + lineCode + "/carry-over", "head.industry", withVersion(carry, lineVersion)));

    // users (Keycloak): a few that must never reach it
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("username", "malformed.user");
    user.put("lastName", "测");
    user.put("division", "sme");
    user.put("roles", List.of("division-head"));
    user.put("temporaryPassword", "Temp1234x");
    for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
        Map.entry("username", TEN_MB), Map.entry("username", List.of(1)), Map.entry("roles", "admin"),
        Map.entry("roles", List.of("superuser")), Map.entry("division", "no-such-division"),
        Map.entry("email", "not-an-address"), Map.entry("temporaryPassword", 1234),
        Map.entry("lastName", Map.of("a", 1)))) {
      cases.add(json("user-create", bad.getKey() + "=" + describe(bad.getValue()), "POST",
          PORTAL + "/api/v1/admin/users", "admin", with(user, bad.getKey(), bad.getValue())));
    }
    return cases;
  }

  /** For each field: wrong types, null, 1e308, negative, 10 MB; for required ones also missing; then broken bodies. */
  private static void mutate(List<Case> cases, String area, String method, String url, String user,
      Map<String, Object> valid, List<String> required) {
    for (String field : valid.keySet()) {
      Object value = valid.get(field);
      boolean number = value instanceof Number;
      boolean money = field.equals("amount");
      List<Object> bads = new ArrayList<>(List.of(List.of(1, 2), Map.of("x", 1), true));
      if (number) {
        bads.addAll(List.of("abc", new RawJson("1e308"), new RawJson("-1e308"), -1, new RawJson("1.5e-400")));
      } else if (money) {
        bads.addAll(List.of("abc", "1e308", "-5.00", "0.001", "1" + "0".repeat(40), "NaN", "Infinity", "1,2,3.4.5"));
      } else {
        bads.addAll(List.of(TEN_MB, "ZZ-UNKNOWN-" + field.toUpperCase()));
      }
      for (Object bad : bads) {
        if (bad instanceof String s && s.startsWith("ZZ-UNKNOWN") && !CODED.contains(field)) {
          continue; // any text is a valid name, unit, code of a new record or reason
        }
        cases.add(json(area, field + "=" + describe(bad), method, url, user, with(valid, field, bad)));
      }
      if (required.contains(field)) {
        Map<String, Object> missing = new LinkedHashMap<>(valid);
        missing.remove(field);
        cases.add(json(area, "missing " + field, method, url, user, missing));
        cases.add(json(area, field + "=null", method, url, user, with(valid, field, null)));
      }
    }
    for (String broken : List.of("", "{", "[]", "null", "42", "\"text\"", "not json", "{\"a\":}",
        "{\"name\":\"\\ud800\"}", "{" + "\"x\":[".repeat(2000))) {
      cases.add(new Case(area, "body " + describe(broken), method, url, user, "application/json",
          broken.getBytes(StandardCharsets.UTF_8)));
    }
    cases.add(new Case(area, "as text/plain", method, url, user, "text/plain",
        toJson(valid).getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case(area, "as form", method, url, user, "application/x-www-form-urlencoded",
        "name=x&target=1".getBytes(StandardCharsets.UTF_8)));
  }

  // --- the Excel corpus -----------------------------------------------------------------------------------

  private static List<Case> excelCorpus() throws IOException {
    List<Case> cases = new ArrayList<>();
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("empty file", new byte[0]);
    files.put("text as xlsx", "项目编码,项目名称\nP1,x\n".getBytes(StandardCharsets.UTF_8));
    files.put("random bytes", random(4096));
    files.put("zip without a workbook", zip(Map.of("hello.txt", "hi")));
    byte[] good = xlsx(Map.of("Sheet1", List.of(List.of("a", "b"))));
    files.put("truncated xlsx", java.util.Arrays.copyOf(good, good.length / 2));
    files.put("no sheets they expect", good);
    files.put("empty named sheets", xlsx(Map.of("预算项目", List.of(), "月度执行", List.of(), "绩效指标", List.of(),
        "采购项目", List.of())));
    files.put("wrong headers", xlsx(Map.of("预算项目", List.of(List.of("x", "y", "z")), "月度执行", List.of(List.of("x")),
        "绩效指标", List.of(List.of("x", "y")), "采购项目", List.of(List.of("x", "y")))));
    String[] budgetLines = {"项目编码", "项目名称", "处室编码", "预算类别", "预算级次", "专项资金编码", "年初预算数（万元）",
        "全年预算数（万元）", "调整原因"};
    String[] budgetExec = {"项目编码", "月份", "执行数（万元）", "超预算原因"};
    for (Object[] row : new Object[][] {
        {"MI-B1", "畸形预算", "industry", "基本支出", "", "", 1e308, 1e308, ""},
        {"MI-B2", "负数预算", "industry", "基本支出", "", "", -5, -5, ""},
        {"MI-B3", "公式预算", "industry", "基本支出", "", "", new Formula("1/0"), new Formula("SUM(A1:A9)"), ""},
        {"MI-B4", "未知处室", "no-such", "基本支出", "", "", 1, 1, ""},
        {"MI-B5", "未知类别", "industry", "火箭", "", "", 1, 1, ""},
        {"MI-B6", "长".repeat(40000), "industry", "基本支出", "", "", 1, 1, ""}}) {
      files.put("budget row " + row[0], xlsx(Map.of("预算项目", List.of(List.of(budgetLines), List.of(row)),
          "月度执行", List.of(List.of(budgetExec)))));
    }
    for (Object[] row : new Object[][] {{"NO-SUCH", 3, 1, ""}, {"P05", 13, 1, ""}, {"P05", 3, -1, ""},
        {"P05", 3, 1e308, ""}, {"P05", "三月", "abc", ""}, {"P05", 3, new Formula("NOW()"), ""}}) {
      files.put("execution row " + java.util.Arrays.toString(row), xlsx(Map.of(
          "预算项目", List.of(List.of(budgetLines)), "月度执行", List.of(List.of(budgetExec), List.of(row)))));
    }
    String[] indicatorColumns = {"指标编码", "指标名称", "一级指标", "二级指标", "对应目标", "专项资金编码", "计量单位", "指标性质",
        "年度指标值", "指标值（文字）", "分值", "上年实际值", "实际完成值", "完成情况说明", "偏差原因", "改进措施", "完成率", "得分",
        "目标状态", "实际值状态"};
    for (Object[] row : new Object[][] {
        {"MI-X1", "巨大", "", "SERVICE_SATISFACTION", 6, "", "%", "AT_LEAST", 1e308, "", 1},
        {"MI-X2", "负分值", "", "SERVICE_SATISFACTION", 6, "", "%", "AT_LEAST", 90, "", -5},
        {"MI-X3", "公式", "", "SERVICE_SATISFACTION", 6, "", "%", "AT_LEAST", new Formula("1+1"), "", 1},
        {"MI-X4", "未知目标", "", "SERVICE_SATISFACTION", 999, "", "%", "AT_LEAST", 90, "", 1},
        {"MI-X5", "未知资金", "", "SERVICE_SATISFACTION", 6, "NO-FUND", "%", "AT_LEAST", 90, "", 1},
        {"B04", "别处的指标", "", "SERVICE_SATISFACTION", 6, "", "%", "AT_LEAST", 90, "", 1}}) {
      files.put("indicator row " + row[0], xlsx(Map.of("绩效指标", List.of(List.of(indicatorColumns), List.of(row)))));
    }
    String[] procurementColumns = {"项目编号", "项目名称", "采购实施处室", "预算项目编码", "金额（万元）", "采购方式",
        "采购意向公开日期", "采购活动开始日期", "中标（成交）通知书发出日期", "合同签订日期", "合同公告日期", "合同备案日期"};
    for (Object[] row : new Object[][] {
        {"MI-Q1", "巨额", "info", "", 1e308, "询价", "2023-03-01", "2023-04-10", "", "", "", ""},
        {"MI-Q2", "负额", "info", "", -3, "询价", "2023-03-01", "2023-04-10", "", "", "", ""},
        {"MI-Q3", "日期颠倒", "info", "", 3, "询价", "2023-05-01", "2023-04-10", "2023-03-01", "2023-02-01", "", ""},
        {"MI-Q4", "无效日期", "info", "", 3, "询价", "2023-02-30", "明天", "", "", "", ""},
        {"MI-Q5", "未知方式", "info", "", 3, "拍卖", "2023-03-01", "2023-04-10", "", "", "", ""},
        {"MI-Q6", "未知预算", "info", "NO-LINE", 3, "询价", "2023-03-01", "2023-04-10", "", "", "", ""},
        {"MI-Q7", "公式", "info", "", new Formula("A1*1000"), "询价", "2023-03-01", "2023-04-10", "", "", "", ""}}) {
      files.put("procurement row " + row[0], xlsx(Map.of("采购项目", List.of(List.of(procurementColumns), List.of(row)))));
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String name = file.getKey();
      String kind = name.startsWith("budget") || name.startsWith("execution") ? "budget"
          : name.startsWith("indicator") ? "indicators" : name.startsWith("procurement") ? "procurement" : null;
      for (String target : kind == null ? List.of("budget", "indicators", "procurement") : List.of(kind)) {
        String user = target.equals("budget") ? "finance" : target.equals("indicators") ? "head.industry" : "head.info";
        cases.add(new Case("excel-" + target, name, "POST", YEAR + "/imports/" + target, user,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.getValue()));
      }
    }
    return cases;
  }

  // --- the page corpus ------------------------------------------------------------------------------------

  private static List<String> pageCorpus() throws Exception {
    List<String> failures = new ArrayList<>();
    Map<String, String[]> attempts = new LinkedHashMap<>(); // name → amount, intention, started, award, signed, name
    attempts.put("amount not a number", new String[] {"abc", "2023-03-01", "2023-04-10", "", "", "页面畸形"});
    attempts.put("negative amount", new String[] {"-5", "2023-03-01", "2023-04-10", "", "", "页面畸形"});
    attempts.put("amount 1e308", new String[] {"1e308", "2023-03-01", "2023-04-10", "", "", "页面畸形"});
    attempts.put("impossible date", new String[] {"5", "2023-02-30", "2023-04-10", "", "", "页面畸形"});
    attempts.put("dates out of order", new String[] {"5", "2023-03-01", "2023-04-10", "2023-05-04", "2023-05-01", "页面畸形"});
    attempts.put("amount with 3 decimals", new String[] {"1.234", "2023-03-01", "2023-04-10", "", "", "页面畸形"});
    try (Browser head = new Browser()) {
      head.open(PORTAL + "/procurement/register.xhtml?year=2023");
      head.loginAs("head.info", PASSWORD);
      head.waitForUrlContaining("/procurement/register.xhtml");
      int n = 0;
      for (Map.Entry<String, String[]> attempt : attempts.entrySet()) {
        String[] v = attempt.getValue();
        head.open(PORTAL + "/procurement/register.xhtml?year=2023");
        head.click("registerForm:newRecord");
        head.waitForUrlContaining("/procurement/record.xhtml");
        head.type("recordForm:newCode", "MI-PG" + n++);
        // past the field's maxlength, as a hand-made post would be
        ((JavascriptExecutor) head.driver).executeScript(
            "arguments[0].removeAttribute('maxlength'); arguments[0].value = arguments[1];",
            head.driver.findElement(By.id("recordForm:name")), v[5]);
        head.choose("recordForm:method", "询价");
        head.type("recordForm:amount", v[0]);
        head.typeDate("recordForm:intentionPublished", v[1]);
        head.typeDate("recordForm:procurementStarted", v[2]);
        if (!v[3].isEmpty()) {
          head.typeDate("recordForm:awardNotice", v[3]);
        }
        if (!v[4].isEmpty()) {
          head.typeDate("recordForm:contractSigned", v[4]);
        }
        head.click("recordForm:save");
        String message;
        try {
          head.wait.until(d -> !d.findElements(By.cssSelector(".ui-messages-error, .ui-message-error, #error500")).isEmpty());
          message = head.driver.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).stream()
              .map(e -> e.getText()).findFirst().orElse("");
        } catch (org.openqa.selenium.TimeoutException e) {
          message = "";
        }
        String page = head.driver.getPageSource();
        String verdict = page.contains("id=\"error500\"") ? "500 page"
            : page.contains("Exception") || page.contains("at org.") ? "stack trace"
            : message.isBlank() ? "no message" : "ok";
        row("page-procurement", attempt.getKey(), "POST /procurement/record.xhtml", 200, message, verdict);
        if (!verdict.equals("ok")) {
          head.screenshot("malformed-page-" + n);
          failures.add("page procurement " + attempt.getKey() + " → " + verdict);
        }
      }
    }
    return failures;
  }

  // --- the address corpus: GET pages whose year, date and filters come from the address --------------------

  private static List<String> addressCorpus() throws Exception {
    Map<String, String> attempts = new LinkedHashMap<>(); // name → query; each must get the page's message, no data
    attempts.put("year not a number", "year=abc");
    attempts.put("year with a letter", "year=2023x");
    attempts.put("year beyond int", "year=99999999999");
    attempts.put("year of ten digits", "year=1000000000");
    attempts.put("division not the page's", "year=2023&division=no-such-division");
    attempts.put("status as a message key", "year=2023&status=WorkflowStatus.APPROVED");
    attempts.put("year unknown", "year=1999");
    attempts.put("division with markup", "year=2023&division=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    attempts.put("division with SQL", "year=2023&division=%27%20OR%201%3D1--");
    attempts.put("division of 5,000 characters", "year=2023&division=" + "x".repeat(5_000));
    attempts.put("goal not a number", "year=2023&goal=first");
    attempts.put("status unknown", "year=2023&status=FINISHED");
    attempts.put("warning unknown", "year=2023&warning=PURPLE");
    attempts.put("warning in lower case", "year=2023&warning=red");
    List<String> failures = new ArrayList<>();
    PortalSession leader = PortalSession.login("leader1");
    for (String page : List.of("/indicators/tree.xhtml", "/budget/overview.xhtml")) {
      Map<String, String> cases = new LinkedHashMap<>(attempts);
      if (page.startsWith("/budget")) {
        cases.remove("goal not a number");
        cases.remove("status unknown");
        cases.remove("status as a message key");
        cases.put("impossible date", "year=2023&asOf=2023-02-30");
        cases.put("date in words", "year=2023&asOf=yesterday");
      }
      for (Map.Entry<String, String> attempt : cases.entrySet()) {
        PortalSession.Page r = leader.get(PORTAL + page + "?" + attempt.getValue());
        String message = r.body().replaceAll("(?s).*<div[^>]*ui-messages-error[^>]*>(.*?)</div>.*", "$1")
            .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        boolean refused = r.body().contains("ui-messages-error");
        boolean data = r.body().contains("id=\"indicatorTree\"") || r.body().contains("id=\"budgetTree\"");
        String verdict = r.status() >= 500 || r.body().contains("id=\"error500\"") ? "500 page"
            : r.body().contains("Exception") || r.body().contains("at org.") ? "stack trace"
            : r.body().contains("<script>alert(1)") ? "markup not escaped"
            : !refused ? "no message" : data ? "data shown"
            : attempt.getValue().contains("WorkflowStatus.") && !message.contains("WorkflowStatus.APPROVED")
                ? "the value not shown as given" : "ok";
        row("page-address", attempt.getKey(), "GET " + page, r.status(), refused ? message : "", verdict);
        if (!verdict.equals("ok")) {
          failures.add("page " + page + " " + attempt.getKey() + " → " + verdict);
        }
      }
    }
    for (String query : List.of("year=abc", "year=1000000000", "asOf=2023-02-30", "year=2023&asOf=yesterday")) {
      PortalSession.Page r = leader.get(PORTAL + "/budget/export?" + query);
      String verdict = r.status() == 400 && !r.body().contains("Exception") ? "ok" : "status " + r.status();
      row("page-address", "export " + query, "GET /budget/export", r.status(), "400", verdict);
      if (!verdict.equals("ok")) {
        failures.add("export " + query + " → " + verdict);
      }
    }
    return failures;
  }

  // --- checks and output ----------------------------------------------------------------------------------

  private static String verdict(int status, String body, String message) {
    if (status >= 500) {
      return "server error " + status;
    }
    if (status < 400) {
      return "accepted " + status;
    }
    if (body.contains("Exception") || body.contains("at org.") || body.contains("at java.")) {
      return "stack trace";
    }
    return message == null || message.isBlank() ? "no message" : "ok";
  }

  private static String messageOf(String body) {
    try {
      Object message = ConcurrentEditsIT.json(body).get("message");
      Object error = ConcurrentEditsIT.json(body).get("error");
      return error == null || message == null ? null : message.toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** md5 of each business table's rows (the audit trail, which logs the refusals, and Flyway's history aside). */
  private static Map<String, String> checksums() throws Exception {
    Map<String, String> sums = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(db[1], db[2], "");
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
          + " AND table_type = 'BASE TABLE' AND table_name NOT IN ('audit_entry', 'flyway_schema_history')")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet r = s.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
            + " FROM \"" + table + "\" t")) {
          r.next();
          sums.put(table, r.getString(1));
        }
      }
    }
    assertThat(sums).isNotEmpty();
    return sums;
  }

  private static void row(String area, String name, String request, int status, String message, String verdict) {
    ROWS.add(String.join(",", csv(area), csv(name), csv(request), String.valueOf(status),
        csv(message == null ? "" : message), csv(verdict)));
  }

  private static void writeCsv() throws IOException {
    Path out = Path.of("target", "reliability", "malformed.csv");
    Files.createDirectories(out.getParent());
    List<String> lines = new ArrayList<>();
    lines.add("area,case,request,status,message,verdict");
    lines.addAll(ROWS);
    Files.write(out, lines, StandardCharsets.UTF_8);
  }

  private static String csv(String text) {
    String t = abbreviate(text);
    return "\"" + t.replace("\"", "\"\"").replace("\n", " ") + "\"";
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…(" + text.length() + ")" : text;
  }

  private static String describe(Object value) {
    String text = value instanceof RawJson raw ? raw.text() : String.valueOf(value);
    return text.length() > 30 ? text.substring(0, 12) + "…(" + text.length() + " chars)" : text;
  }

  // --- building bodies and files --------------------------------------------------------------------------

  /** A JSON number written as it is (1e308), which no Java double of the test could carry. */
  record RawJson(String text) {}

  /** An Excel formula cell. */
  record Formula(String text) {}

  private static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(base);
    copy.put(field, value);
    return copy;
  }

  private static Map<String, Object> withVersion(Map<String, Object> base, long version) {
    return with(base, "version", version);
  }

  private static Case json(String area, String name, String method, String url, String user, Map<String, Object> body) {
    return new Case(area, name, method, url, user, "application/json", toJson(body).getBytes(StandardCharsets.UTF_8));
  }

  private static String toJson(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof RawJson raw) {
      return raw.text();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(toJson(k.toString())).append(':')
          .append(toJson(v)));
      return out.append('}').toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(toJson(v)));
      return out.append(']').toString();
    }
    return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String procurementJson(String code) {
    return "{\"code\":\"" + code + "\",\"name\":\"畸形输入测试采购\",\"amount\":\"12.5\",\"method\":\"询价\","
        + "\"intentionPublished\":\"2023-03-01\",\"procurementStarted\":\"2023-04-10\"}";
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new java.util.Random(9).nextBytes(bytes);
    return bytes;
  }

  private static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A minimal .xlsx: the named sheets, rows of strings (inline), numbers and formulas. */
  static byte[] xlsx(Map<String, List<List<Object>>> sheets) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
        + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
        + "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
        + "officedocument.spreadsheetml.sheet.main+xml\"/>");
    StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
        + "officeDocument/2006/relationships\"><sheets>");
    StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/relationships\">");
    int n = 0;
    for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
      n++;
      types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      workbook.append("<sheet name=\"").append(xml(sheet.getKey())).append("\" sheetId=\"").append(n)
          .append("\" r:id=\"rId").append(n).append("\"/>");
      rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
      StringBuilder data = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
          + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      int r = 0;
      for (List<Object> row : sheet.getValue()) {
        r++;
        data.append("<row r=\"").append(r).append("\">");
        int c = 0;
        for (Object cell : row) {
          String ref = columnName(c++) + r;
          if (cell instanceof Number number) {
            data.append("<c r=\"").append(ref).append("\"><v>").append(number).append("</v></c>");
          } else if (cell instanceof Formula f) {
            data.append("<c r=\"").append(ref).append("\"><f>").append(xml(f.text())).append("</f></c>");
          } else if (cell != null && !cell.toString().isEmpty()) {
            data.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(xml(cell.toString()))
                .append("</t></is></c>");
          }
        }
        data.append("</row>");
      }
      parts.put("xl/worksheets/sheet" + n + ".xml", data.append("</sheetData></worksheet>").toString());
    }
    parts.put("[Content_Types].xml", types.append("</Types>").toString());
    parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
        + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>");
    parts.put("xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
    parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
    return zip(parts);
  }

  private static String columnName(int index) {
    return index < 26 ? String.valueOf((char) ('A' + index))
        : String.valueOf((char) ('A' + index / 26 - 1)) + (char) ('A' + index % 26);
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
