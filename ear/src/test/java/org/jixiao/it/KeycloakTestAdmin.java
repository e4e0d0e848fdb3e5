package org.jixiao.it;

import static org.jixiao.it.TestEnvironment.KEYCLOAK;
import static org.jixiao.it.TestEnvironment.send;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.json.Json;

/**
 * The tests' own look into the test Keycloak, past the portal: to check what the portal did there and to remove
 * what a test created. Uses the same demo service account as the portal.
 */
final class KeycloakTestAdmin {

  private static final String ADMIN = KEYCLOAK + "/admin/realms/bureau";

  private KeycloakTestAdmin() {}

  static String token() throws IOException, InterruptedException {
    String form = "grant_type=client_credentials&client_id=jixiao-admin-api&client_secret=jixiao-admin-api-demo-secret";
    var response = TestEnvironment.HTTP.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(KEYCLOAK + "/realms/bureau/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    return (String) map(response.body()).get("access_token");
  }

  static Optional<Map<String, Object>> user(String username) throws IOException, InterruptedException {
    List<Map<String, Object>> found = list(send("GET", ADMIN + "/users?exact=true&username="
        + URLEncoder.encode(username, StandardCharsets.UTF_8), token(), null).body());
    return found.stream().findFirst();
  }

  static List<String> realmRolesOf(String username) throws IOException, InterruptedException {
    String id = (String) user(username).orElseThrow().get("id");
    return list(send("GET", ADMIN + "/users/" + id + "/role-mappings/realm", token(), null).body()).stream()
        .map(r -> (String) r.get("name")).toList();
  }

  static List<String> groupPathsOf(String username) throws IOException, InterruptedException {
    String id = (String) user(username).orElseThrow().get("id");
    return list(send("GET", ADMIN + "/users/" + id + "/groups", token(), null).body()).stream()
        .map(g -> (String) g.get("path")).toList();
  }

  static void deleteUser(String username) throws IOException, InterruptedException {
    Optional<Map<String, Object>> user = user(username);
    if (user.isPresent()) {
      send("DELETE", ADMIN + "/users/" + user.get().get("id"), token(), null);
    }
  }

  /** The division groups, by name → their "division" attribute. */
  static Map<String, Object> divisionGroup(String name) throws IOException, InterruptedException {
    String parent = (String) map(send("GET", ADMIN + "/group-by-path/divisions", token(), null).body()).get("id");
    return list(send("GET", ADMIN + "/groups/" + parent + "/children?briefRepresentation=false&max=1000", token(), null)
        .body()).stream().filter(g -> name.equals(g.get("name"))).findFirst().orElse(null);
  }

  static void deleteGroupNamed(String name) throws IOException, InterruptedException {
    Map<String, Object> group = divisionGroup(name);
    if (group != null) {
      send("DELETE", ADMIN + "/groups/" + group.get("id"), token(), null);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(String body) {
    return new Json().toType(body, Map.class);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(String body) {
    return new Json().toType(body, List.class);
  }
}
