package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.SERVER;
import static org.jixiao.it.TestEnvironment.accessTokenOf;
import static org.jixiao.it.TestEnvironment.get;
import static org.jixiao.it.TestEnvironment.send;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * The access-control sweep: every API operation of the OpenAPI document and every page of the portal's webapp is
 * classified below (who may use it); each is tried anonymously, by a division head ({@code head.info}) against the
 * {@code industry} division's records, and on other roles' endpoints. Nothing may succeed, the records read back
 * unchanged, and the refused attempts on records are in the audit trail. Every attempt is a line of
 * {@code target/security/sweep.csv} (who, what, expected, got).
 */
class AccessSweepIT {

  /** Who may use an operation or page, and what a division head of another division gets. */
  enum Rule {
    /** Anyone, even without login (gateway, error and signed-out pages). */
    PUBLIC,
    /** Any portal role; nothing of another division in it (no division data, or scoped to the caller's). */
    ANY_ROLE_SCOPED,
    /** Any portal role; a record id of another division is refused (403/404, or the page's refusal message). */
    RECORD,
    /** A division head's own writes: a body naming another division's record is refused. */
    DIVISION_WRITE,
    /** Department-wide (leadership, finance, admin): a division head is refused. */
    DEPARTMENT,
    /** Division heads only. */
    DIVISION_HEAD_ONLY,
    LEADERSHIP_ONLY,
    FINANCE_ONLY,
    ADMIN_ONLY
  }

  /** "METHOD path template" (as in the OpenAPI document) → rule. A new operation must get a row here. */
  static final Map<String, Rule> API = new LinkedHashMap<>();
  /** Page path (a regex on the path inside the web app) → rule. A new page or servlet must match a row. */
  static final Map<String, Rule> PAGES = new LinkedHashMap<>();

  static {
    API.put("GET /api/v1/me", Rule.ANY_ROLE_SCOPED);
    API.put("GET /api/v1/years", Rule.ANY_ROLE_SCOPED);
    API.put("POST /api/v1/years", Rule.ADMIN_ONLY);
    API.put("GET /api/v1/years/{year}/budget", Rule.ANY_ROLE_SCOPED);
    API.put("GET /api/v1/years/{year}/indicators", Rule.ANY_ROLE_SCOPED);
    API.put("GET /api/v1/years/{year}/indicators/score", Rule.ANY_ROLE_SCOPED);
    API.put("POST /api/v1/years/{year}/indicators", Rule.DIVISION_WRITE);
    API.put("PUT /api/v1/years/{year}/indicators/{code}", Rule.RECORD);
    API.put("GET /api/v1/years/{year}/evaluation", Rule.DEPARTMENT);
    API.put("GET /api/v1/years/{year}/procurement", Rule.ANY_ROLE_SCOPED);
    API.put("GET /api/v1/years/{year}/procurement/ocds", Rule.ANY_ROLE_SCOPED);
    API.put("POST /api/v1/years/{year}/procurement", Rule.DIVISION_WRITE);
    API.put("PUT /api/v1/years/{year}/procurement/{code}", Rule.RECORD);
    API.put("DELETE /api/v1/years/{year}/procurement/{code}", Rule.RECORD);
    API.put("DELETE /api/v1/years/{year}/indicators/{code}", Rule.RECORD);
    API.put("GET /api/v1/years/{year}/report.docx", Rule.DEPARTMENT);
    API.put("GET /api/v1/years/{year}/report.pdf", Rule.DEPARTMENT);
    API.put("GET /api/v1/years/{year}/tables.xlsx", Rule.DEPARTMENT);
    API.put("GET /api/v1/workdays/add", Rule.ANY_ROLE_SCOPED);
    API.put("GET /api/v1/calendar/{year}", Rule.ANY_ROLE_SCOPED);
    API.put("GET /api/v1/audit", Rule.ADMIN_ONLY);
    API.put("PUT /api/v1/years/{year}/budget/lines/{code}/execution/{month}", Rule.RECORD);
    API.put("PUT /api/v1/years/{year}/budget/lines/{code}/carry-over", Rule.RECORD);
    // the Excel imports: a division head's own indicators and procurement, finance's budget (refused to a head)
    API.put("POST /api/v1/years/{year}/imports/budget", Rule.RECORD);
    API.put("POST /api/v1/years/{year}/imports/indicators", Rule.DIVISION_WRITE);
    API.put("POST /api/v1/years/{year}/imports/procurement", Rule.DIVISION_WRITE);
    API.put("GET /api/v1/admin/users", Rule.ADMIN_ONLY);
    API.put("POST /api/v1/admin/users", Rule.ADMIN_ONLY);

    PAGES.put("public/.*", Rule.PUBLIC);
    PAGES.put("error/.*", Rule.PUBLIC);
    PAGES.put("admin/.*", Rule.ADMIN_ONLY);
    PAGES.put("leadership/.*", Rule.LEADERSHIP_ONLY);
    PAGES.put("finance/.*", Rule.FINANCE_ONLY);
    PAGES.put("division/.*", Rule.DIVISION_HEAD_ONLY);
    PAGES.put("evaluation/(score|report)\\.xhtml", Rule.DEPARTMENT);
    PAGES.put("budget/line\\.xhtml", Rule.RECORD);
    PAGES.put("procurement/record\\.xhtml", Rule.RECORD);
    PAGES.put("evidence", Rule.RECORD);
    PAGES.put("index\\.xhtml|logout", Rule.ANY_ROLE_SCOPED);
    // the performance suite's baselines: a greeting to the logged-in user, no data
    PAGES.put("hello(-layout)?\\.xhtml", Rule.ANY_ROLE_SCOPED);
    PAGES.put("budget/overview\\.xhtml|budget/export|procurement/register\\.xhtml|indicators/(tree|excel)\\.xhtml"
        + "|audit/trail\\.xhtml", Rule.ANY_ROLE_SCOPED);
  }

  static final Path WEBAPP = Path.of("..", "modules", "portal", "src", "main", "webapp");
  static final Path PORTAL_SOURCES = Path.of("..", "modules", "portal", "src", "main", "java");
  static final Path SWEEP = Path.of("target", "security", "sweep.csv");
  static final String HEAD = "head.info";

  private static final List<String> lines = new ArrayList<>();
  private static String leaderToken;
  private static String headToken;
  private static String industryLine;
  private static String industryLineName;
  private static String industryIndicator;
  private static String industryProcurement;
  /** Names of the industry division's records that head.info must never see. */
  private static final Set<String> industryMarkers = new LinkedHashSet<>();
  private static String indicatorBefore;
  private static String procurementBefore;
  private static String budgetBefore;

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(String body) {
    return new Json().toType(body, Map.class);
  }

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void industryRecords() throws Exception {
    lines.add("who,method,what,expected,got");
    leaderToken = accessTokenOf("leader1");
    headToken = accessTokenOf(HEAD);
    String ownBudget = get(PORTAL + "/api/v1/years/2023/budget?asOf=2023-12-31", headToken).body();
    String ownIndicators = get(PORTAL + "/api/v1/years/2023/indicators", headToken).body();
    String ownProcurement = get(PORTAL + "/api/v1/years/2023/procurement", headToken).body();
    String own = ownBudget + ownIndicators + ownProcurement;

    List<Map<String, Object>> budgetLines = (List<Map<String, Object>>)
        json(get(PORTAL + "/api/v1/years/2023/budget?asOf=2023-12-31", leaderToken).body()).get("lines");
    Map<String, Object> line = budgetLines.stream().filter(l -> "industry".equals(l.get("division"))).findFirst()
        .orElseThrow();
    industryLine = (String) line.get("code");
    industryLineName = (String) line.get("name");
    budgetLines.stream().filter(l -> "industry".equals(l.get("division")))
        .map(l -> (String) l.get("name")).filter(n -> !own.contains(n)).forEach(industryMarkers::add);

    List<Map<String, Object>> indicators = (List<Map<String, Object>>)
        json(get(PORTAL + "/api/v1/years/2023/indicators", leaderToken).body()).get("indicators");
    industryIndicator = indicators.stream().filter(i -> "industry".equals(i.get("division")))
        .map(i -> (String) i.get("code")).findFirst().orElseThrow();

    List<Map<String, Object>> records = (List<Map<String, Object>>)
        json(get(PORTAL + "/api/v1/years/2023/procurement", leaderToken).body()).get("records");
    industryProcurement = records.stream().filter(r -> "industry".equals(r.get("division")))
        .map(r -> (String) r.get("code")).findFirst().orElseThrow();
    records.stream().filter(r -> "industry".equals(r.get("division")))
        .map(r -> (String) r.get("name")).filter(n -> !own.contains(n)).forEach(industryMarkers::add);
    assertThat(industryMarkers).isNotEmpty();

    indicatorBefore = industryIndicatorJson();
    procurementBefore = industryProcurementJson();
    budgetBefore = industryLineJson();
  }

  /**
   * The budget overview's workbook (a link, {@code /budget/export}) holds what its caller may see: a division head's
   * none of another division's lines, the leadership group's all of them (the check's control). The .xlsx is
   * compressed, so its text is read from the workbook itself.
   */
  @Test
  void theBudgetWorkbook_ofADivisionHead_holdsNothingOfAnotherDivision() throws Exception {
    String export = PORTAL + "/budget/export?year=2023&asOf=2023-12-31";
    String head = workbookText(PortalSession.login(HEAD).download(export));
    String leader = workbookText(PortalSession.login("leader1").download(export));
    assertThat(leader).as("the control: the leadership's workbook names the industry division's lines")
        .contains(industryLineName);
    List<String> leaked = industryMarkers.stream().filter(head::contains).toList();
    record(HEAD, "GET", "/budget/export?year=2023", "no industry lines in the workbook", leaked.isEmpty() ? 200 : 0);
    assertThat(leaked).isEmpty();
    assertThat(head).as("the head's own workbook is not empty").isNotBlank();
  }

  /** The text of a workbook's parts (shared strings and sheets: every text of its cells, XML entities read). */
  private static String workbookText(java.net.http.HttpResponse<byte[]> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(200);
    StringBuilder text = new StringBuilder();
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
        new java.io.ByteArrayInputStream(response.body()))) {
      for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().startsWith("xl/") && entry.getName().endsWith(".xml")) {
          text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  @AfterAll
  static void writeSweep() throws IOException {
    Files.createDirectories(SWEEP.getParent());
    Files.write(SWEEP, lines, StandardCharsets.UTF_8);
  }

  private static void record(String who, String method, String what, String expected, Object got) {
    lines.add(String.join(",", who, method, csv(what), csv(expected), csv(String.valueOf(got))));
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  // ------------------------------------------------------------------------------------------------ the API

  @SuppressWarnings("unchecked")
  static Set<String> apiOperations() throws Exception {
    HttpResponse<String> doc = get(SERVER + "/openapi?format=JSON", null);
    assertThat(doc.statusCode()).isEqualTo(200);
    Map<String, Object> paths = (Map<String, Object>) json(doc.body()).get("paths");
    Set<String> ops = new TreeSet<>();
    paths.forEach((path, item) -> ((Map<String, Object>) item).keySet().stream()
        .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
        .forEach(m -> ops.add(m.toUpperCase() + " " + (path.startsWith("/jixiao/") ? path.substring(7) : path))));
    return ops;
  }

  @Test
  void everyApiOperation_isClassified() throws Exception {
    Set<String> ops = apiOperations();
    assertThat(ops).as("operations of /openapi").hasSizeGreaterThanOrEqualTo(20);
    assertThat(ops.stream().filter(op -> !API.containsKey(op)).toList())
        .as("operations without a row in AccessSweepIT.API: classify them").isEmpty();
    assertThat(API.keySet().stream().filter(op -> !ops.contains(op)).toList())
        .as("rows of AccessSweepIT.API no longer in the OpenAPI document").isEmpty();
  }

  private static String url(String op) {
    String path = op.substring(op.indexOf(' ') + 1).replace("{year}", "2023");
    if (path.contains("/indicators/{code}")) {
      path = path.replace("{code}", industryIndicator);
    } else if (path.contains("/procurement/{code}")) {
      path = path.replace("{code}", industryProcurement);
    } else if (path.contains("/budget/lines/{code}")) {
      path = path.replace("{code}", industryLine).replace("{month}", "12");
    }
    if (op.startsWith("DELETE")) {
      path += "?version=0";
    }
    return PORTAL + path;
  }

  private static String bodyFor(String op) {
    if (op.startsWith("GET") || op.startsWith("DELETE")) {
      return null;
    }
    if (op.contains("/budget/lines/")) {
      return "{\"amount\":\"1\",\"reason\":\"越权\",\"version\":0}";
    }
    if (op.contains("/indicators")) {
      return "{\"code\":\"" + industryIndicator + "\",\"name\":\"越权\",\"subcategory\":\"ECONOMIC\","
          + "\"kind\":\"AT_LEAST\",\"target\":1,\"weight\":1,\"version\":0}";
    }
    if (op.contains("/procurement")) {
      return "{\"code\":\"" + industryProcurement + "\",\"name\":\"越权\",\"amount\":\"1\",\"method\":\"询价\","
          + "\"budgetLine\":\"" + industryLine + "\",\"version\":0}";
    }
    if (op.contains("/admin/users")) {
      return "{\"username\":\"sweep.intruder\",\"firstName\":\"x\",\"lastName\":\"y\",\"email\":\"x@example.org\","
          + "\"division\":\"info\",\"role\":\"admin\"}";
    }
    if (op.equals("POST /api/v1/years")) {
      return "{\"year\":2024}";
    }
    return "{}";
  }

  private static HttpResponse<String> call(String op, String token) throws Exception {
    return send(op.substring(0, op.indexOf(' ')), url(op), token, bodyFor(op));
  }

  @Test
  void anonymous_getsA401_fromEveryOperation() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String op : apiOperations()) {
      int status = call(op, null).statusCode();
      record("anonymous", op.substring(0, op.indexOf(' ')), url(op), "401", status);
      if (status != 401) {
        failures.add(op + " → " + status);
      }
    }
    HttpResponse<String> forged = send("GET", PORTAL + "/api/v1/me", "not.a.token", null);
    record("anonymous", "GET", PORTAL + "/api/v1/me (garbage token)", "401", forged.statusCode());
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(failures).isEmpty();
  }

  @Test
  void divisionHead_getsNothingOfAnotherDivision_andNoOtherRolesOperation() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String op : apiOperations()) {
      Rule rule = API.get(op);
      HttpResponse<String> r = call(op, headToken);
      int status = r.statusCode();
      String expected;
      boolean ok;
      switch (rule) {
        case ANY_ROLE_SCOPED -> {
          expected = "no industry data";
          ok = status == 200 ? industryMarkers.stream().noneMatch(r.body()::contains)
              && !r.body().contains("\"division\":\"industry\"") : status / 100 == 4;
        }
        case RECORD, DIVISION_WRITE -> {
          // refused in any way but a failed login (the imports refuse a JSON body as 415 before any rule)
          expected = "4xx but 401";
          ok = status / 100 == 4 && status != 401;
        }
        default -> {
          expected = "403";
          ok = status == 403;
        }
      }
      record(HEAD, op.substring(0, op.indexOf(' ')), url(op), expected, status);
      if (!ok || status / 100 == 2 && rule != Rule.ANY_ROLE_SCOPED) {
        failures.add(op + " → " + status + " " + r.body().substring(0, Math.min(200, r.body().length())));
      }
    }
    // a new record of the head's own, charged to another division's budget line
    HttpResponse<String> charged = send("POST", PORTAL + "/api/v1/years/2023/procurement", headToken,
        "{\"code\":\"SWEEP-X1\",\"name\":\"越权挂账\",\"amount\":\"1\",\"method\":\"询价\","
            + "\"intentionPublished\":\"2023-03-01\",\"procurementStarted\":\"2023-04-10\","
            + "\"budgetLine\":\"" + industryLine + "\"}");
    record(HEAD, "POST", PORTAL + "/api/v1/years/2023/procurement (own record on line " + industryLine + ")",
        "403/422", charged.statusCode());
    if (!charged.body().contains("procurement.line.otherDivision")) {
      failures.add("own record on " + industryLine + ": not refused as another division's line: " + charged.body());
    }
    if (charged.statusCode() / 100 == 2) {
      send("DELETE", PORTAL + "/api/v1/years/2023/procurement/SWEEP-X1?version="
          + json(charged.body()).get("version"), headToken, null);
      failures.add("own record charged to " + industryLine + " → " + charged.statusCode());
    }
    // leadership and finance are not administrators
    for (String user : List.of("leader1", "finance")) {
      String token = accessTokenOf(user);
      for (String op : API.keySet()) {
        if (API.get(op) == Rule.ADMIN_ONLY) {
          int status = call(op, token).statusCode();
          record(user, op.substring(0, op.indexOf(' ')), url(op), "403", status);
          if (status != 403) {
            failures.add(user + " " + op + " → " + status);
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertUnchanged();
  }

  private static String industryIndicatorJson() throws Exception {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> all = (List<Map<String, Object>>)
        json(get(PORTAL + "/api/v1/years/2023/indicators", leaderToken).body()).get("indicators");
    return all.stream().filter(i -> industryIndicator.equals(i.get("code"))).findFirst().orElseThrow().toString();
  }

  private static String industryProcurementJson() throws Exception {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> all = (List<Map<String, Object>>)
        json(get(PORTAL + "/api/v1/years/2023/procurement?asOf=2023-12-31", leaderToken).body()).get("records");
    Map<String, Object> r = all.stream().filter(i -> industryProcurement.equals(i.get("code"))).findFirst()
        .orElseThrow();
    return r.toString() + " documents " + documentsOf(industryProcurement);
  }

  private static String industryLineJson() throws Exception {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> all = (List<Map<String, Object>>)
        json(get(PORTAL + "/api/v1/years/2023/budget?asOf=2023-12-31", leaderToken).body()).get("lines");
    return all.stream().filter(i -> industryLine.equals(i.get("code"))).findFirst().orElseThrow().toString();
  }

  /** The documents listed on the record's page, as leader1 sees it. */
  private static String documentsOf(String code) throws Exception {
    if (leaderPages == null) {
      leaderPages = PortalSession.login("leader1");
    }
    String html = leaderPages.get(PORTAL + "/procurement/record.xhtml?year=2023&code=" + code).body();
    int start = html.indexOf("recordForm:documents");
    int end = start < 0 ? -1 : html.indexOf("</table>", start);
    return start < 0 || end < 0 ? "" : html.substring(start, end);
  }

  private static PortalSession leaderPages;

  private static void assertUnchanged() throws Exception {
    assertThat(industryIndicatorJson()).isEqualTo(indicatorBefore);
    assertThat(industryProcurementJson()).isEqualTo(procurementBefore);
    assertThat(industryLineJson()).isEqualTo(budgetBefore);
  }

  // ---------------------------------------------------------------------------------------------- the pages

  /** Every .xhtml of the webapp outside WEB-INF, and every servlet path (@WebServlet) of the portal. */
  static List<String> pages() throws IOException {
    List<String> pages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      files.filter(f -> f.toString().endsWith(".xhtml"))
          .map(f -> WEBAPP.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("WEB-INF/"))
          .sorted().forEach(pages::add);
    }
    Pattern servlet = Pattern.compile("@WebServlet\\(\\s*(?:urlPatterns\\s*=\\s*|value\\s*=\\s*)?\\{?\\s*\"/([^\"]+)\"");
    try (Stream<Path> files = Files.walk(PORTAL_SOURCES)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = servlet.matcher(Files.readString(f));
        while (m.find()) {
          pages.add(m.group(1));
        }
      }
    }
    return pages;
  }

  static Rule ruleOf(String page) {
    return PAGES.entrySet().stream().filter(e -> page.matches(e.getKey())).map(Map.Entry::getValue).findFirst()
        .orElse(null);
  }

  @Test
  void everyPage_isClassified_andAnonymousCallersAreSentToLogin() throws Exception {
    List<String> pages = pages();
    assertThat(pages).contains("index.xhtml", "admin/users.xhtml", "evidence", "public/sso");
    assertThat(pages.stream().filter(p -> ruleOf(p) == null).toList())
        .as("pages without a row in AccessSweepIT.PAGES: classify them").isEmpty();

    PortalSession anonymous = PortalSession.anonymous();
    List<String> failures = new ArrayList<>();
    for (String page : pages) {
      String url = PORTAL + "/" + page + (page.equals("evidence") ? "?year=2023&code=" + industryIndicator + "&id=1"
          : "");
      PortalSession.Page r = anonymous.getOnce(url);
      String location = r.header("Location");
      if (ruleOf(page) == Rule.PUBLIC) {
        record("anonymous", "GET", url, "not a portal page with data", r.status());
        if (r.status() / 100 == 2 && industryMarkers.stream().anyMatch(r.body()::contains)) {
          failures.add(page + " shows data");
        }
      } else {
        boolean toLogin = r.status() == 302 && location != null && location.contains("/jixiao/public/sso?");
        record("anonymous", "GET", url, "302 to login", r.status() + " " + location);
        if (!toLogin) {
          failures.add(page + " → " + r.status() + " " + location);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void divisionHead_isRefusedOtherRolesPages_andOtherDivisionsRecords() throws Exception {
    PortalSession head = PortalSession.login(HEAD);
    List<String> failures = new ArrayList<>();
    for (String page : pages()) {
      Rule rule = ruleOf(page);
      if (rule == Rule.PUBLIC || page.equals("logout") || page.equals("evidence")) {
        continue;
      }
      String url = PORTAL + "/" + page + (page.startsWith("admin/user.xhtml") ? "?u=head.industry" : "");
      PortalSession.Page r = head.get(url);
      String expected;
      boolean ok;
      switch (rule) {
        case ADMIN_ONLY, LEADERSHIP_ONLY, FINANCE_ONLY -> {
          expected = "403 page";
          ok = r.status() == 403 && r.body().contains("无权访问");
        }
        case DEPARTMENT -> {
          expected = "refusal, no data";
          ok = (r.status() == 403 || r.body().contains("部门整体评价只对预算绩效管理领导小组"))
              && industryMarkers.stream().noneMatch(r.body()::contains);
        }
        default -> {
          expected = "own division only";
          ok = r.status() == 200 && r.uri().toString().startsWith(PORTAL)
              && industryMarkers.stream().noneMatch(r.body()::contains);
        }
      }
      record(HEAD, "GET", url, expected, r.status());
      if (!ok) {
        failures.add(page + " → " + r.status() + " "
            + industryMarkers.stream().filter(r.body()::contains).toList());
      }
    }

    // crafted ids in the address
    PortalSession.Page line = head.get(PORTAL + "/budget/line.xhtml?year=2023&code=" + industryLine);
    record(HEAD, "GET", "/budget/line.xhtml?code=" + industryLine, "refusal message", refusalOf(line.body()));
    assertThat(line.body()).contains("属于其他处室").doesNotContain(industryLineName);
    PortalSession.Page record = head.get(PORTAL + "/procurement/record.xhtml?year=2023&code=" + industryProcurement);
    record(HEAD, "GET", "/procurement/record.xhtml?code=" + industryProcurement, "refusal message",
        refusalOf(record.body()));
    assertThat(record.body()).contains("属于其他处室").doesNotContain("id=\"recordForm:recordBody\"");
    assertThat(industryMarkers.stream().filter(record.body()::contains).toList()).isEmpty();
    for (String of : List.of("", "&of=procurement")) {
      String code = of.isEmpty() ? industryIndicator : industryProcurement;
      for (int id = 1; id <= 3; id++) {
        PortalSession.Page file = head.get(PORTAL + "/evidence?year=2023&code=" + code + "&id=" + id + of);
        record(HEAD, "GET", "/evidence?code=" + code + "&id=" + id + of, "403/404", file.status());
        if (file.status() != 403 && file.status() != 404) {
          failures.add("evidence " + code + " " + id + " → " + file.status());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  private static String refusalOf(String html) {
    return html.contains("属于其他处室") ? "refused" : "NOT REFUSED";
  }

  /** The refusal of a postback that changes its page's parameters (ViewParameterGuard). */
  private static String parameterRefusalOf(String html) {
    return html.contains("与打开页面时不一致") ? "refused" : "NOT REFUSED";
  }

  @Test
  void aCraftedFacesPost_namingAnotherDivisionsRecord_isRefusedAndChangesNothing() throws Exception {
    // a record of head.info's own for the form (withdrawn at the end, with whatever the posts added to it)
    HttpResponse<String> created = send("POST", PORTAL + "/api/v1/years/2023/procurement", headToken,
        "{\"code\":\"SWEEP-OWN\",\"name\":\"访问控制测试采购\",\"amount\":\"1\",\"method\":\"询价\","
            + "\"intentionPublished\":\"2023-03-01\",\"procurementStarted\":\"2023-04-10\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    try {
      PortalSession head = PortalSession.login(HEAD);
      String page = PORTAL + "/procurement/record.xhtml?year=2023&code=SWEEP-OWN";
      PortalSession.Page mine = head.get(page);
      assertThat(mine.body()).contains("SWEEP-OWN").contains("recordForm:addDocument");
      Matcher action = Pattern.compile("<form id=\"recordForm\"[^>]*action=\"([^\"]+)\"").matcher(mine.body());
      assertThat(action.find()).isTrue();
      String target = SERVER + action.group(1).replace("&amp;", "&");

      // the control: the form as PrimeFaces posts it, unchanged, adds the link to the own record
      Map<String, String> control = new LinkedHashMap<>();
      control.put("jakarta.faces.partial.ajax", "true");
      control.put("jakarta.faces.source", "recordForm:addDocument");
      control.put("jakarta.faces.partial.execute",
          "recordForm:addDocument recordForm:documentTitle recordForm:documentLink");
      control.put("jakarta.faces.partial.render", "recordForm");
      control.put("recordForm:addDocument", "recordForm:addDocument");
      control.put("recordForm", "recordForm");
      control.put("recordForm:documentTitle", "合法附件");
      control.put("recordForm:documentLink", "https://example.org/own");
      control.put("jakarta.faces.ViewState", PortalSession.viewState(mine.body()));
      head.post(target, control, Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest"));
      boolean controlWorked = documentsOf("SWEEP-OWN").contains("合法附件");
      record(HEAD, "POST", "/procurement/record.xhtml SWEEP-OWN (control: the form unchanged)", "link added",
          controlWorked ? "link added" : "NOT ADDED (the posts below prove less)");
      mine = head.get(page);

      // a full postback of the document form, the record's code in the request changed to the industry record's
      Map<String, String> form = new LinkedHashMap<>();
      form.put("recordForm", "recordForm");
      form.put("recordForm:documentTitle", "越权附件");
      form.put("recordForm:documentLink", "https://example.org/sweep");
      form.put("recordForm:addDocument", "recordForm:addDocument");
      form.put("code", industryProcurement);
      form.put("year", "2023");
      form.put("jakarta.faces.ViewState", PortalSession.viewState(mine.body()));
      PortalSession.Page posted = head.post(target, form);
      record(HEAD, "POST", "/procurement/record.xhtml (code=" + industryProcurement + " in the form)",
          "refused, industry record unchanged", posted.status() + " " + parameterRefusalOf(posted.body()));
      assertThat(parameterRefusalOf(posted.body())).isEqualTo("refused");

      // the same as an ajax request executing the whole view (the view parameters included)
      Map<String, String> ajax = new LinkedHashMap<>(form);
      ajax.put("jakarta.faces.partial.ajax", "true");
      ajax.put("jakarta.faces.source", "recordForm:addDocument");
      ajax.put("jakarta.faces.partial.execute", "@all");
      ajax.put("jakarta.faces.partial.render", "recordForm");
      ajax.put("jakarta.faces.ViewState", PortalSession.viewState(head.get(page).body()));
      PortalSession.Page partial = head.post(target, ajax,
          Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest"));
      record(HEAD, "POST", "/procurement/record.xhtml (ajax @all, code=" + industryProcurement + ")",
          "refused, industry record unchanged", partial.status() + " " + parameterRefusalOf(partial.body()));
      assertThat(parameterRefusalOf(partial.body())).isEqualTo("refused");

      assertUnchanged();
      assertThat(documentsOf(industryProcurement)).doesNotContain("越权附件");
      // refused before anything was applied: not even the own record got the link
      record(HEAD, "POST", "SWEEP-OWN after the crafted posts", "nothing added",
          documentsOf("SWEEP-OWN").contains("越权附件") ? "THE LINK WAS ADDED" : "nothing added");
      assertThat(documentsOf("SWEEP-OWN")).doesNotContain("越权附件");
      // and both attempts are in the trail
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> entries = (List<Map<String, Object>>) json(get(PORTAL + "/api/v1/audit?user=" + HEAD
          + "&type=Page&size=50", accessTokenOf("admin")).body()).get("entries");
      long logged = entries.stream().filter(e -> "REFUSED".equals(e.get("outcome")))
          .filter(e -> String.valueOf(e.get("detail")).contains(industryProcurement)).count();
      record("admin", "GET", "/api/v1/audit: REFUSED Page entries naming " + industryProcurement, ">= 2", logged);
      assertThat(logged).isGreaterThanOrEqualTo(2);
    } finally {
      long version = ((Number) json(created.body()).get("version")).longValue();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> now = (List<Map<String, Object>>)
          json(get(PORTAL + "/api/v1/years/2023/procurement", headToken).body()).get("records");
      version = now.stream().filter(r -> "SWEEP-OWN".equals(r.get("code")))
          .map(r -> ((Number) r.get("version")).longValue()).findFirst().orElse(version);
      assertThat(send("DELETE", PORTAL + "/api/v1/years/2023/procurement/SWEEP-OWN?version=" + version, headToken,
          null).statusCode()).isEqualTo(204);
    }
  }

  /**
   * The Excel imports with a real workbook: a division head's sheet that names another division's indicator or
   * procurement record (by its code, and once claiming the other division outright), and the finance template.
   * Each is refused as a whole with the row and the reason, nothing changes, and the trail has every attempt.
   */
  @Test
  @SuppressWarnings("unchecked")
  void divisionHead_importingWorkbooksNamingAnotherDivisionsRecords_isRefusedAndChangesNothing() throws Exception {
    String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    List<Object> indicatorColumns = List.of("指标编码", "指标名称", "一级指标", "二级指标", "对应目标", "专项资金编码", "计量单位",
        "指标性质", "年度指标值", "指标值（文字）", "分值", "上年实际值", "实际完成值", "完成情况说明", "偏差原因", "改进措施", "完成率",
        "得分", "目标状态", "实际值状态");
    List<Object> procurementColumns = List.of("项目编号", "项目名称", "采购实施处室", "预算项目编码", "金额（万元）", "采购方式",
        "采购意向公开日期", "采购活动开始日期", "中标（成交）通知书发出日期", "合同签订日期", "合同公告日期", "合同备案日期");
    Map<String, byte[]> sheets = new LinkedHashMap<>();
    sheets.put("indicators", MalformedInputIT.xlsx(Map.of("绩效指标", List.of(indicatorColumns,
        List.of(industryIndicator, "越权导入的指标", "", "SERVICE_SATISFACTION", 1, "", "%", "AT_LEAST", 1, "", 1)))));
    sheets.put("procurement", MalformedInputIT.xlsx(Map.of("采购项目", List.of(procurementColumns,
        List.of(industryProcurement, "越权导入的采购", "info", "", 1, "询价", "2023-03-01", "2023-04-10", "", "", "", "")))));
    sheets.put("procurement (division industry)", MalformedInputIT.xlsx(Map.of("采购项目", List.of(procurementColumns,
        List.of(industryProcurement, "越权导入的采购", "industry", "", 1, "询价", "2023-03-01", "2023-04-10", "", "", "",
            "")))));
    sheets.put("budget", MalformedInputIT.xlsx(Map.of("预算项目", List.of(List.of("预算项目编码", "预算项目名称"),
        List.of(industryLine, "越权导入的预算")))));
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, byte[]> sheet : sheets.entrySet()) {
      String target = sheet.getKey().split(" ")[0];
      HttpResponse<String> r = TestEnvironment.HTTP.send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(PORTAL + "/api/v1/years/2023/imports/" + target))
          .header("Authorization", "Bearer " + headToken).header("Content-Type", xlsxType)
          .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(sheet.getValue())).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String expected = target.equals("budget") ? "403" : "422 naming row 2";
      boolean ok = target.equals("budget") ? r.statusCode() == 403
          : r.statusCode() == 422 && ((List<Map<String, Object>>) json(r.body()).get("problems")).stream()
              .anyMatch(p -> ((Number) p.get("row")).intValue() == 2);
      record(HEAD, "POST", "/api/v1/years/2023/imports/" + sheet.getKey() + " (xlsx naming industry's records)",
          expected, r.statusCode() + " " + r.body().substring(0, Math.min(160, r.body().length())));
      if (!ok) {
        failures.add(sheet.getKey() + " → " + r.statusCode() + " " + r.body());
      }
    }
    assertThat(failures).isEmpty();
    assertUnchanged();
    List<Map<String, Object>> entries = (List<Map<String, Object>>) json(get(PORTAL + "/api/v1/audit?user=" + HEAD
        + "&action=IMPORT&size=100", accessTokenOf("admin")).body()).get("entries");
    Set<String> refusedTypes = new TreeSet<>();
    entries.stream().filter(e -> "REFUSED".equals(e.get("outcome"))).forEach(e -> refusedTypes.add((String) e.get("recordType")));
    record("admin", "GET", "/api/v1/audit: REFUSED IMPORT entries of " + HEAD, "indicators, procurement, budget",
        refusedTypes);
    assertThat(refusedTypes).contains("Indicator", "ProcurementProject", "BudgetLine");
  }

  // ------------------------------------------------------------------------------------- each refusal logged

  @Test
  @SuppressWarnings("unchecked")
  void theRefusedAttemptsOnRecords_areInTheAuditTrail() throws Exception {
    // crafted ids through the API and a page's address
    send("PUT", PORTAL + "/api/v1/years/2023/indicators/" + industryIndicator, headToken,
        bodyFor("PUT /api/v1/years/{year}/indicators/{code}"));
    send("PUT", PORTAL + "/api/v1/years/2023/procurement/" + industryProcurement, headToken,
        bodyFor("PUT /api/v1/years/{year}/procurement/{code}"));
    PortalSession.login(HEAD).get(PORTAL + "/budget/line.xhtml?year=2023&code=" + industryLine);
    String admin = accessTokenOf("admin");
    List<Map<String, Object>> entries = (List<Map<String, Object>>) json(
        get(PORTAL + "/api/v1/audit?user=" + HEAD + "&size=500", admin).body()).get("entries");
    List<String> refused = entries.stream().filter(e -> "REFUSED".equals(e.get("outcome")))
        .map(e -> e.get("recordType") + " " + e.get("recordKey")).toList();
    for (String key : List.of(industryIndicator, industryProcurement, industryLine)) {
      boolean logged = refused.stream().anyMatch(r -> r.endsWith(" " + key));
      record("admin", "GET", "/api/v1/audit: REFUSED entry of " + HEAD + " on " + key, "present", logged);
    }
    assertThat(refused).as("refused attempts of " + HEAD)
        .anySatisfy(r -> assertThat(r).endsWith(" " + industryIndicator))
        .anySatisfy(r -> assertThat(r).endsWith(" " + industryProcurement))
        .anySatisfy(r -> assertThat(r).endsWith(" " + industryLine));
  }
}
