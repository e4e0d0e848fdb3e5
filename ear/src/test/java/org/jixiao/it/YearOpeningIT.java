package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.budgeting.api.BudgetSuggestionView;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.budgeting.api.YearAdministration;
import org.jixiao.budgeting.api.YearOpeningResult;
import org.jixiao.budgeting.api.YearView;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.budget.PaceWarning;
import org.jixiao.domain.evaluation.EvaluationFramework;
import org.jixiao.domain.evaluation.Grade;
import org.jixiao.domain.indicators.TargetProposal;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.indicators.WorkflowStatus;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.year.FiscalYearStatus;
import org.jixiao.indicators.api.IndicatorView;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.procurement.api.ProcurementRecords;
import org.jixiao.reporting.api.Evaluations;
import org.jixiao.reporting.api.FrameworkView;
import org.jixiao.reporting.api.YearComparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opening 2024 from the seeded 2023 in the container: every module's copy, the proposed indicators with their
 * notes, the budget suggestions, the dates of the new year, the year-over-year comparison; opening again or a year
 * too far is refused and changes nothing. The opened year is removed at the end (test-only SQL), so the other
 * tests see only the seeded data.
 */
@ExtendWith(ArquillianExtension.class)
class YearOpeningIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("years-it", YearOpeningIT.class, OpenedYearCleanup.class);
  }

  @Inject private YearAdministration years;
  @Inject private Indicators indicators;
  @Inject private Evaluations evaluations;
  @Inject private ProcurementRecords procurement;
  @Inject private Budgets budgets;
  @Resource private UserTransaction transaction;

  @Resource(lookup = "jdbc/jixiao")
  private DataSource dataSource;

  private static Caller as(Role role, String division) {
    return new Caller("UNAUTHENTICATED", EnumSet.of(role), division);
  }

  private static final Caller ADMIN = as(Role.ADMIN, "office");
  private static final Caller LEADER = as(Role.LEADERSHIP, "office");
  private static final Caller FINANCE = as(Role.FINANCE, "planning-finance");
  private static final Caller INVESTMENT = as(Role.DIVISION_HEAD, "investment");

  private static String refusal(Runnable call) {
    return catchThrowableOfType(call::run, BusinessException.class).messageKey();
  }

  @Test
  void opening2024_copiesEveryModulesPart_proposesIndicators_flagsBudgetLines_andIsRefusedTwice()
      throws Exception {
    removeYear(2024); // a run that stopped halfway left it behind
    try {
      assertThat(refusal(() -> years.openNext(FINANCE, 2024))).isEqualTo("year.access.adminOnly");
      assertThat(refusal(() -> years.openNext(ADMIN, 2026))).isEqualTo("year.open.notNext");
      assertThat(refusal(() -> years.openNext(ADMIN, 2023))).isEqualTo("year.open.exists");
      assertThat(years.years(ADMIN)).extracting(YearView::yearNumber).containsExactly(2023);

      YearOpeningResult opened = years.openNext(ADMIN, 2024);
      assertThat(opened.fromYear()).isEqualTo(2023);
      assertThat(opened.previousSealed()).isFalse();
      assertThat(opened.copied()).extracting(TraceStep::key).contains("year.copied.warningRule",
          "year.copied.checkpoints", "year.copied.funds", "year.copied.suggestions", "year.copied.scoringRule",
          "year.copied.goals", "year.copied.indicators", "year.copied.procurementDefaults",
          "year.copied.framework");

      // budgeting: the year, its checkpoints on the same days, no approval date yet
      YearView y2024 = years.years(ADMIN).get(0);
      assertThat(y2024.yearNumber()).isEqualTo(2024);
      assertThat(y2024.status()).isEqualTo(FiscalYearStatus.OPEN);
      assertThat(y2024.checkpoints()).containsExactly(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 30));
      assertThat(y2024.budgetApprovedOn()).isNull();
      assertThat(budgets.funds(FINANCE, 2024)).hasSize(8);
      assertThat(budgets.overview(FINANCE, 2024, LocalDate.of(2024, 12, 31)).lines()).isEmpty();

      // indicators: the scoring rule, and all 45 proposed as drafts with their notes
      assertThat(indicators.rules(LEADER, 2024)).hasSize(1);
      Map<String, IndicatorView> proposed = indicators.tree(LEADER, 2024).indicators().stream()
          .collect(Collectors.toMap(IndicatorView::code, i -> i));
      assertThat(proposed).hasSize(45);
      assertThat(proposed.values()).allSatisfy(i -> {
        assertThat(i.targetStatus()).isEqualTo(WorkflowStatus.DRAFT);
        assertThat(i.actual()).isNull();
        assertThat(i.proposal().sourceYear()).isEqualTo(2023);
      });
      IndicatorView o01 = proposed.get("O01"); // 招商引资活动数量: 100 → 213 (213%)
      assertThat(o01.name()).isEqualTo("组织、指导、支持举办工信产业招商引资活动数量");
      assertThat(o01.divisionCode()).isEqualTo("investment");
      assertThat(o01.goalSequence()).isEqualTo(3);
      assertThat(o01.unit()).isEqualTo("场");
      assertThat(o01.weight()).isEqualByComparingTo("0.60");
      assertThat(o01.target()).isEqualByComparingTo("213");
      assertThat(o01.proposal().basis()).isEqualTo(TargetProposal.Basis.LAST_ACTUAL);
      assertThat(o01.proposal().lastTarget()).isEqualByComparingTo("100");
      assertThat(o01.proposal().lastActual()).isEqualByComparingTo("213");
      assertThat(o01.proposal().measures()).anySatisfy(m -> assertThat(m)
          .startsWith("[C4 绩效管理] 加强绩效指标标准体系建设"));
      IndicatorView b04 = proposed.get("B04"); // 工业增加值增速 5 → 4 (80%): the target stays 5
      assertThat(b04.target()).isEqualByComparingTo("5");
      assertThat(b04.proposal().basis()).isEqualTo(TargetProposal.Basis.LAST_TARGET);
      assertThat(b04.proposal().measures()).isNotEmpty();
      IndicatorView b06 = proposed.get("B06");
      assertThat(b06.targetText()).isEqualTo("较去年同期下降");
      assertThat(b06.proposal().basis()).isEqualTo(TargetProposal.Basis.LAST_TEXT);
      assertThat(proposed.get("F-HQ-01").fundCode()).isEqualTo("gz-hq");
      assertThat(proposed.get("O05").proposal().measures()).isEmpty();
      // the division sees its drafts and may edit and submit them through the usual workflow
      assertThat(indicators.tree(INVESTMENT, 2024).indicators()).extracting(IndicatorView::code).contains("O01")
          .allSatisfy(c -> assertThat(proposed.get(c).divisionCode()).isEqualTo("investment"));
      assertThat(indicators.tree(INVESTMENT, 2024).indicators().stream().filter(i -> i.code().equals("O01"))
          .findFirst().orElseThrow().editable()).isTrue();

      // procurement: no rule of 2023's own, the defaults go on; reporting: the framework as a draft
      assertThat(procurement.rules(LEADER, 2024)).isEmpty();
      FrameworkView framework = evaluations.framework(LEADER, 2024);
      assertThat(framework.status()).isEqualTo(EvaluationFramework.Status.DRAFT);
      assertThat(framework.items()).hasSize(evaluations.framework(LEADER, 2023).items().size());
      assertThat(framework.totalWeight()).isEqualByComparingTo("100");
      assertThat(evaluations.evaluation(LEADER, 2024).result().complete()).isFalse();

      // results applied: the lines flagged for the 2024 budget
      Map<String, BudgetSuggestionView> suggestions = years.suggestions(FINANCE, 2024).stream()
          .collect(Collectors.toMap(BudgetSuggestionView::lineCode, s -> s));
      assertThat(suggestions.get("P05").executionWarning()).isEqualTo(PaceWarning.RED);
      assertThat(suggestions.get("P05").executionRate()).isEqualByComparingTo("76.48");
      assertThat(suggestions.get("P01").executionWarning()).isEqualTo(PaceWarning.YELLOW);
      assertThat(suggestions.get("G11").lowExecution()).isTrue();
      assertThat(suggestions.get("G11").carryOverReason()).isEqualTo("省资金年底下达，结转至2024年支出");
      assertThat(suggestions.get("G11").shortfallText()).contains("F-TECH-03");
      assertThat(suggestions.get("S02").lowExecution()).isFalse();
      assertThat(suggestions.get("S02").shortfallText()).contains("F-HQ-04").contains("82.9%");
      assertThat(suggestions).doesNotContainKeys("B01", "D01", "G22");
      // 13 lines below 95% at the year end, and S01–S04, G12, G32 for their funds' shortfalls
      assertThat(suggestions).hasSize(19);
      assertThat(refusal(() -> years.suggestions(INVESTMENT, 2024))).isEqualTo("year.suggestions.departmentOnly");

      // the comparison: 2023 from its measures, 2024 without data
      List<YearComparison> comparison = evaluations.yearOverYear(LEADER);
      assertThat(comparison).extracting(YearComparison::yearNumber).containsExactly(2023, 2024);
      YearComparison c2023 = comparison.get(0);
      assertThat(c2023.total()).isEqualByComparingTo("90.74");
      assertThat(c2023.grade()).isEqualTo(Grade.EXCELLENT);
      assertThat(c2023.budgetRate()).isEqualByComparingTo("95.03");
      assertThat(c2023.procurementScore()).isEqualByComparingTo("5.13");
      assertThat(c2023.achievedShare()).isNotNull();
      YearComparison c2024 = comparison.get(1);
      assertThat(c2024.total()).isNull();
      assertThat(c2024.budgetRate()).isNull();
      assertThat(c2024.achievedShare()).isNull();
      assertThat(c2024.procurementScore()).isNull();

      // the new year's dates
      years.recordBudgetApproval(ADMIN, 2024, LocalDate.of(2024, 2, 8));
      assertThat(refusal(() -> years.recordBudgetApproval(ADMIN, 2024, LocalDate.of(2023, 11, 30))))
          .isEqualTo("year.approval.outside");
      years.addCheckpoint(ADMIN, 2024, LocalDate.of(2024, 3, 31));
      assertThat(refusal(() -> years.addCheckpoint(ADMIN, 2024, LocalDate.of(2024, 6, 30))))
          .isEqualTo("year.checkpoint.duplicate");
      assertThat(refusal(() -> years.addCheckpoint(ADMIN, 2024, LocalDate.of(2025, 3, 31))))
          .isEqualTo("year.checkpoint.outside");
      years.removeCheckpoint(ADMIN, 2024, LocalDate.of(2024, 9, 30));
      assertThat(years.years(ADMIN).get(0).checkpoints())
          .containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30));
      assertThat(years.years(ADMIN).get(0).budgetApprovedOn()).isEqualTo(LocalDate.of(2024, 2, 8));

      // opening again, or a year too far, is refused and changes nothing
      assertThat(refusal(() -> years.openNext(ADMIN, 2024))).isEqualTo("year.open.exists");
      assertThat(refusal(() -> years.openNext(ADMIN, 2026))).isEqualTo("year.open.notNext");
      assertThat(years.years(ADMIN)).extracting(YearView::yearNumber).containsExactly(2024, 2023);
      assertThat(indicators.tree(LEADER, 2024).indicators()).hasSize(45);
      assertThat(years.suggestions(FINANCE, 2024)).hasSize(suggestions.size());
      // 2023 is untouched
      assertThat(indicators.scores(LEADER, 2023).output().score()).isEqualByComparingTo("9.35");
    } finally {
      removeYear(2024);
    }
    assertThat(years.years(ADMIN)).extracting(YearView::yearNumber).containsExactly(2023);
  }

  @Test
  void theDatesOfAYear_areForAdmins_andChecked() throws Exception {
    assertThat(refusal(() -> years.recordBudgetApproval(FINANCE, 2023, LocalDate.of(2023, 2, 10))))
        .isEqualTo("year.access.adminOnly");
    assertThat(refusal(() -> years.addCheckpoint(ADMIN, 2023, null))).isEqualTo("validation.required");
    assertThat(refusal(() -> years.removeCheckpoint(ADMIN, 2023, LocalDate.of(2023, 5, 1))))
        .isEqualTo("year.checkpoint.unknown");
    assertThat(years.years(LEADER).get(0).budgetApprovedOn()).isEqualTo(LocalDate.of(2023, 2, 10));
  }

  private void removeYear(int yearNumber) throws Exception {
    transaction.begin();
    try (Connection c = dataSource.getConnection()) {
      OpenedYearCleanup.remove(c, yearNumber);
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
    transaction.commit();
  }
}
