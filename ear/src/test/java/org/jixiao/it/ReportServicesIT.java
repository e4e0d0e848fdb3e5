package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.evaluation.ImprovementPoint;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.reporting.api.PointView;
import org.jixiao.reporting.api.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The report's problems and measures as records linked to items and indicators (结果应用), in the container. */
@ExtendWith(ArquillianExtension.class)
class ReportServicesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("report-it", ReportServicesIT.class);
  }

  @Inject private Reports reports;
  @Resource private UserTransaction transaction;

  private static Caller as(Role role, String division) {
    return new Caller("UNAUTHENTICATED", EnumSet.of(role), division);
  }

  private static final Caller FINANCE = as(Role.FINANCE, "planning-finance");

  private static String refusal(Runnable call) {
    BusinessException[] caught = new BusinessException[1];
    assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessException.class, e -> caught[0] = e);
    return caught[0].messageKey();
  }

  @Test
  void seeded2023_hasThreeProblemsAndThreeMeasures_linkedToTheirItems() {
    List<PointView> points = reports.improvements(FINANCE, 2023);
    assertThat(points).filteredOn(p -> p.kind() == ImprovementPoint.Kind.PROBLEM).hasSize(3);
    assertThat(points).filteredOn(p -> p.kind() == ImprovementPoint.Kind.MEASURE).hasSize(3);
    PointView targets = points.stream()
        .filter(p -> p.kind() == ImprovementPoint.Kind.PROBLEM && p.sequence() == 2).findFirst().orElseThrow();
    assertThat(targets.content()).startsWith("绩效目标设置有待完善");
    assertThat(targets.itemCode()).isEqualTo("C4");
    assertThat(targets.indicatorCodes()).contains("O01", "O02", "B01");
    assertThat(points.stream().filter(p -> p.sequence() == 3).map(PointView::itemCode)).containsOnly("C5");
  }

  @Test
  void aPoint_isWrittenWithKnownLinksOnly() throws Exception {
    assertThat(refusal(() -> reports.savePoint(FINANCE, 2023, null, ImprovementPoint.Kind.MEASURE, "加强培训", "Z9",
        null, 0))).isEqualTo("evaluation.unknownItem");
    assertThat(refusal(() -> reports.savePoint(FINANCE, 2023, null, ImprovementPoint.Kind.MEASURE, "加强培训", "C4",
        "O01,NOPE", 0))).isEqualTo("indicator.unknown");
    assertThat(refusal(() -> reports.savePoint(FINANCE, 2023, null, ImprovementPoint.Kind.MEASURE, " ", "C4", null,
        0))).isEqualTo("validation.required");
    assertThat(refusal(() -> reports.savePoint(as(Role.DIVISION_HEAD, "info"), 2023, null,
        ImprovementPoint.Kind.MEASURE, "x", null, null, 0))).isEqualTo("evaluation.access.departmentOnly");
    transaction.begin();
    try {
      reports.savePoint(FINANCE, 2023, null, ImprovementPoint.Kind.MEASURE, "建立目标值合理性复核机制", "C4",
          "O01，O02", 0);
      PointView added = reports.improvements(FINANCE, 2023).stream()
          .filter(p -> p.kind() == ImprovementPoint.Kind.MEASURE && p.sequence() == 4).findFirst().orElseThrow();
      assertThat(added.indicatorCodes()).containsExactly("O01", "O02");
      assertThat(added.updatedBy()).isEqualTo("UNAUTHENTICATED");
    } finally {
      transaction.rollback();
    }
  }
}
