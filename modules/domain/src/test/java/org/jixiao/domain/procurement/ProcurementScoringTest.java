package org.jixiao.domain.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.domain.indicators.TraceStep;
import org.junit.jupiter.api.Test;

class ProcurementScoringTest {

  private static DeadlineCheck check(ProcurementRequirement r, ComplianceStatus s) {
    return new DeadlineCheck(r, null, null, s, s == ComplianceStatus.LATE ? 3 : 0, null, null);
  }

  /** n records of which onTime met the requirement on time and the rest were late. */
  private static void add(List<List<DeadlineCheck>> records, ProcurementRequirement r, int onTime, int n) {
    while (records.size() < n) {
      records.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      records.get(i).add(check(r, i < onTime ? ComplianceStatus.ON_TIME : ComplianceStatus.LATE));
    }
  }

  @Test
  void pointsTimesOnTimeShare_roundedOnceAtTheEnd() {
    // 15 projects: 4 intentions, 7 signings and 7 filings on time; every announcement on time
    List<List<DeadlineCheck>> records = new ArrayList<>();
    add(records, ProcurementRequirement.INTENTION_AFTER_APPROVAL, 4, 15);
    add(records, ProcurementRequirement.CONTRACT_SIGNED, 7, 15);
    add(records, ProcurementRequirement.CONTRACT_ANNOUNCED, 15, 15);
    add(records, ProcurementRequirement.CONTRACT_FILED, 7, 15);
    ProcurementScoring.Score score = ProcurementScoring.score(records, ProcurementScoring.Points.DEFAULTS);
    // 3 × 4/15 + 3 × 7/15 + 2 × 15/15 + 2 × 7/15 = 0.80 + 1.40 + 2 + 0.9333… = 5.1333… → 5.13
    assertThat(score.score()).isEqualByComparingTo("5.13");
    assertThat(score.points()).isEqualByComparingTo("10");
    assertThat(score.trace()).contains(TraceStep.of("procurement.trace.requirement",
        "ProcurementRequirement.CONTRACT_FILED", "2", "7", "15", "0.93", "《政府采购法》第四十七条"));
    assertThat(score.trace().get(score.trace().size() - 1))
        .isEqualTo(TraceStep.of("procurement.trace.total", "5.13", "10"));
  }

  @Test
  void pendingAndUnknownRecords_doNotCount_andARequirementWithoutDecidedRecordsScoresInFull() {
    List<List<DeadlineCheck>> records = List.of(
        List.of(check(ProcurementRequirement.CONTRACT_SIGNED, ComplianceStatus.DUE),
            check(ProcurementRequirement.CONTRACT_FILED, ComplianceStatus.CALENDAR_MISSING),
            check(ProcurementRequirement.INTENTION_AFTER_APPROVAL, ComplianceStatus.MISSING)));
    ProcurementScoring.Score score = ProcurementScoring.score(records, ProcurementScoring.Points.DEFAULTS);
    assertThat(score.score()).isEqualByComparingTo("7.00"); // intention 0 of 3; the rest in full
  }
}
