package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.HTTP;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.accessTokenOf;
import static org.jixiao.it.TestEnvironment.get;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/** {@code /api/v1/years/{year}/indicators} with bearer tokens, scoped like the pages. */
class IndicatorApiIT {

  private static final String INDICATORS = PORTAL + "/api/v1/years/2023/indicators";

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String body) {
    return new Json().toType(body, Map.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void score_givesTheCategoryScoresWithTraces() throws Exception {
    HttpResponse<String> response = get(INDICATORS + "/score", accessTokenOf("leader1"));
    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> doc = json(response.body());
    assertThat(((Map<String, Object>) doc.get("output")).get("score")).isEqualTo("9.35");
    assertThat(((Map<String, Object>) doc.get("benefit")).get("score")).isEqualTo("8.06");
    Map<String, Object> funds = (Map<String, Object>) doc.get("specialFunds");
    assertThat(funds.get("score")).isEqualTo("19.45");
    assertThat((List<String>) funds.get("trace")).last().asString().contains("= 97.26% × 20 分 = 19.45");
  }

  @Test
  @SuppressWarnings("unchecked")
  void tree_isScopedForADivisionHead_andTracesFollowTheLanguage() throws Exception {
    String token = accessTokenOf("head.industry");
    Map<String, Object> doc = json(get(INDICATORS, token).body());
    List<Map<String, Object>> list = (List<Map<String, Object>>) doc.get("indicators");
    assertThat(list).isNotEmpty().allSatisfy(i -> assertThat(i.get("division")).isEqualTo("industry"));
    Map<String, Object> o02 = list.stream().filter(i -> "O02".equals(i.get("code"))).findFirst().orElseThrow();
    assertThat(o02.get("completionRate")).isEqualTo("250.00");
    assertThat((List<String>) o02.get("trace")).contains("完成率 250% > 150%，减半得分：0.70 × 50% = 0.35");
    HttpResponse<String> english = HTTP.send(HttpRequest.newBuilder(URI.create(INDICATORS))
        .header("Authorization", "Bearer " + token).header("Accept-Language", "en").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(english.body()).contains("Completion 250% > 150%, halved: 0.70 × 50% = 0.35");
  }

  @Test
  void divisionHead_cannotEditAnotherDivisionsIndicator_andBadInputIsRefused() throws Exception {
    String token = accessTokenOf("head.industry");
    HttpResponse<String> other = send("PUT", INDICATORS + "/B04", token,
        "{\"name\":\"x\",\"subcategory\":\"ECONOMIC\",\"kind\":\"AT_LEAST\",\"target\":1,\"weight\":1,\"version\":0}");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("indicator.access.otherDivision");
    HttpResponse<String> bad = send("POST", INDICATORS, token,
        "{\"code\":\"API-1\",\"name\":\"<script>x</script>\",\"subcategory\":\"NOPE\",\"kind\":\"AT_LEAST\",\"target\":1,\"weight\":1}");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("api.unknownValue");
    HttpResponse<String> zero = send("POST", INDICATORS, token,
        "{\"code\":\"API-2\",\"name\":\"满意度\",\"subcategory\":\"SERVICE_SATISFACTION\",\"kind\":\"AT_LEAST\",\"target\":0,\"weight\":1}");
    assertThat(zero.statusCode()).isEqualTo(422);
    assertThat(zero.body()).contains("indicator.target.zero");
    assertThat(get(INDICATORS, null).statusCode()).isEqualTo(401);
  }

  @Test
  void aDraftIsDiscarded_atItsVersion_byItsDivisionOnly_andAnApprovedIndicatorNever() throws Exception {
    String head = accessTokenOf("head.industry");
    String code = "DISCARD-" + System.nanoTime() % 100000;
    HttpResponse<String> created = send("POST", INDICATORS, head, "{\"code\":\"" + code + "\",\"name\":\"误录的满意度\","
        + "\"goal\":6,\"subcategory\":\"SERVICE_SATISFACTION\",\"unit\":\"%\",\"kind\":\"AT_LEAST\",\"target\":90,"
        + "\"weight\":1}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long version = ((Number) ConcurrentEditsIT.json(created.body()).get("version")).longValue();

    HttpResponse<String> otherDivision = send("DELETE", INDICATORS + "/" + code + "?version=" + version,
        accessTokenOf("head.info"), "");
    assertThat(otherDivision.statusCode()).isEqualTo(403);
    HttpResponse<String> stale = send("DELETE", INDICATORS + "/" + code + "?version=" + (version + 1), head, "");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("concurrency.changed");
    HttpResponse<String> noVersion = send("DELETE", INDICATORS + "/" + code, head, "");
    assertThat(noVersion.statusCode()).isEqualTo(422);
    assertThat(get(INDICATORS, head).body()).contains(code);

    assertThat(send("DELETE", INDICATORS + "/" + code + "?version=" + version, head, "").statusCode()).isEqualTo(204);
    assertThat(get(INDICATORS, head).body()).doesNotContain(code);
    assertThat(send("DELETE", INDICATORS + "/" + code + "?version=" + version, head, "").statusCode()).isEqualTo(404);

    // an approved target is the department's commitment: it stays
    HttpResponse<String> approved = send("DELETE", INDICATORS + "/B05?version=0", head, "");
    assertThat(approved.statusCode()).as(approved.body()).isIn(409, 422);
    assertThat(approved.body()).containsAnyOf("indicator.discard.notDraft", "concurrency.changed");
    HttpResponse<String> approvedAtItsVersion = send("DELETE", INDICATORS + "/B05?version="
        + versionOf(head, "B05"), head, "");
    assertThat(approvedAtItsVersion.statusCode()).as(approvedAtItsVersion.body()).isEqualTo(422);
    assertThat(approvedAtItsVersion.body()).contains("indicator.discard.notDraft");
    assertThat(get(INDICATORS, head).body()).contains("\"B05\"");
  }

  @SuppressWarnings("unchecked")
  private static long versionOf(String token, String code) throws Exception {
    java.util.List<java.util.Map<String, Object>> all = (java.util.List<java.util.Map<String, Object>>)
        ConcurrentEditsIT.json(get(INDICATORS, token).body()).get("indicators");
    return all.stream().filter(i -> code.equals(i.get("code"))).map(i -> ((Number) i.get("version")).longValue())
        .findFirst().orElseThrow();
  }

  private static HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
