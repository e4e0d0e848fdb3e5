package org.jixiao.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the test environment started by {@code bin/jixiao it-start} and Liberty runs. */
final class TestEnvironment {

  static final String PASSWORD = "Jixiao@2023";
  static final String PORTAL = System.getProperty("jixiao.url", "http://localhost:9081/jixiao");
  static final String SERVER = System.getProperty("jixiao.base.url", "http://localhost:9081");
  static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:8181");

  /** HTTP/1.1: Liberty's h2c upgrade truncated bodies for Java's client. */
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private TestEnvironment() {}

  /** The first word of it-env/db: "postgres" or "h2". */
  static String databaseKind() {
    Path db = Path.of(System.getProperty("it.env.dir", "target/it-env"), "db");
    try {
      return Files.exists(db) ? Files.readString(db).strip().split(" ")[0] : "unknown";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An access token for a demo user, from the public client jixiao-cli (direct access grant). */
  static String accessTokenOf(String username) throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=jixiao-cli&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(KEYCLOAK + "/realms/bureau/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
    if (response.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("no token for " + username + ": " + response.body());
    }
    return m.group(1);
  }

  static HttpResponse<String> get(String url, String bearerToken)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request with a JSON body (or none) and a bearer token (or none). */
  static HttpResponse<String> send(String method, String url, String bearerToken, String jsonBody)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
