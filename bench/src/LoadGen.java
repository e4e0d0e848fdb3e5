import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The performance suite's load generator and its session-failover check: plain Java (java.net.http), no
 * dependency, launched as a single source file. Talks to localhost only: every URL must be http://localhost or
 * http://127.0.0.1, and every loop is bounded by a count and a deadline.
 *
 * <pre>
 * java bench/src/LoadGen.java load OUT.txt [key=value ...]
 *     base=http://localhost:9080/jixiao users=50 logins=leader1,leader2,leader3 password=Jixiao@2023
 *     pages=/hello.xhtml,/leadership/home.xhtml,/indicators/tree.xhtml,/budget/overview.xhtml,/hello-layout.xhtml
 *     warmup=30 seconds=90 max=20000 think=500
 * java bench/src/LoadGen.java failover OUT.txt a=http://localhost:9080/jixiao b=http://localhost:9082/jixiao
 * </pre>
 *
 * <p><b>load</b>: {@code users} virtual users each log in through Keycloak's own login form (the portal's OIDC
 * authorization-code flow, as a browser does it; cookies per user), then request the pages round-robin, each
 * user starting at another page, with a random think time of 0–2×{@code think} ms between requests. Only the
 * HTML is fetched (a browser has the scripts and styles cached after the first page). A request's latency runs
 * from sending it to the last byte of the response (as JMeter's "elapsed"); the response counts as an error unless
 * it is 200 and the portal's own page (not a login form), checked after the clock stopped. First {@code warmup} seconds unmeasured
 * (JIT, caches), then {@code seconds} measured or {@code max} requests, whichever comes first; per page
 * p50/p95/p99, and each page's p95 as a ratio of the first page's (the hello-world baseline).
 *
 * <p><b>failover</b>: logs in on server A, opens the procurement register (a view-scoped page) there and sets its
 * method filter by Ajax; then sends the same cookies to server B: B, which has not seen the user, must let them in
 * without a password (Keycloak's SSO session answers its redirect; {@code /hello.xhtml} greets them), the HTTP
 * session must be the same, the leadership home must answer, an Ajax request of the view opened on A must work on
 * B with the method chosen on A still in the view-scoped bean, and the view's export (a service call) must answer
 * on B. Exit status 0 only if all hold.
 */
public final class LoadGen {

  static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  static final Pattern FORM_ACTION2 = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");
  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: java bench/src/LoadGen.java load|failover OUT.txt [key=value ...]");
      System.exit(2);
    }
    Map<String, String> o = new LinkedHashMap<>();
    o.put("base", "http://localhost:9080/jixiao");
    o.put("users", "50");
    o.put("logins", "leader1,leader2,leader3");
    o.put("password", "Jixiao@2023");
    o.put("pages", "/hello.xhtml,/leadership/home.xhtml,/indicators/tree.xhtml,/budget/overview.xhtml,/hello-layout.xhtml");
    o.put("warmup", "30");
    o.put("seconds", "90");
    o.put("max", "20000");
    o.put("think", "500");
    o.put("a", "http://localhost:9080/jixiao");
    o.put("b", "http://localhost:9082/jixiao");
    for (int i = 2; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      o.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    for (String k : List.of("base", "a", "b")) {
      requireLocal(o.get(k));
    }
    Path out = Path.of(args[1]);
    String report = switch (args[0]) {
      case "load" -> load(o);
      case "failover" -> failover(o);
      default -> throw new IllegalArgumentException(args[0]);
    };
    System.out.print(report);
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.writeString(out, report, StandardCharsets.UTF_8);
    if (report.contains("FAILED")) {
      System.exit(1);
    }
  }

  static void requireLocal(String url) {
    URI u = URI.create(url);
    if (!"http".equals(u.getScheme()) || !("localhost".equals(u.getHost()) || "127.0.0.1".equals(u.getHost()))) {
      throw new IllegalArgumentException("localhost only: " + url);
    }
  }

  // --- a user: its own cookies, logged in through Keycloak's form -----------------------------------------------

  /**
   * Cookies as a browser keeps them for localhost: Keycloak marks its login cookies Secure, and browsers treat
   * http://localhost as a secure context and send them anyway; Java's CookieManager would not.
   */
  static final class LocalhostCookies extends CookieHandler {
    final CookieManager inner = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
      return inner.get(uri, headers);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
      Map<String, List<String>> local = new HashMap<>();
      headers.forEach((k, v) -> local.put(k, k != null && k.equalsIgnoreCase("Set-Cookie")
          ? v.stream().map(c -> c.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : v));
      inner.put(uri, local);
    }

    CookieStore store() {
      return inner.getCookieStore();
    }
  }

  static final class User {
    final LocalhostCookies cookies = new LocalhostCookies();
    // HTTP/1.1 as browsers speak it over plain http (they use HTTP/2 only over TLS); Java's default, an h2c upgrade,
    // came back cut at 32 KB when the first request of a connection was a large page
    final HttpClient follow = HttpClient.newBuilder().executor(Runnable::run).version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    final HttpClient noFollow = HttpClient.newBuilder().executor(Runnable::run).version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** Opens a portal page, is sent to Keycloak, posts the login form, lands on the page. */
    void login(String base, String page, String username, String password) throws IOException, InterruptedException {
      HttpResponse<String> form = follow.send(get(base + page), HttpResponse.BodyHandlers.ofString());
      if (form.uri().toString().startsWith(base) && isPortalPage(form)) {
        return; // a retry after a login that reached Keycloak: its SSO session let the user in without the form
      }
      Matcher m = FORM_ACTION.matcher(form.body());
      if (!m.find()) {
        m = FORM_ACTION2.matcher(form.body());
        if (!m.find()) {
          throw new IOException("no Keycloak login form at " + form.uri() + " (HTTP " + form.statusCode() + "): "
              + summaryOf(form.body()));
        }
      }
      String action = m.group(1).replace("&amp;", "&");
      requireLocal(action);
      String body = "username=" + enc(username) + "&password=" + enc(password) + "&credentialId=";
      HttpResponse<String> landed = follow.send(HttpRequest.newBuilder(URI.create(action))
          .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      if (landed.statusCode() != 200 || !landed.uri().toString().startsWith(base)) {
        throw new IOException("login of " + username + " ended at " + landed.uri() + " (HTTP " + landed.statusCode()
            + "): " + errorOf(landed.body()));
      }
    }

    /** A page without following redirects: 200 and the portal's own HTML, or an error. */
    HttpResponse<String> page(String url) throws IOException, InterruptedException {
      return noFollow.send(get(url), HttpResponse.BodyHandlers.ofString());
    }

    /** The same, its body as received: what the load measures (decoding and checking it come after). */
    HttpResponse<byte[]> pageBytes(String url) throws IOException, InterruptedException {
      return noFollow.send(get(url), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form post (a non-Ajax button) of the view whose state is given; the answer as received. */
    HttpResponse<byte[]> post(String url, Map<String, String> params) throws IOException, InterruptedException {
      return noFollow.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
          .POST(HttpRequest.BodyPublishers.ofString(form(params))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A Faces Ajax request (as PrimeFaces sends it) of the view whose state is given. */
    HttpResponse<String> ajax(String url, Map<String, String> params) throws IOException, InterruptedException {
      return noFollow.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
          .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
          .POST(HttpRequest.BodyPublishers.ofString(form(params))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> params) {
      StringBuilder body = new StringBuilder();
      params.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
      return body.toString();
    }
  }

  /** A page's title and the start of its text, to say what came back instead of the expected page. */
  static String summaryOf(String html) {
    Matcher title = Pattern.compile("(?s)<title>(.*?)</title>").matcher(html);
    String text = html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ")
        .replaceAll("\\s+", " ").strip();
    return (title.find() ? "title \"" + title.group(1).strip() + "\", " : "") + "text \""
        + text.substring(0, Math.min(200, text.length())) + "\"";
  }

  /** Keycloak's message on a login page shown again (wrong password, expired form ...). */
  static String errorOf(String html) {
    Matcher m = Pattern.compile("(?s)id=\"input-error[^\"]*\"[^>]*>(.*?)<").matcher(html);
    Matcher alert = Pattern.compile("(?s)class=\"[^\"]*kc-feedback-text[^\"]*\"[^>]*>(.*?)<").matcher(html);
    return m.find() ? m.group(1).strip() : alert.find() ? alert.group(1).strip() : "";
  }

  static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static boolean isPortalPage(HttpResponse<String> r) {
    return isPortalPage(r.statusCode(), r.body());
  }

  static boolean isPortalPage(int status, String body) {
    return status == 200 && !body.contains("kc-form-login") && body.contains("</html>");
  }

  // --- load ---------------------------------------------------------------------------------------------------

  static String load(Map<String, String> o) throws Exception {
    String base = o.get("base");
    int users = Integer.parseInt(o.get("users"));
    String[] logins = o.get("logins").split(",");
    List<String> pages = List.of(o.get("pages").split(","));
    long warmupMs = Long.parseLong(o.get("warmup")) * 1000;
    long measureMs = Long.parseLong(o.get("seconds")) * 1000;
    int max = Integer.parseInt(o.get("max"));
    int think = Integer.parseInt(o.get("think"));

    // log everybody in first, one login per username at a time with a pause after each: Keycloak's brute-force
    // detection refuses a user's logins that come quicker than its quick-login check (1 s); bounded: 2 attempts
    List<User> all = new ArrayList<>();
    long loginStart = System.nanoTime();
    List<Thread> loginThreads = new ArrayList<>();
    List<String> loginErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    Map<String, List<User>> byName = new LinkedHashMap<>();
    for (int u = 0; u < users; u++) {
      User user = new User();
      all.add(user);
      byName.computeIfAbsent(logins[u % logins.length], n -> new ArrayList<>()).add(user);
    }
    byName.forEach((name, its) -> {
      Thread t = new Thread(() -> {
        for (User user : its) {
          String error = null;
          for (int attempt = 0; attempt < 3; attempt++) {
            try {
              user.login(base, pages.get(1 % pages.size()), name, o.get("password"));
              error = null;
              break;
            } catch (Exception e) {
              error = name + ": " + e.getMessage();
              System.out.println("login attempt " + (attempt + 1) + " failed: " + error);
              try {
                Thread.sleep(2_000); // bounded: three attempts
              } catch (InterruptedException stop) {
                return;
              }
            }
          }
          if (error != null) {
            loginErrors.add(error);
          }
          try {
            Thread.sleep(1_100);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      loginThreads.add(t);
      t.start();
    });
    for (Thread t : loginThreads) {
      t.join(300_000);
    }
    double loginSeconds = (System.nanoTime() - loginStart) / 1e9;
    if (!loginErrors.isEmpty()) {
      return "FAILED: " + loginErrors.size() + " logins failed, e.g. " + loginErrors.get(0) + "\n";
    }

    Map<String, List<Long>> samples = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    for (String p : pages) {
      samples.put(p, java.util.Collections.synchronizedList(new ArrayList<>()));
      errors.put(p, new AtomicInteger());
    }
    AtomicInteger measured = new AtomicInteger();
    long start = System.nanoTime();
    long measureFrom = start + warmupMs * 1_000_000;
    long stopAt = measureFrom + measureMs * 1_000_000;
    CountDownLatch done = new CountDownLatch(users);
    List<String> firstError = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int u = 0; u < users; u++) {
      User user = all.get(u);
      int offset = u;
      Thread t = new Thread(() -> {
        java.util.Random random = new java.util.Random(offset);
        int i = offset;
        try {
          while (System.nanoTime() < stopAt && measured.get() < max) {
            String p = pages.get(i++ % pages.size());
            long t0 = System.nanoTime();
            long t1;
            boolean ok;
            try {
              HttpResponse<byte[]> r = user.pageBytes(base + p);
              t1 = System.nanoTime(); // the latency ends with the last byte (as JMeter's "elapsed"), checked after
              ok = isPortalPage(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
              if (!ok && firstError.isEmpty()) {
                firstError.add(p + " → HTTP " + r.statusCode() + " " + r.headers().firstValue("Location").orElse(""));
              }
            } catch (IOException e) {
              t1 = System.nanoTime();
              ok = false;
              if (firstError.isEmpty()) {
                firstError.add(p + " → " + e);
              }
            }
            if (t0 >= measureFrom && t1 <= stopAt) {
              measured.incrementAndGet();
              if (ok) {
                samples.get(p).add(t1 - t0);
              } else {
                errors.get(p).incrementAndGet();
              }
            }
            if (think > 0) {
              Thread.sleep(random.nextInt(2 * think + 1));
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          done.countDown();
        }
      });
      t.setDaemon(true);
      t.start();
    }
    done.await(warmupMs + measureMs + 120_000, java.util.concurrent.TimeUnit.MILLISECONDS);
    double seconds = Math.min(System.nanoTime(), stopAt) - measureFrom;
    seconds /= 1e9;

    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "Portal pages under load: %d concurrent users (logged in through Keycloak's form in %.1f s as %s, one login per name per 1.1 s), "
            + "think time 0–%d ms, HTML only, %s%n",
        users, loginSeconds, String.join("/", logins), 2 * think, base));
    s.append(String.format(Locale.ROOT, "warm-up %d s unmeasured, then %.1f s measured (bounded: %d s or %d requests)%n",
        warmupMs / 1000, seconds, measureMs / 1000, max));
    double baseP95 = 0;
    int totalErrors = 0;
    int total = 0;
    for (String p : pages) {
      long[] n = samples.get(p).stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(n);
      int e = errors.get(p).get();
      totalErrors += e;
      total += n.length + e;
      if (n.length == 0) {
        s.append(String.format(Locale.ROOT, "%-26s no successful request, %d errors%n", p, e));
        continue;
      }
      double p95 = ms(pct(n, 0.95));
      if (p.equals(pages.get(0))) {
        baseP95 = p95;
      }
      s.append(String.format(Locale.ROOT,
          "%-26s n=%5d err=%d | p50 %7.1f ms | p95 %7.1f ms | p99 %7.1f ms | max %7.1f ms | p95 ratio %.2f%n",
          p, n.length, e, ms(pct(n, 0.50)), p95, ms(pct(n, 0.99)), ms(n[n.length - 1]),
          baseP95 == 0 ? 0 : p95 / baseP95));
    }
    s.append(String.format(Locale.ROOT, "throughput %.1f pages/s, errors %d of %d%s%n", total / seconds, totalErrors,
        total, firstError.isEmpty() ? "" : " (first: " + firstError.get(0) + ")"));
    if (total == 0 || totalErrors > 0) {
      s.append("FAILED: requests failed\n");
    }
    return s.toString();
  }

  static long pct(long[] sorted, double q) {
    return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1))];
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  // --- failover -----------------------------------------------------------------------------------------------

  static String failover(Map<String, String> o) throws Exception {
    String a = o.get("a");
    String b = o.get("b");
    String login = o.get("logins").split(",")[0];
    User user = new User();
    StringBuilder s = new StringBuilder("Session failover: logged in on " + a + ", then the same cookies sent to " + b
        + "\n");
    boolean ok = true;

    user.login(a, "/hello.xhtml", login, o.get("password"));
    HttpResponse<String> helloA = user.page(a + "/hello.xhtml");
    ok &= check(s, "A greets the user", isPortalPage(helloA) && helloA.body().contains("Hello, " + login));

    HttpResponse<String> homeA = user.page(a + "/leadership/home.xhtml");
    if (!isPortalPage(homeA)) {
      s.append("  A's leadership home: ").append(homeA.body().getBytes(StandardCharsets.UTF_8).length)
          .append(" bytes, headers ").append(homeA.headers().map()).append('\n');
    }
    ok &= check(s, "A serves the leadership home (HTTP " + homeA.statusCode() + ")", isPortalPage(homeA));

    // a view-scoped page opened on A (the procurement register), its method filter set there by Ajax
    String register = "/procurement/register.xhtml?year=2023";
    HttpResponse<String> page = user.page(a + register);
    Matcher vs = VIEW_STATE.matcher(page.body());
    ok &= check(s, "A opens the procurement register (a view-scoped page)", isPortalPage(page) && vs.find());
    if (!ok) {
      return s.append("session failover: FAILED\n").toString();
    }
    String viewState = vs.group(1).replace("&#58;", ":").replace("&amp;", "&");
    Pattern inquiryChosen = Pattern.compile("value=\"INQUIRY\"[^>]*selected");
    Map<String, String> change = new LinkedHashMap<>();
    change.put("jakarta.faces.partial.ajax", "true");
    change.put("jakarta.faces.source", "registerForm:methodFilter");
    change.put("jakarta.faces.partial.execute", "registerForm:methodFilter");
    change.put("jakarta.faces.partial.render", "registerForm:methodFilter registerForm:records");
    change.put("jakarta.faces.behavior.event", "change");
    change.put("jakarta.faces.partial.event", "change");
    change.put("registerForm", "registerForm");
    change.put("registerForm:methodFilter_input", "INQUIRY");
    change.put("jakarta.faces.ViewState", viewState);
    HttpResponse<String> changed = user.ajax(a + register, change);
    ok &= check(s, "A: the method filter set to 询价 (INQUIRY) by Ajax",
        changed.statusCode() == 200 && changed.body().contains("<partial-response")
            && !changed.body().contains("<error") && inquiryChosen.matcher(changed.body()).find());
    String cookieNames = String.join(", ", user.cookies.store().getCookies().stream()
        .map(c -> c.getName()).distinct().sorted().toList());
    s.append("  cookies the browser holds: ").append(cookieNames).append('\n');

    // switch to B: B has not seen the user; it sends the browser through Keycloak, whose SSO session answers
    // without a login form, and lands back on the page; the JSESSIONID (the session in the database) stays
    String sessionBefore = cookie(user, "JSESSIONID");
    HttpResponse<String> helloB = user.follow.send(get(b + "/hello.xhtml"), HttpResponse.BodyHandlers.ofString());
    List<String> hops = new ArrayList<>();
    for (HttpResponse<String> r = helloB.previousResponse().orElse(null); r != null;
        r = r.previousResponse().orElse(null)) {
      hops.add(0, r.statusCode() + " " + r.uri().getHost() + ":" + r.uri().getPort() + r.uri().getPath());
    }
    ok &= check(s, "B greets the same user without asking for a password (" + hops.size() + " redirects: "
        + String.join(" → ", hops) + ")", isPortalPage(helloB) && helloB.body().contains("Hello, " + login)
        && helloB.uri().toString().startsWith(b));
    String sessionAfter = cookie(user, "JSESSIONID");
    ok &= check(s, "the HTTP session is the same one (JSESSIONID " + shortId(sessionBefore) + " → "
        + shortId(sessionAfter) + ": Liberty's 4-digit version prefix and :clone suffix aside)",
        sessionBefore != null && sessionAfter != null && sessionIdOf(sessionBefore).equals(sessionIdOf(sessionAfter)));
    HttpResponse<String> homeB = user.page(b + "/leadership/home.xhtml");
    if (!isPortalPage(homeB)) {
      s.append("  B's leadership home: ").append(homeB.body().getBytes(StandardCharsets.UTF_8).length)
          .append(" bytes, ends with ").append(homeB.body(), Math.max(0, homeB.body().length() - 60),
              homeB.body().length()).append('\n');
    }
    ok &= check(s, "B serves the leadership home, the first full page after the switch (HTTP " + homeB.statusCode()
        + ")", isPortalPage(homeB));
    Map<String, String> filter = new LinkedHashMap<>(change);
    filter.put("jakarta.faces.source", "registerForm:lateOnly");
    filter.put("jakarta.faces.partial.execute", "registerForm:lateOnly");
    filter.remove("registerForm:methodFilter_input");
    filter.put("registerForm:lateOnly_input", "on");
    HttpResponse<String> onB = user.ajax(b + register, filter);
    boolean restored = onB.statusCode() == 200 && onB.body().contains("<partial-response")
        && !onB.body().contains("<error") && !onB.body().contains("ViewExpired");
    ok &= check(s, "B restores the view opened on A (an Ajax request with A's view state, HTTP " + onB.statusCode()
        + ")", restored);
    ok &= check(s, "B renders the method chosen on A (the view-scoped bean came along)",
        restored && inquiryChosen.matcher(onB.body()).find());
    // an action of the restored view that calls a service: the bean's service reference came along too
    Map<String, String> export = new LinkedHashMap<>();
    export.put("registerForm_SUBMIT", "1"); // MyFaces decodes a form's components only when its marker is sent
    export.put("registerForm:export", "");
    export.put("jakarta.faces.ViewState", viewState);
    HttpResponse<byte[]> workbook = user.post(b + register, export);
    boolean xlsx = workbook.statusCode() == 200 && workbook.body().length > 4 && workbook.body()[0] == 'P'
        && workbook.body()[1] == 'K';
    ok &= check(s, "B: the restored view's bean exports the register through the procurement service (HTTP "
        + workbook.statusCode() + ", " + workbook.body().length + " bytes of .xlsx)", xlsx);
    if (!xlsx) {
      s.append("  B answered: ").append(summaryOf(new String(workbook.body(), StandardCharsets.UTF_8))).append('\n');
    }
    HttpResponse<String> homeB2 = user.page(b + "/leadership/home.xhtml");
    ok &= check(s, "B serves the leadership home again (HTTP " + homeB2.statusCode() + ")", isPortalPage(homeB2));
    if (!restored) {
      s.append("  B answered: ").append(onB.body(), 0, Math.min(400, onB.body().length())).append('\n');
    }
    s.append(ok ? "session failover: PASSED\n" : "session failover: FAILED\n");
    return s.toString();
  }

  static String cookie(User user, String name) {
    return user.cookies.store().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  /** Liberty's session cookie: a 4-digit cache version, the session id, ":" and the clone id of the node. */
  static String sessionIdOf(String cookie) {
    String id = cookie.split(":")[0];
    return id.length() > 4 ? id.substring(4) : id;
  }

  /** A session id's first characters and Liberty's clone id (the node that last wrote it). */
  static String shortId(String id) {
    return id == null ? "none" : id.length() > 12 ? id.substring(0, 12) + "…" : id;
  }

  static boolean check(StringBuilder s, String what, boolean ok) {
    s.append(ok ? "  ok    " : "  FAIL  ").append(what).append('\n');
    return ok;
  }
}
