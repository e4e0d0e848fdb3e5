package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.accessTokenOf;
import static org.jixiao.it.TestEnvironment.get;
import static org.jixiao.it.TestEnvironment.send;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jixiao.procurement.internal.OcdsSchemaValidator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/** {@code /api/v1/years/{year}/procurement} with bearer tokens: scoped reads, a division head's writes, bad input. */
class ProcurementApiIT {

  private static final String PROCUREMENT = PORTAL + "/api/v1/years/2023/procurement";

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String body) {
    return new Json().toType(body, Map.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void register_givesEachRecordsDeadlines_andTheScoreWithItsTrace() throws Exception {
    Map<String, Object> doc = json(get(PROCUREMENT + "?asOf=2023-12-31", accessTokenOf("leader1")).body());
    assertThat(doc.get("budgetApproved")).isEqualTo("2023-02-10");
    List<Map<String, Object>> records = (List<Map<String, Object>>) doc.get("records");
    assertThat(records).hasSize(15);
    Map<String, Object> score = (Map<String, Object>) doc.get("score");
    assertThat(score.get("score")).isEqualTo("5.13");
    assertThat((List<String>) score.get("trace")).last().asString().contains("5.13");
    Map<String, Object> first = records.get(0);
    List<Map<String, Object>> checks = (List<Map<String, Object>>) first.get("checks");
    assertThat(checks).hasSize(5);
    assertThat(checks.get(4)).containsEntry("requirement", "CONTRACT_FILED")
        .containsEntry("legalBasis", "《政府采购法》第四十七条");

    List<Map<String, Object>> own = (List<Map<String, Object>>) json(get(PROCUREMENT, accessTokenOf("head.industry"))
        .body()).get("records");
    assertThat(own).isNotEmpty().allSatisfy(r -> assertThat(r.get("division")).isEqualTo("industry"));
    assertThat(get(PROCUREMENT, null).statusCode()).isEqualTo(401);
  }

  @Test
  @SuppressWarnings("unchecked")
  void ocds_isAReleasePackageThatTheOfficialSchemasAccept() throws Exception {
    HttpResponse<String> response = get(PROCUREMENT + "/ocds", accessTokenOf("leader1"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(OcdsSchemaValidator.fromSharedData().errorsOf(response.body())).isEmpty();
    Map<String, Object> doc = json(response.body());
    List<Map<String, Object>> releases = (List<Map<String, Object>>) doc.get("releases");
    assertThat(releases).hasSize(15);
    Map<String, Object> first = releases.get(0);
    assertThat(first.get("ocid")).isEqualTo("ocds-jixiao-gz-gxj-CG2023-001");
    Map<String, Object> planning = (Map<String, Object>) first.get("planning");
    assertThat((List<Map<String, Object>>) planning.get("milestones"))
        .anySatisfy(m -> assertThat(m.get("dateMet")).isEqualTo("2023-02-10T00:00:00+08:00"));
    Map<String, Object> contract = ((List<Map<String, Object>>) first.get("contracts")).get(0);
    assertThat(contract.get("dateSigned")).isEqualTo("2023-06-15T00:00:00+08:00");
    // a division head publishes their division's records only
    Map<String, Object> own = json(get(PROCUREMENT + "/ocds", accessTokenOf("head.info")).body());
    assertThat((List<?>) own.get("releases")).hasSizeLessThan(15).isNotEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aDivisionHead_createsChangesAndWithdrawsTheirRecord_andBadInputIsRefused() throws Exception {
    String token = accessTokenOf("head.info");
    String body = "{\"code\":\"API-P1\",\"name\":\"接口测试采购\",\"amount\":\"12.5\",\"method\":\"询价\","
        + "\"intentionPublished\":\"2023-03-01\",\"procurementStarted\":\"2023-04-10\",\"awardNotice\":\"2023-05-04\"}";
    HttpResponse<String> created = send("POST", PROCUREMENT, token, body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Map<String, Object> record = json(created.body());
    try {
      assertThat(record.get("amount")).isEqualTo("12.50");
      HttpResponse<String> stale = send("PUT", PROCUREMENT + "/API-P1", token,
          body.replace("}", ",\"contractSigned\":\"2023-05-20\",\"version\":99}"));
      assertThat(stale.statusCode()).isEqualTo(409);
      HttpResponse<String> signed = send("PUT", PROCUREMENT + "/API-P1", token,
          body.replace("}", ",\"contractSigned\":\"2023-05-20\",\"version\":" + record.get("version") + "}"));
      assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
      record = json(signed.body());
      assertThat(record.get("contractSigned")).isEqualTo("2023-05-20");
    } finally {
      HttpResponse<String> withdrawn = send("DELETE", PROCUREMENT + "/API-P1?version=" + record.get("version"), token,
          "");
      assertThat(withdrawn.statusCode()).isEqualTo(204);
    }

    HttpResponse<String> method = send("POST", PROCUREMENT, token, body.replace("询价", "拍卖"));
    assertThat(method.statusCode()).isEqualTo(422);
    assertThat(method.body()).contains("procurement.unknownMethod");
    HttpResponse<String> date = send("POST", PROCUREMENT, token, body.replace("2023-03-01", "1 March"));
    assertThat(date.statusCode()).isEqualTo(422);
    assertThat(date.body()).contains("api.badDate");
    HttpResponse<String> money = send("POST", PROCUREMENT, token, body.replace("12.5", "-3"));
    assertThat(money.statusCode()).isEqualTo(422);
    assertThat(money.body()).contains("validation.negative");
    HttpResponse<String> other = send("PUT", PROCUREMENT + "/CG2023-001", token, body.replace("}", ",\"version\":0}"));
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("procurement.access.otherDivision");
    HttpResponse<String> leader = send("POST", PROCUREMENT, accessTokenOf("leader1"), body);
    assertThat(leader.statusCode()).isEqualTo(403);
    assertThat(get(PROCUREMENT + "?asOf=soon", token).statusCode()).isEqualTo(422);
  }
}
