package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.procurement.ComplianceStatus;
import org.jixiao.domain.procurement.ProcurementRequirement;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.procurement.api.ComplianceReport;
import org.jixiao.procurement.api.ProcurementCompliance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seeded 2023 procurement records against their legal deadlines, in the container: 采购管理 = 5.13. */
@ExtendWith(ArquillianExtension.class)
class ProcurementServicesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("procurement-it", ProcurementServicesIT.class);
  }

  @Inject private ProcurementCompliance compliance;

  private static Caller as(Role role, String division) {
    return new Caller("UNAUTHENTICATED", EnumSet.of(role), division);
  }

  private static long count(ComplianceReport report, ProcurementRequirement r, ComplianceStatus s) {
    return report.records().stream().flatMap(rec -> rec.checks().stream())
        .filter(c -> c.requirement() == r && c.status() == s).count();
  }

  @Test
  void seeded2023_scores513_fromLateIntentionsLateContractsAndLateFilings() {
    ComplianceReport report = compliance.reportOf(as(Role.LEADERSHIP, "office"), 2023, LocalDate.of(2023, 12, 31));
    assertThat(report.budgetApproved()).isEqualTo(LocalDate.of(2023, 2, 10));
    assertThat(report.records()).hasSize(15);
    assertThat(count(report, ProcurementRequirement.INTENTION_AFTER_APPROVAL, ComplianceStatus.ON_TIME)).isEqualTo(4);
    assertThat(count(report, ProcurementRequirement.INTENTION_AFTER_APPROVAL, ComplianceStatus.LATE)).isEqualTo(11);
    assertThat(count(report, ProcurementRequirement.CONTRACT_SIGNED, ComplianceStatus.LATE)).isEqualTo(8);
    assertThat(count(report, ProcurementRequirement.CONTRACT_ANNOUNCED, ComplianceStatus.ON_TIME)).isEqualTo(15);
    assertThat(count(report, ProcurementRequirement.CONTRACT_FILED, ComplianceStatus.LATE)).isEqualTo(8);
    assertThat(report.score().score()).isEqualByComparingTo("5.13");
    assertThat(report.score().trace().get(report.score().trace().size() - 1))
        .isEqualTo(TraceStep.of("procurement.trace.total", "5.13", "10"));
  }

  @Test
  void divisionHead_seesOnlyTheirRecords_butTheScoreIsTheDepartments() {
    ComplianceReport report = compliance.reportOf(as(Role.DIVISION_HEAD, "info"), 2023, LocalDate.of(2023, 12, 31));
    assertThat(report.records()).isNotEmpty().allSatisfy(r -> assertThat(r.divisionCode()).isEqualTo("info"));
    assertThat(report.score().score()).isEqualByComparingTo("5.13");
  }
}
