package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.SERVER;
import static org.jixiao.it.TestEnvironment.accessTokenOf;
import static org.jixiao.it.TestEnvironment.get;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The REST API with bearer tokens from Keycloak, OpenAPI and health, as scripts call them. */
class ApiIT {

  @Test
  void me_returnsTheCallersNameRolesAndDivision() throws Exception {
    HttpResponse<String> response = get(PORTAL + "/api/v1/me", accessTokenOf("head.info"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(response.body())
        .contains("\"username\":\"head.info\"")
        .contains("\"roles\":[\"division-head\"]")
        .contains("\"code\":\"info\"")
        .contains("\"name\":\"信息化推进处\"")
        .contains("\"department\":\"广州市工业和信息化局\"");
  }

  @Test
  void me_forLeadership_listsTheLeadershipRole() throws Exception {
    HttpResponse<String> response = get(PORTAL + "/api/v1/me", accessTokenOf("leader2"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"roles\":[\"leadership\"]").contains("\"code\":\"office\"");
  }

  @Test
  void me_withoutToken_is401() throws Exception {
    assertThat(get(PORTAL + "/api/v1/me", null).statusCode()).isEqualTo(401);
  }

  @Test
  void me_withForgedToken_is401() throws Exception {
    String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsImdyb3VwcyI6WyJhZG1pbiJdfQ.c2lnbmF0dXJl";
    assertThat(get(PORTAL + "/api/v1/me", forged).statusCode()).isEqualTo(401);
  }

  @Test
  void me_forUserWithoutRole_is403() throws Exception {
    assertThat(get(PORTAL + "/api/v1/me", accessTokenOf("guest")).statusCode()).isEqualTo(403);
  }

  @Test
  void openApiDocument_describesTheApi() throws Exception {
    HttpResponse<String> response = get(SERVER + "/openapi", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("/api/v1/me").contains("/jixiao").contains("scheme: bearer");
    assertThat(get(SERVER + "/openapi/ui/", null).statusCode()).isEqualTo(200);
  }

  @Test
  void health_readyAndLive_areUp() throws Exception {
    HttpResponse<String> ready = get(SERVER + "/health/ready", null);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("\"UP\"");
    assertThat(get(SERVER + "/health/live", null).statusCode()).isEqualTo(200);
  }

  @Test
  void anonymousPageRequest_isSentToTheLoginGateway() throws Exception {
    HttpResponse<String> response = get(PORTAL + "/leadership/home.xhtml", null);
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/jixiao/public/sso?").contains("code_challenge"));
  }
}
