package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.accessTokenOf;
import static org.jixiao.it.TestEnvironment.get;
import static org.jixiao.it.TestEnvironment.send;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/admin/users} against the real Keycloak the build starts: list, create, bad input, who may. */
class AdminUsersApiIT {

  private static final String USERS = PORTAL + "/api/v1/admin/users";
  private static final String NEW_USER = "api.newuser";

  @AfterEach
  void removeTheTestUser() throws Exception {
    KeycloakTestAdmin.deleteUser(NEW_USER);
  }

  @Test
  @SuppressWarnings("unchecked")
  void list_givesUsersWithDivisionAndRoles_pagedAndFiltered() throws Exception {
    String admin = accessTokenOf("admin");
    HttpResponse<String> all = get(USERS + "?max=5", admin);
    assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    Map<String, Object> page = KeycloakTestAdmin.map(all.body());
    assertThat((List<?>) page.get("users")).hasSize(5);
    assertThat(((Number) page.get("total")).intValue()).isGreaterThanOrEqualTo(13);

    Map<String, Object> industry = KeycloakTestAdmin.map(get(USERS + "?q=head.industry", admin).body());
    List<Map<String, Object>> found = (List<Map<String, Object>>) industry.get("users");
    assertThat(found).hasSize(1);
    assertThat(found.get(0)).containsEntry("username", "head.industry").containsEntry("division", "industry")
        .containsEntry("roles", List.of("division-head")).containsEntry("enabled", true);

    Map<String, Object> sme = KeycloakTestAdmin.map(get(USERS + "?division=sme", admin).body());
    assertThat((List<Map<String, Object>>) sme.get("users")).isNotEmpty()
        .allSatisfy(u -> assertThat(u.get("division")).isEqualTo("sme"));
    assertThat(get(USERS + "?max=1000", admin).statusCode()).isEqualTo(422);
  }

  @Test
  void onlyAdmins_mayListOrCreate() throws Exception {
    assertThat(get(USERS, null).statusCode()).isEqualTo(401);
    assertThat(get(USERS, accessTokenOf("head.industry")).statusCode()).isEqualTo(403);
    assertThat(get(USERS, accessTokenOf("leader1")).statusCode()).isEqualTo(403);
    assertThat(send("POST", USERS, accessTokenOf("leader1"), body("sme", "division-head", "Temp1234x")).statusCode())
        .isEqualTo(403);
    assertThat(KeycloakTestAdmin.user(NEW_USER)).isEmpty();
  }

  @Test
  void create_makesTheUserInKeycloak_withGroupRolesAndATemporaryPassword() throws Exception {
    String admin = accessTokenOf("admin");
    HttpResponse<String> created = send("POST", USERS, admin, body("sme", "division-head", "Temp1234x"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(KeycloakTestAdmin.map(created.body())).containsEntry("division", "sme")
        .containsEntry("requiredActions", List.of("UPDATE_PASSWORD"));
    assertThat(KeycloakTestAdmin.realmRolesOf(NEW_USER)).contains("division-head").doesNotContain("admin");
    assertThat(KeycloakTestAdmin.groupPathsOf(NEW_USER)).containsExactly("/divisions/中小企业处");

    HttpResponse<String> again = send("POST", USERS, admin, body("sme", "division-head", "Temp1234x"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("user.exists");
  }

  @Test
  void badInput_isRefusedWithAMessage_andNothingIsCreated() throws Exception {
    String admin = accessTokenOf("admin");
    for (String bad : List.of(
        body("sme", "division-head", "short1"),
        body("sme", "division-head", "onlyletters"),
        body("no-such-division", "division-head", "Temp1234x"),
        body("sme", "superuser", "Temp1234x"),
        "{\"username\":\"Bad User\",\"lastName\":\"测\",\"division\":\"sme\",\"roles\":[\"admin\"],\"temporaryPassword\":\"Temp1234x\"}",
        "{\"username\":\"" + NEW_USER + "\",\"division\":\"sme\",\"roles\":[\"admin\"],\"temporaryPassword\":\"Temp1234x\"}",
        "{\"username\":\"" + NEW_USER + "\",\"lastName\":\"测\",\"email\":\"not-an-address\",\"division\":\"sme\","
            + "\"roles\":[\"admin\"],\"temporaryPassword\":\"Temp1234x\"}",
        "{\"username\":\"" + NEW_USER + "\",\"lastName\":\"测\",\"division\":\"sme\",\"roles\":[]"
            + ",\"temporaryPassword\":\"Temp1234x\"}")) {
      HttpResponse<String> refused = send("POST", USERS, admin, bad);
      assertThat(refused.statusCode()).as(bad + " → " + refused.body()).isEqualTo(422);
      assertThat(KeycloakTestAdmin.map(refused.body()).get("message")).asString().isNotBlank();
    }
    HttpResponse<String> english = TestEnvironment.HTTP.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(USERS)).header("Authorization", "Bearer " + admin).header("Accept-Language", "en")
        .header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body("sme", "division-head", "short1"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(english.body()).contains("The temporary password must have 8 to 64 characters");
    assertThat(KeycloakTestAdmin.user(NEW_USER)).isEmpty();
    assertThat(KeycloakTestAdmin.user("bad user")).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void failedLogins_reportedByKeycloak_landInTheAuditTrailOnce() throws Exception {
    HttpResponse<String> refused = TestEnvironment.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
            TestEnvironment.KEYCLOAK + "/realms/bureau/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
            "grant_type=password&client_id=jixiao-cli&username=head.radio&password=wrong-password")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).as("Keycloak refuses the grant").isBetween(400, 401);
    String admin = accessTokenOf("admin");
    String url = PORTAL + "/api/v1/audit?type=Login&user=head.radio&action=LOGIN_FAILED";
    List<Map<String, Object>> entries = (List<Map<String, Object>>) KeycloakTestAdmin.map(get(url, admin).body())
        .get("entries");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0)).containsEntry("actor", "head.radio").containsEntry("division", "radio")
        .containsEntry("outcome", "REFUSED");
    assertThat(entries.get(0).get("detail")).asString().contains("invalid_user_credentials");
    // asked again: the same event is not stored twice
    assertThat((List<?>) KeycloakTestAdmin.map(get(url, admin).body()).get("entries")).hasSize(1);
  }

  private static String body(String division, String role, String password) {
    return "{\"username\":\"" + NEW_USER + "\",\"lastName\":\"测\",\"firstName\":\"试\",\"email\":\"api.newuser@example.org\","
        + "\"division\":\"" + division + "\",\"roles\":[\"" + role + "\"],\"temporaryPassword\":\"" + password + "\"}";
  }
}
