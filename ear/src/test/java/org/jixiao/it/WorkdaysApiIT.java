package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.it.TestEnvironment.PORTAL;
import static org.jixiao.it.TestEnvironment.accessTokenOf;
import static org.jixiao.it.TestEnvironment.get;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The deadline helper and the calendar over the API, on the seeded 2023–2026 notices. */
class WorkdaysApiIT {

  private static HttpResponse<String> add(String query) throws Exception {
    return get(PORTAL + "/api/v1/workdays/add?" + query, accessTokenOf("head.info"));
  }

  @Test
  void theBriefsThreeExamples() throws Exception {
    assertThat(add("from=2024-09-27&workdays=2").body()).contains("\"due\":\"2024-09-30\"");
    assertThat(add("from=2024-09-30&workdays=2").body()).contains("\"due\":\"2024-10-09\"");
    assertThat(add("from=2026-02-13&workdays=2").body()).contains("\"due\":\"2026-02-24\"");
  }

  @Test
  void calendarDays_moveOffAHoliday_andAMissingYearIsSaid() throws Exception {
    assertThat(add("from=2024-09-01&days=30").body()).contains("\"due\":\"2024-10-08\"");
    HttpResponse<String> missing = add("from=2026-12-30&workdays=2");
    assertThat(missing.statusCode()).isEqualTo(200);
    assertThat(missing.body()).contains("\"calendarMissing\":2027").doesNotContain("\"due\"");
  }

  @Test
  void badInput_isRefusedWithAMessage() throws Exception {
    assertThat(add("from=2024-13-01&workdays=2").statusCode()).isEqualTo(422);
    assertThat(add("from=2024-09-27&workdays=-1").statusCode()).isEqualTo(422);
    assertThat(add("from=2024-09-27&workdays=2&days=3").body()).contains("workdays.oneOf");
    assertThat(get(PORTAL + "/api/v1/workdays/add?from=2024-09-27&workdays=2", null).statusCode()).isEqualTo(401);
  }

  @Test
  void calendarYear_listsItsNotice() throws Exception {
    String body = get(PORTAL + "/api/v1/calendar/2024", accessTokenOf("leader1")).body();
    assertThat(body).contains("\"loaded\":true").contains("\"date\":\"2024-09-29\"").contains("国庆节");
    assertThat(get(PORTAL + "/api/v1/calendar/2027", accessTokenOf("leader1")).body()).contains("\"loaded\":false");
  }
}
