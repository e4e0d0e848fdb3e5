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
import org.openqa.selenium.json.Json;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/audit}: administrators only, filtered pages with their total, unreadable parameters 400. */
class AuditApiIT {

  private static final String AUDIT = PORTAL + "/api/v1/audit";

  @Test
  @SuppressWarnings("unchecked")
  void admin_getsFilteredPages_othersAreRefused_badParametersAnswer400() throws Exception {
    // an entry to look for: head.industry tries to edit another division's indicator (refused, audited)
    HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(PORTAL + "/api/v1/years/2023/indicators/B04"))
        .header("Authorization", "Bearer " + accessTokenOf("head.industry")).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(
            "{\"name\":\"x\",\"subcategory\":\"ECONOMIC\",\"kind\":\"AT_LEAST\",\"target\":1,\"weight\":1,\"version\":0}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(403);

    String admin = accessTokenOf("admin");
    HttpResponse<String> page = get(AUDIT + "?user=HEAD.INDUSTRY&type=Indicator&action=update&size=5", admin);
    assertThat(page.statusCode()).isEqualTo(200);
    Map<String, Object> doc = new Json().toType(page.body(), Map.class);
    assertThat(((Number) doc.get("total")).longValue()).isGreaterThanOrEqualTo(1);
    assertThat(((Number) doc.get("size")).intValue()).isEqualTo(5);
    List<Map<String, Object>> entries = (List<Map<String, Object>>) doc.get("entries");
    assertThat(entries).isNotEmpty().hasSizeLessThanOrEqualTo(5)
        .allSatisfy(e -> assertThat(e.get("actor")).isEqualTo("head.industry"));
    assertThat(entries.get(0)).containsEntry("recordKey", "B04").containsEntry("outcome", "REFUSED");

    assertThat(get(AUDIT, accessTokenOf("leader1")).statusCode()).isEqualTo(403);
    assertThat(get(AUDIT, accessTokenOf("head.industry")).statusCode()).isEqualTo(403);
    assertThat(get(AUDIT, null).statusCode()).isEqualTo(401);

    HttpResponse<String> badDate = get(AUDIT + "?from=2023-02-30", admin);
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("audit.filter.date").contains("2023-02-30");
    HttpResponse<String> range = get(AUDIT + "?from=2023-05-02&to=2023-05-01", admin);
    assertThat(range.statusCode()).isEqualTo(400);
    assertThat(range.body()).contains("audit.filter.range");
    assertThat(get(AUDIT + "?action=EXPLODE", admin).statusCode()).isEqualTo(400);
    assertThat(get(AUDIT + "?size=501", admin).statusCode()).isEqualTo(400);
    assertThat(get(AUDIT + "?page=-1", admin).statusCode()).isEqualTo(400);
  }
}
