package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.accessTokenOf;
import static org.jixiao.it.TestEnvironment.get;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/** {@code GET /api/v1/years/{year}/budget} with bearer tokens, scoped like the pages. */
class BudgetApiIT {

  private static final String BUDGET_2023 = PORTAL + "/api/v1/years/2023/budget?asOf=2023-12-31";

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(HttpResponse<String> response) {
    return new Json().toType(response.body(), Map.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> summary(Map<String, Object> document, String row) {
    return ((Map<String, Map<String, String>>) document.get("summary")).get(row);
  }

  @Test
  void finance_getsTheReportsFigures_asStringsWithTwoDecimals() throws Exception {
    HttpResponse<String> response = get(BUDGET_2023, accessTokenOf("finance"));
    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> doc = json(response);
    assertThat(doc.get("scope")).isEqualTo("ALL");
    String[][] expected = {
      {"total", "494926.80", "470338.93", "95.03"},
      {"basicExpenditure", "13617.33", "13214.90", "97.04"},
      {"projectExpenditure", "6678.77", "5586.76", "83.65"},
      {"specialFund", "447790.64", "425020.15", "94.91"},
      {"otherDevelopment", "26840.06", "26517.12", "98.80"},
      {"cityLevel", "276506.67", "253413.24", "91.65"},
      {"transferToLower", "198124.03", "198124.03", "100.00"},
    };
    for (String[] row : expected) {
      Map<String, String> figures = summary(doc, row[0]);
      assertThat(figures).as(row[0])
          .containsEntry("budget", row[1]).containsEntry("executed", row[2]).containsEntry("executionRate", row[3]);
    }
    assertThat(summary(doc, "total")).containsEntry("carryOver", "22700.00");
    assertThat((List<?>) doc.get("lines")).hasSize(28);
    assertThat((List<?>) doc.get("funds")).hasSize(8);
    assertThat((List<?>) doc.get("mismatches")).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void divisionHead_getsOnlyTheirDivisionsLines() throws Exception {
    Map<String, Object> doc = json(get(BUDGET_2023, accessTokenOf("head.industry")));
    assertThat(doc.get("scope")).isEqualTo("DIVISION");
    List<Map<String, Object>> lines = (List<Map<String, Object>>) doc.get("lines");
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.get("division")).isEqualTo("industry"));
  }

  @Test
  void anonymous_is401_unknownYear_is404_withAMessageInTheCallersLanguage() throws Exception {
    assertThat(get(BUDGET_2023, null).statusCode()).isEqualTo(401);
    HttpResponse<String> missing = get(PORTAL + "/api/v1/years/1999/budget", accessTokenOf("leader1"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("year.unknown").contains("没有 1999 年度");
    HttpResponse<String> badDate = get(PORTAL + "/api/v1/years/2023/budget?asOf=2023-13-45", accessTokenOf("leader1"));
    assertThat(badDate.statusCode()).isEqualTo(422);
    assertThat(get(PORTAL + "/api/v1/years/abc/budget", accessTokenOf("leader1")).statusCode()).isEqualTo(404);
  }

  @Test
  void userWithoutRole_is403() throws Exception {
    assertThat(get(BUDGET_2023, accessTokenOf("guest")).statusCode()).isEqualTo(403);
  }
}
