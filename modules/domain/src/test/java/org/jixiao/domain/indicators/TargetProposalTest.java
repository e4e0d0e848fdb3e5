package org.jixiao.domain.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.indicators.Indicator.ActualEntry;
import org.jixiao.domain.indicators.TargetProposal.Basis;
import org.jixiao.domain.organisation.Department;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.year.FiscalYear;
import org.junit.jupiter.api.Test;

/** Next year's target from last year's indicator of the same code (结果应用). */
class TargetProposalTest {

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void atLeast_actualBeatsTarget_proposesTheActual() {
    // 招商引资活动数量: target 100, actual 213 (213%, halved) → next year's target 213
    TargetProposal p = TargetProposal.from(IndicatorKind.AT_LEAST, n("100.0000"), null, n("213.0000"), true, n("86"));
    assertThat(p.basis()).isEqualTo(Basis.LAST_ACTUAL);
    assertThat(p.target()).isEqualByComparingTo("213");
    assertThat(p.target().toPlainString()).isEqualTo("213");
    assertThat(p.baseline()).isEqualByComparingTo("213");
  }

  @Test
  void atLeast_decimalActual_keepsItsDecimalsWithoutTrailingZeros() {
    TargetProposal p = TargetProposal.from(IndicatorKind.AT_LEAST, n("10.0000"), null, n("18.5500"), true, null);
    assertThat(p.target().toPlainString()).isEqualTo("18.55");
  }

  @Test
  void atLeast_actualBelowTarget_keepsLastTarget_neverWeaker() {
    // 工业增加值增速: target 5, actual 4 (80%) → 5 again, not 4
    TargetProposal p = TargetProposal.from(IndicatorKind.AT_LEAST, n("5.0000"), null, n("4.0000"), true, n("1.2"));
    assertThat(p.basis()).isEqualTo(Basis.LAST_TARGET);
    assertThat(p.target().toPlainString()).isEqualTo("5");
    assertThat(p.baseline()).isEqualByComparingTo("4");
  }

  @Test
  void actualNotApproved_isNoGround_keepsLastTargetAndBaseline() {
    TargetProposal p = TargetProposal.from(IndicatorKind.AT_LEAST, n("100"), null, n("213"), false, n("86"));
    assertThat(p.basis()).isEqualTo(Basis.LAST_TARGET);
    assertThat(p.target()).isEqualByComparingTo("100");
    assertThat(p.baseline()).isEqualByComparingTo("86");
  }

  @Test
  void atMost_actualBelowTarget_proposesTheActual_zeroActualDoesNot() {
    assertThat(TargetProposal.from(IndicatorKind.AT_MOST, n("10"), null, n("7.5"), true, null).target())
        .isEqualByComparingTo("7.5");
    TargetProposal zero = TargetProposal.from(IndicatorKind.AT_MOST, n("10"), null, BigDecimal.ZERO, true, null);
    assertThat(zero.basis()).isEqualTo(Basis.LAST_TARGET);
    assertThat(zero.target()).isEqualByComparingTo("10");
    assertThat(TargetProposal.from(IndicatorKind.AT_MOST, n("10"), null, n("12"), true, null).target())
        .isEqualByComparingTo("10");
  }

  @Test
  void equal_isANorm_theActualDoesNotMoveIt() {
    TargetProposal p = TargetProposal.from(IndicatorKind.EQUAL, n("100"), null, n("100"), true, null);
    assertThat(p.basis()).isEqualTo(Basis.LAST_TARGET);
    assertThat(p.target()).isEqualByComparingTo("100");
  }

  @Test
  void directionAndQualitative_keepTheirWords() {
    TargetProposal down = TargetProposal.from(IndicatorKind.DECREASE, null, "较去年同期下降", n("0.4"), true, null);
    assertThat(down.basis()).isEqualTo(Basis.LAST_TEXT);
    assertThat(down.target()).isNull();
    assertThat(down.targetText()).isEqualTo("较去年同期下降");
    TargetProposal q = TargetProposal.from(IndicatorKind.QUALITATIVE, null, "服务质量显著提升", null, true, null);
    assertThat(q.basis()).isEqualTo(Basis.LAST_TEXT);
    assertThat(q.targetText()).isEqualTo("服务质量显著提升");
  }

  @Test
  void anIndicatorWithAnApprovedActual_isProposedAsADraftWithItsNote() {
    Department department = new Department("gz-gxj", "广州市工业和信息化局");
    Division division = new Division(department, "investment", "投资与技术改造处", 4);
    FiscalYear y2023 = new FiscalYear(department, 2023);
    Indicator last = new Indicator(y2023, division, "O01", new Indicator.Definition("招商引资活动数量", null, null,
        IndicatorSubcategory.QUANTITY, "场", IndicatorKind.AT_LEAST, n("100"), null, n("0.60"), n("86")));
    last.submitTarget();
    last.reviewTarget(true, null);
    last.enterActual(new ActualEntry(n("213"), null, null, null, "预估保守", "按上年实际设定目标"));
    last.submitActual(IndicatorScoring.score(last.figures(), ScoringSettings.GUANGZHOU_DEFAULTS));
    last.reviewActual(true, null);

    Indicator draft = last.proposeFor(new FiscalYear(department, 2024), null, null,
        List.of("[C4 绩效管理] 加强绩效指标标准体系建设。"));

    assertThat(draft.code()).isEqualTo("O01");
    assertThat(draft.name()).isEqualTo("招商引资活动数量");
    assertThat(draft.division()).isSameAs(division);
    assertThat(draft.subcategory()).isEqualTo(IndicatorSubcategory.QUANTITY);
    assertThat(draft.unit()).isEqualTo("场");
    assertThat(draft.weight()).isEqualByComparingTo("0.60");
    assertThat(draft.target()).isEqualByComparingTo("213");
    assertThat(draft.baseline()).isEqualByComparingTo("213");
    assertThat(draft.targetStatus()).isEqualTo(WorkflowStatus.DRAFT);
    assertThat(draft.actual()).isNull();
    IndicatorProposal note = draft.proposal().orElseThrow();
    assertThat(note.sourceYear()).isEqualTo(2023);
    assertThat(note.basis()).isEqualTo(Basis.LAST_ACTUAL);
    assertThat(note.lastTarget()).isEqualByComparingTo("100");
    assertThat(note.lastActual()).isEqualByComparingTo("213");
    assertThat(note.measures()).containsExactly("[C4 绩效管理] 加强绩效指标标准体系建设。");
    assertThat(last.proposal()).isEmpty();
  }
}
