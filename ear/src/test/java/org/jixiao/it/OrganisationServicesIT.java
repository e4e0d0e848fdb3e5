package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.budgeting.api.FiscalYearSummary;
import org.jixiao.budgeting.api.FiscalYears;
import org.jixiao.domain.calendar.DayKind;
import org.jixiao.domain.year.FiscalYearStatus;
import org.jixiao.indicators.api.GoalSummary;
import org.jixiao.indicators.api.OverallGoals;
import org.jixiao.procurement.api.CalendarOverview;
import org.jixiao.procurement.api.WorkingDays;
import org.jixiao.reporting.api.DepartmentProfile;
import org.jixiao.reporting.api.DepartmentProfiles;
import org.jixiao.reporting.api.DivisionSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EJB services of every module, in the container, with JPA on the test database (PostgreSQL in CI). The
 * deployment is the built module jars plus this test; the running portal has migrated and seeded the schema.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationServicesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("organisation-it", OrganisationServicesIT.class);
  }

  @Inject private DepartmentProfiles departmentProfiles;
  @Inject private FiscalYears fiscalYears;
  @Inject private OverallGoals overallGoals;
  @Inject private WorkingDays workingDays;

  @Resource(lookup = "jdbc/jixiao")
  private DataSource dataSource;

  /** The configured URL (server.xml jndiEntry), which names PostgreSQL in CI. */
  @Resource(lookup = "jixiao/db/url")
  private String databaseUrl;

  @Test
  void servicesRunOnTheConfiguredDatabase() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      assertThat(product).isEqualTo(databaseUrl.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2");
    }
  }

  @Test
  void divisionByCode_resolvesTheKeycloakClaimToTheDivisionAndDepartment() {
    DivisionSummary industry = departmentProfiles.divisionByCode("industry").orElseThrow();
    assertThat(industry.name()).isEqualTo("产业发展处");
    assertThat(industry.departmentName()).isEqualTo("广州市工业和信息化局");
    assertThat(departmentProfiles.divisionByCode("no-such-division")).isEmpty();
    assertThat(departmentProfiles.divisionByCode(null)).isEmpty();
  }

  @Test
  void profile_listsTheSevenDivisionsInOrder_andTheFunctionsText() {
    long departmentId = departmentProfiles.divisionByCode("office").orElseThrow().departmentId();
    DepartmentProfile profile = departmentProfiles.profileOf(departmentId).orElseThrow();
    assertThat(profile.divisions())
        .extracting(DivisionSummary::name)
        .containsExactly("办公室", "规划财务处", "产业发展处", "投资与技术改造处", "信息化推进处", "中小企业处", "无线电管理处");
    assertThat(profile.functionsText()).startsWith("1.拟订工业、信息化领域的地方性法规").contains("15.完成市委、市政府");
    assertThat(departmentProfiles.profileOf(-1)).isEmpty();
  }

  @Test
  void fiscalYears_2023IsSeededOpen_andIsTheCurrentYear() {
    long departmentId = departmentProfiles.divisionByCode("office").orElseThrow().departmentId();
    List<FiscalYearSummary> years = fiscalYears.yearsOf(departmentId);
    assertThat(years).extracting(FiscalYearSummary::yearNumber).contains(2023);
    FiscalYearSummary current = fiscalYears.currentYearOf(departmentId).orElseThrow();
    assertThat(current.yearNumber()).isEqualTo(2023);
    assertThat(current.status()).isEqualTo(FiscalYearStatus.OPEN);
  }

  @Test
  void goals_ofThe2023Report_areTheSevenInOrder() {
    long departmentId = departmentProfiles.divisionByCode("office").orElseThrow().departmentId();
    long year = fiscalYears.currentYearOf(departmentId).orElseThrow().id();
    List<GoalSummary> goals = overallGoals.goalsOf(year);
    assertThat(goals).extracting(GoalSummary::sequence).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(goals.get(0).title()).isEqualTo("推动“四化”平台赋能制造业转型升级");
    assertThat(goals.get(6).title()).isEqualTo("提升南沙产业发展能级，深度强化湾区合作共建");
  }

  @Test
  void workingDays_knowTheNoticesOf2023To2026_andSayWhenAYearIsMissing() {
    CalendarOverview makeUpSunday = workingDays.overviewFor(LocalDate.of(2024, 9, 29));
    assertThat(makeUpSunday.coveredYears()).containsExactly(2023, 2024, 2025, 2026);
    assertThat(makeUpSunday.kindOfDate()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
    assertThat(workingDays.overviewFor(LocalDate.of(2024, 10, 1)).kindOfDate()).isEqualTo(DayKind.HOLIDAY);
    assertThat(workingDays.overviewFor(LocalDate.of(2026, 2, 13)).kindOfDate()).isEqualTo(DayKind.WORKING_DAY);
    assertThat(workingDays.overviewFor(LocalDate.of(2027, 1, 4)).kindOfDate())
        .isEqualTo(DayKind.CALENDAR_MISSING);
  }
}
