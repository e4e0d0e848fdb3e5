package org.jixiao.portal.admin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jixiao.domain.BusinessException;

/**
 * A small typed client of Keycloak's Admin REST API for the realm {@code bureau}, over the documented endpoints
 * (the official admin client brings RESTEasy, which clashes with Liberty's JAX-RS). It calls as the service
 * account of the confidential client {@code jixiao-admin-api} (client-credentials grant), whose realm-management
 * roles are all it may do — never with the logged-in administrator's token. Keycloak down or refusing → a
 * {@link BusinessException} the pages show as a clear message.
 */
@ApplicationScoped
public class KeycloakAdmin {

  private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  /** The parent group of the division groups; each child carries its division code as attribute "division". */
  static final String DIVISIONS_GROUP = "divisions";
  static final String DIVISION_ATTRIBUTE = "division";

  @Resource(lookup = "jixiao/keycloak/realmUrl")
  private String realmUrl;

  @Resource(lookup = "jixiao/keycloak/adminClientId")
  private String clientId;

  @Resource(lookup = "jixiao/keycloak/adminClientSecret")
  private String clientSecret;

  private HttpClient http;
  private String adminUrl;
  private volatile String token;
  private volatile Instant tokenExpires = Instant.MIN;

  @PostConstruct
  void init() {
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    // https://host/realms/bureau → https://host/admin/realms/bureau
    int realms = realmUrl.lastIndexOf("/realms/");
    adminUrl = realmUrl.substring(0, realms) + "/admin" + realmUrl.substring(realms);
  }

  /** A response of the Admin API: status, body and the Location header of a creation. */
  record Reply(int status, String body, Optional<String> location) {

    JsonObject object() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonArray array() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    /** The id at the end of a 201's Location header. */
    String createdId() {
      String url = location.orElseThrow(() -> new BusinessException("keycloak.failed", status, "no Location"));
      return url.substring(url.lastIndexOf('/') + 1);
    }
  }

  // ---- users ----

  JsonArray users(String search, int first, int max) {
    return get("/users?briefRepresentation=false&first=" + first + "&max=" + max + searchParam(search)).array();
  }

  int countUsers(String search) {
    return Integer.parseInt(get("/users/count?" + searchParam(search).replaceFirst("^&", "")).body().strip());
  }

  Optional<JsonObject> userByUsername(String username) {
    JsonArray found = get("/users?exact=true&briefRepresentation=false&username=" + encoded(username)).array();
    return found.isEmpty() ? Optional.empty() : Optional.of(found.getJsonObject(0));
  }

  JsonObject user(String id) {
    return get("/users/" + encoded(id)).object();
  }

  String createUser(JsonObject representation) {
    Reply reply = send("POST", "/users", representation.toString());
    if (reply.status() == 409) {
      throw new BusinessException("user.exists");
    }
    return expect(reply, 201).createdId();
  }

  void updateUser(String id, JsonObject representation) {
    expect(send("PUT", "/users/" + encoded(id), representation.toString()), 204);
  }

  void deleteUser(String id) {
    Reply reply = send("DELETE", "/users/" + encoded(id), null);
    if (reply.status() != 404) {
      expect(reply, 204);
    }
  }

  void resetPassword(String id, String password, boolean temporary) {
    JsonObject credential =
        Json.createObjectBuilder().add("type", "password").add("value", password).add("temporary", temporary).build();
    Reply reply = send("PUT", "/users/" + encoded(id) + "/reset-password", credential.toString());
    if (reply.status() == 400) {
      // the realm's password policy refused it; Keycloak says which rule
      throw new BusinessException("user.password.policy", errorOf(reply));
    }
    expect(reply, 204);
  }

  void sendPasswordEmail(String id) {
    Reply reply = send("PUT", "/users/" + encoded(id) + "/execute-actions-email?lifespan=86400",
        "[\"UPDATE_PASSWORD\"]");
    if (reply.status() >= 400) {
      throw new BusinessException("user.mail.failed", errorOf(reply));
    }
  }

  JsonArray groupsOf(String userId) {
    return get("/users/" + encoded(userId) + "/groups?briefRepresentation=false").array();
  }

  void joinGroup(String userId, String groupId) {
    expect(send("PUT", "/users/" + encoded(userId) + "/groups/" + encoded(groupId), null), 204);
  }

  void leaveGroup(String userId, String groupId) {
    expect(send("DELETE", "/users/" + encoded(userId) + "/groups/" + encoded(groupId), null), 204);
  }

  JsonArray realmRolesOf(String userId) {
    return get("/users/" + encoded(userId) + "/role-mappings/realm").array();
  }

  JsonObject realmRole(String name) {
    return get("/roles/" + encoded(name)).object();
  }

  void addRealmRoles(String userId, JsonArray roles) {
    expect(send("POST", "/users/" + encoded(userId) + "/role-mappings/realm", roles.toString()), 204);
  }

  void removeRealmRoles(String userId, JsonArray roles) {
    expect(send("DELETE", "/users/" + encoded(userId) + "/role-mappings/realm", roles.toString()), 204);
  }

  JsonArray sessionsOf(String userId) {
    return get("/users/" + encoded(userId) + "/sessions").array();
  }

  void logout(String userId) {
    expect(send("POST", "/users/" + encoded(userId) + "/logout", null), 204);
  }

  // ---- division groups ----

  JsonObject divisionsGroup() {
    return get("/group-by-path/" + DIVISIONS_GROUP).object();
  }

  /** The division groups, code → group (with attributes). */
  Map<String, JsonObject> divisionGroups() {
    String parent = divisionsGroup().getString("id");
    return get("/groups/" + encoded(parent) + "/children?briefRepresentation=false&first=0&max=1000").array().stream()
        .map(JsonValue::asJsonObject)
        .filter(g -> divisionCodeOf(g).isPresent())
        .collect(Collectors.toMap(g -> divisionCodeOf(g).orElseThrow(), g -> g, (a, b) -> a));
  }

  String createDivisionGroup(String name, String code) {
    String parent = divisionsGroup().getString("id");
    Reply reply = send("POST", "/groups/" + encoded(parent) + "/children", groupOf(name, code).toString());
    if (reply.status() == 409) {
      throw new BusinessException("division.groupExists", name);
    }
    return expect(reply, 201).createdId();
  }

  void renameDivisionGroup(String groupId, String name, String code) {
    Reply reply = send("PUT", "/groups/" + encoded(groupId), groupOf(name, code).toString());
    if (reply.status() == 409) {
      throw new BusinessException("division.groupExists", name);
    }
    expect(reply, 204);
  }

  void deleteGroup(String groupId) {
    Reply reply = send("DELETE", "/groups/" + encoded(groupId), null);
    if (reply.status() != 404) {
      expect(reply, 204);
    }
  }

  JsonArray membersOf(String groupId, int first, int max) {
    return get("/groups/" + encoded(groupId) + "/members?briefRepresentation=false&first=" + first + "&max=" + max)
        .array();
  }

  static Optional<String> divisionCodeOf(JsonObject group) {
    JsonObject attributes = group.getJsonObject("attributes");
    if (attributes == null || !attributes.containsKey(DIVISION_ATTRIBUTE)) {
      return Optional.empty();
    }
    JsonArray values = attributes.getJsonArray(DIVISION_ATTRIBUTE);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.getString(0));
  }

  private static JsonObject groupOf(String name, String code) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("attributes", Json.createObjectBuilder().add(DIVISION_ATTRIBUTE, Json.createArrayBuilder().add(code)))
        .build();
  }

  // ---- events ----

  /** The realm's stored login events of these types since the given time, oldest first (bounded). */
  JsonArray events(List<String> types, Instant since, int max) {
    String typeParams = types.stream().map(t -> "&type=" + encoded(t)).collect(Collectors.joining());
    String from = java.time.LocalDate.ofInstant(since, java.time.ZoneOffset.UTC).toString();
    return get("/events?first=0&max=" + max + "&dateFrom=" + from + typeParams).array();
  }

  // ---- the plumbing ----

  private Reply get(String path) {
    return expect(send("GET", path, null), 200);
  }

  private Reply expect(Reply reply, int status) {
    if (reply.status() == status) {
      return reply;
    }
    if (reply.status() == 404) {
      throw new BusinessException("keycloak.notFound");
    }
    if (reply.status() == 403) {
      LOG.severe(() -> "Keycloak refused the service account " + clientId + ": " + reply.body());
      throw new BusinessException("keycloak.forbidden");
    }
    LOG.warning(() -> "Keycloak answered " + reply.status() + ": " + reply.body());
    throw new BusinessException("keycloak.failed", reply.status(), errorOf(reply));
  }

  private Reply send(String method, String path, String json) {
    Reply reply = exchange(method, path, json, accessToken(false));
    if (reply.status() == 401) {
      // the token expired early or Keycloak restarted: one fresh token, once
      reply = exchange(method, path, json, accessToken(true));
    }
    return reply;
  }

  private Reply exchange(String method, String path, String json, String bearer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(adminUrl + path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + bearer)
            .header("Accept", "application/json")
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = call(request.build());
    return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Location"));
  }

  private synchronized String accessToken(boolean renew) {
    if (!renew && token != null && Instant.now().isBefore(tokenExpires)) {
      return token;
    }
    String form = "grant_type=client_credentials&client_id=" + encoded(clientId) + "&client_secret="
        + encoded(clientSecret);
    HttpResponse<String> response =
        call(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
    if (response.statusCode() != 200) {
      LOG.severe(() -> "No service-account token for " + clientId + ": " + response.body());
      throw new BusinessException("keycloak.forbidden");
    }
    JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
    token = body.getString("access_token");
    // renew a little before Keycloak would refuse it
    tokenExpires = Instant.now().plusSeconds(Math.max(5, body.getInt("expires_in", 60) - 15));
    return token;
  }

  private HttpResponse<String> call(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      LOG.warning(() -> "Keycloak unreachable at " + request.uri() + ": " + e);
      throw new BusinessException("keycloak.unavailable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BusinessException("keycloak.unavailable");
    }
  }

  private static String errorOf(Reply reply) {
    try {
      JsonObject body = reply.object();
      return body.getString("errorMessage", body.getString("error_description", body.getString("error", "")));
    } catch (RuntimeException notJson) {
      return reply.body() == null ? "" : reply.body().substring(0, Math.min(200, reply.body().length()));
    }
  }

  private static String searchParam(String search) {
    return search == null || search.isBlank() ? "" : "&search=" + encoded(search.strip());
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
