package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.evaluation.EvaluationScoring;
import org.jixiao.domain.evaluation.Grade;
import org.jixiao.domain.evaluation.ItemScore;
import org.jixiao.domain.evaluation.RecordRef;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.reporting.api.EvaluationView;
import org.jixiao.reporting.api.Evaluations;
import org.jixiao.reporting.api.ReviewBoard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seeded 2023 self-evaluation computed in the container from the modules' data: 90.74, 优. */
@ExtendWith(ArquillianExtension.class)
class EvaluationServicesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("evaluation-it", EvaluationServicesIT.class);
  }

  @Inject private Evaluations evaluations;

  private static Caller as(Role role, String division) {
    return new Caller("UNAUTHENTICATED", EnumSet.of(role), division);
  }

  private static final Caller LEADER = as(Role.LEADERSHIP, "office");

  private static String refusal(Runnable call) {
    BusinessException[] caught = new BusinessException[1];
    assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessException.class, e -> caught[0] = e);
    return caught[0].messageKey();
  }

  @Test
  void seeded2023_reproducesTheReport_itemByItem() {
    EvaluationView view = evaluations.evaluation(LEADER, 2023);
    assertThat(view.result().items()).extracting(i -> i.score().toPlainString())
        .containsExactly("9.35", "8.06", "5.00", "19.45", "4.75", "3.00", "4.00", "4.00", "14.00", "5.13", "10.00",
            "4.00");
    assertThat(view.result().total()).isEqualByComparingTo("90.74");
    assertThat(view.result().grade()).isEqualTo(Grade.EXCELLENT);
    assertThat(view.result().complete()).isTrue();
    assertThat(view.sealed()).isFalse();
    EvaluationScoring.ItemResult fundsRate = view.result().items().get(4);
    assertThat(fundsRate.trace()).contains(TraceStep.of("evaluation.trace.rate", "5", "94.91", "4.75"));
    EvaluationScoring.ItemResult performance = view.result().items().get(8);
    assertThat(performance.deduction()).isEqualByComparingTo("1");
    assertThat(performance.reason()).isEqualTo("一是部分绩效指标当年度未能完成，且没有及时调整；二是部分绩效指标预期目标值设置偏低。");
    EvaluationScoring.ItemResult procurement = view.result().items().get(9);
    assertThat(procurement.records()).extracting(RecordRef::kind).containsOnly(RecordRef.Kind.PROCUREMENT);
    assertThat(procurement.records()).isNotEmpty();
    assertThat(view.result().items().get(0).records()).extracting(RecordRef::kind)
        .containsOnly(RecordRef.Kind.INDICATOR);
    // the deductions worded as the report words them
    TraceStep overshoot = view.result().items().get(0).reasons().get(0);
    assertThat(overshoot.key()).isEqualTo("evaluation.reason.overshoot");
    assertThat(overshoot.arguments().get(0)).isEqualTo("2");
    assertThat(overshoot.arguments().get(1)).isEqualTo("150");
    assertThat(overshoot.arguments().get(2)).contains("213%").contains("250%");
    assertThat(view.result().items().get(1).reasons()).extracting(TraceStep::key)
        .containsExactly("evaluation.reason.overshoot", "evaluation.reason.below");
    assertThat(fundsRate.reasons()).singleElement()
        .satisfies(r -> assertThat(r.arguments().get(0)).contains("结转"));
    assertThat(procurement.reasons()).extracting(r -> r.arguments().get(0))
        .containsExactly("ProcurementRequirement.INTENTION_AFTER_APPROVAL", "ProcurementRequirement.CONTRACT_SIGNED",
            "ProcurementRequirement.CONTRACT_FILED");
  }

  @Test
  void theReviewBoard_showsTheMembersSheetsSideBySide_andTheirDisagreement() {
    ReviewBoard board = evaluations.reviewBoard(LEADER, 2023);
    assertThat(board.members()).containsExactly("leader1", "leader2", "leader3");
    assertThat(board.chair()).isEqualTo("leader1");
    assertThat(board.rows()).hasSize(6);
    ReviewBoard.Row performance = board.rows().stream().filter(r -> r.itemCode().equals("C4")).findFirst().orElseThrow();
    assertThat(performance.sheetOf("leader2").score()).isEqualByComparingTo("13.5");
    assertThat(performance.disagreement()).isTrue();
    assertThat(performance.consensus().score()).isEqualByComparingTo("14");
    assertThat(board.readyToSeal()).isTrue();
  }

  @Test
  void the2023Framework_isFrozenWhole_andOnlyAdminsMayTouchADraft() {
    Caller admin = as(Role.ADMIN, "office");
    var framework = evaluations.framework(admin, 2023);
    assertThat(framework.draft()).isFalse();
    assertThat(framework.items()).hasSize(12);
    assertThat(framework.totalWeight()).isEqualByComparingTo("100");
    assertThat(framework.items().get(2).fullMarksAtRate()).isEqualByComparingTo("90");
    var item = framework.items().get(0);
    assertThat(refusal(() -> evaluations.saveItem(admin, 2023, item))).isEqualTo("evaluation.frozen");
    assertThat(refusal(() -> evaluations.removeItem(admin, 2023, "A1"))).isEqualTo("evaluation.frozen");
    assertThat(refusal(() -> evaluations.saveItem(LEADER, 2023, item))).isEqualTo("evaluation.access.adminOnly");
  }

  @Test
  void outsidersAndBadScores_areRefused() {
    assertThat(refusal(() -> evaluations.evaluation(as(Role.DIVISION_HEAD, "info"), 2023)))
        .isEqualTo("evaluation.access.departmentOnly");
    // the test's callers are not among the members (leader1–3), nor its chair
    assertThat(refusal(() -> evaluations.scoreItem(LEADER, 2023, "C4", new ItemScore(new BigDecimal("14"), "x"))))
        .isEqualTo("evaluation.access.memberOnly");
    assertThat(refusal(() -> evaluations.approveAndSeal(LEADER, 2023))).isEqualTo("evaluation.access.chairOnly");
    assertThat(refusal(() -> evaluations.unseal(as(Role.ADMIN, "office"), 2023, "x"))).isEqualTo("year.notSealed");
    assertThat(refusal(() -> evaluations.unseal(LEADER, 2023, "x"))).isEqualTo("evaluation.access.adminOnly");
    assertThat(refusal(() -> evaluations.evaluation(LEADER, 2031))).isEqualTo("year.unknown");
  }
}
