package org.jixiao.it;

import static org.jixiao.it.TestEnvironment.PASSWORD;
import static org.jixiao.it.TestEnvironment.PORTAL;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A browser without JavaScript: plain HTTP with its own cookie jar (per host and port, Secure cookies sent over
 * http too, so that the test sees what the server does rather than what Java's CookieManager lets through),
 * redirects followed by hand and every {@code Set-Cookie} kept for inspection; logs in on Keycloak's form.
 */
final class PortalSession {

  /** A response and where it came from after the redirects. */
  record Page(int status, URI uri, String body, HttpResponse<String> response) {
    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  /** One Set-Cookie header as the server sent it, with the address of the response. */
  record SetCookie(URI from, String header) {
    String name() {
      return header.substring(0, header.indexOf('=')).strip();
    }

    boolean has(String attribute) {
      return attributes().keySet().stream().anyMatch(a -> a.equalsIgnoreCase(attribute));
    }

    String attribute(String attribute) {
      return attributes().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(attribute))
          .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    Map<String, String> attributes() {
      Map<String, String> out = new LinkedHashMap<>();
      String[] parts = header.split(";");
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip();
        int eq = p.indexOf('=');
        out.put(eq < 0 ? p : p.substring(0, eq).strip(), eq < 0 ? "" : p.substring(eq + 1).strip());
      }
      return out;
    }

    /** A cookie being deleted (expired or empty), not one being set. */
    boolean deletion() {
      String maxAge = attribute("Max-Age");
      String expires = attribute("Expires");
      String value = header.substring(header.indexOf('=') + 1).split(";")[0].strip();
      return "0".equals(maxAge) || value.isEmpty() || (expires != null && expires.contains("1970"));
    }
  }

  final HttpClient http;
  /** host:port → name → value */
  private final Map<String, Map<String, String>> jar = new LinkedHashMap<>();
  final List<SetCookie> setCookies = new ArrayList<>();
  final String user;

  private PortalSession(String user, boolean trustAnyCertificate) {
    this.user = user;
    HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
    if (trustAnyCertificate) {
      builder.sslContext(trustAll());
    }
    http = builder.build();
  }

  static PortalSession anonymous() {
    return new PortalSession(null, false);
  }

  /** Without login; {@code trustAnyCertificate} for the test server's self-signed https certificate. */
  static PortalSession anonymous(boolean trustAnyCertificate) {
    return new PortalSession(null, trustAnyCertificate);
  }

  /** Logs in as {@code user} through the portal's gateway and Keycloak's login form. */
  static PortalSession login(String user) throws IOException, InterruptedException {
    return login(user, PORTAL + "/index.xhtml", false);
  }

  static PortalSession login(String user, String start, boolean trustAnyCertificate)
      throws IOException, InterruptedException {
    PortalSession s = new PortalSession(user, trustAnyCertificate);
    Page form = s.get(start);
    Matcher action = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"").matcher(form.body());
    if (!action.find()) {
      throw new IllegalStateException("no Keycloak login form at " + form.uri() + ": " + form.status());
    }
    Page after = s.post(action.group(1).replace("&amp;", "&"),
        Map.of("username", user, "password", PASSWORD, "credentialId", ""));
    if (after.status() != 200 || !after.uri().toString().startsWith(start.substring(0, start.indexOf("/jixiao")))) {
      throw new IllegalStateException("login of " + user + " ended at " + after.uri() + " " + after.status());
    }
    return s;
  }

  /** GET, following redirects. */
  Page get(String url) throws IOException, InterruptedException {
    return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
  }

  /** GET without following a redirect. */
  Page getOnce(String url) throws IOException, InterruptedException {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).GET());
    return new Page(r.statusCode(), r.uri(), r.body(), r);
  }

  /** A form post (application/x-www-form-urlencoded), following redirects. */
  Page post(String url, Map<String, String> form) throws IOException, InterruptedException {
    return post(url, form, Map.of());
  }

  Page post(String url, Map<String, String> form, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    headers.forEach(b::header);
    return follow(send(b));
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** The value of the view state of the page's first form. */
  static String viewState(String html) {
    Matcher m = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no view state in the page");
    }
    return m.group(1).replace("&#58;", ":");
  }

  /** The session cookie value for the portal (the JSESSIONID this session holds), or null. */
  String cookie(String hostPort, String name) {
    return jar.getOrDefault(hostPort, Map.of()).get(name);
  }

  private Page follow(HttpResponse<String> r) throws IOException, InterruptedException {
    for (int hops = 0; hops < 20 && r.statusCode() / 100 == 3 && r.headers().firstValue("Location").isPresent();
        hops++) {
      URI next = r.uri().resolve(r.headers().firstValue("Location").get());
      r = send(HttpRequest.newBuilder(next).GET());
    }
    return new Page(r.statusCode(), r.uri(), r.body(), r);
  }

  /** GET of a download: the answer's bytes as sent (no redirect followed). */
  HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
    return http.send(withCookies(HttpRequest.newBuilder(URI.create(url)).GET()).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder withCookies(HttpRequest.Builder b) {
    HttpRequest probe = b.copy().build();
    String key = probe.uri().getHost() + ":" + port(probe.uri());
    Map<String, String> cookies = jar.getOrDefault(key, Map.of());
    if (!cookies.isEmpty()) {
      b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    return b.timeout(Duration.ofSeconds(60));
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpRequest probe = b.copy().build();
    String key = probe.uri().getHost() + ":" + port(probe.uri());
    withCookies(b);
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    for (String h : r.headers().allValues("Set-Cookie")) {
      SetCookie c = new SetCookie(r.uri(), h);
      setCookies.add(c);
      Map<String, String> forHost = jar.computeIfAbsent(key, k -> new LinkedHashMap<>());
      if (c.deletion()) {
        forHost.remove(c.name());
      } else {
        forHost.put(c.name(), h.substring(h.indexOf('=') + 1).split(";")[0].strip());
      }
    }
    return r;
  }

  private static int port(URI uri) {
    return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
  }

  private static SSLContext trustAll() {
    try {
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, new TrustManager[] {new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      }}, new SecureRandom());
      return ssl;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
