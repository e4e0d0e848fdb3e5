package org.jixiao.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.organisation.Department;
import org.jixiao.domain.year.FiscalYear;
import org.junit.jupiter.api.Test;

/** The 2023 framework of the report with the modules' 2023 figures: 90.74, 优. */
class EvaluationScoringTest {

  private final FiscalYear year = new FiscalYear(new Department("gz-gxj", "广州市工业和信息化局"), 2023);
  private final EvaluationFramework framework =
      new EvaluationFramework(year, "leader1", List.of("leader1", "leader2", "leader3"));

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private List<FrameworkItem> items2023() {
    framework.addItem("A1", FrameworkBlock.OVERALL_EFFECTIVENESS, "产出指标完成情况", d("10"), ItemSource.OUTPUT_INDICATORS, null);
    framework.addItem("A2", FrameworkBlock.OVERALL_EFFECTIVENESS, "效益指标完成情况", d("10"), ItemSource.BENEFIT_INDICATORS, null);
    framework.addItem("A3", FrameworkBlock.OVERALL_EFFECTIVENESS, "部门预算资金支出率", d("5"), ItemSource.DEPARTMENT_BUDGET_RATE, d("90"));
    framework.addItem("B1", FrameworkBlock.SPECIAL_EFFECTIVENESS, "专项资金绩效完成情况", d("20"), ItemSource.SPECIAL_FUNDS_PERFORMANCE, null);
    framework.addItem("B2", FrameworkBlock.SPECIAL_EFFECTIVENESS, "专项资金支出率", d("5"), ItemSource.SPECIAL_FUNDS_RATE, null);
    framework.addItem("C1", FrameworkBlock.MANAGEMENT_EFFICIENCY, "预算编制", d("3"), ItemSource.LEADERSHIP, null);
    framework.addItem("C2", FrameworkBlock.MANAGEMENT_EFFICIENCY, "预算执行", d("4"), ItemSource.LEADERSHIP, null);
    framework.addItem("C3", FrameworkBlock.MANAGEMENT_EFFICIENCY, "信息公开", d("4"), ItemSource.LEADERSHIP, null);
    framework.addItem("C4", FrameworkBlock.MANAGEMENT_EFFICIENCY, "绩效管理", d("15"), ItemSource.LEADERSHIP, null);
    framework.addItem("C5", FrameworkBlock.MANAGEMENT_EFFICIENCY, "采购管理", d("10"), ItemSource.PROCUREMENT, null);
    framework.addItem("C6", FrameworkBlock.MANAGEMENT_EFFICIENCY, "资产管理", d("10"), ItemSource.LEADERSHIP, null);
    framework.addItem("C7", FrameworkBlock.MANAGEMENT_EFFICIENCY, "运行成本", d("4"), ItemSource.LEADERSHIP, null);
    return framework.items();
  }

  private static Measure m(MeasureKind kind, String value, String outOf) {
    return new Measure(kind, d(value), d(outOf), List.of(TraceStep.of("x")), List.of(TraceStep.of("why")), List.of());
  }

  private static Map<MeasureKind, Measure> measures2023() {
    Map<MeasureKind, Measure> m = new EnumMap<>(MeasureKind.class);
    m.put(MeasureKind.OUTPUT_SCORE, m(MeasureKind.OUTPUT_SCORE, "9.35", "10"));
    m.put(MeasureKind.BENEFIT_SCORE, m(MeasureKind.BENEFIT_SCORE, "8.06", "10"));
    m.put(MeasureKind.SPECIAL_FUNDS_SCORE, m(MeasureKind.SPECIAL_FUNDS_SCORE, "19.45", "20"));
    m.put(MeasureKind.DEPARTMENT_BUDGET_RATE, m(MeasureKind.DEPARTMENT_BUDGET_RATE, "92.64", "100"));
    m.put(MeasureKind.SPECIAL_FUNDS_RATE, m(MeasureKind.SPECIAL_FUNDS_RATE, "94.91", "100"));
    m.put(MeasureKind.PROCUREMENT_SCORE, m(MeasureKind.PROCUREMENT_SCORE, "5.13", "10"));
    return m;
  }

  private static Map<String, EvaluationScoring.Agreed> consensus2023() {
    Map<String, EvaluationScoring.Agreed> c = new HashMap<>();
    c.put("C1", new EvaluationScoring.Agreed(d("3"), null));
    c.put("C2", new EvaluationScoring.Agreed(d("4"), null));
    c.put("C3", new EvaluationScoring.Agreed(d("4"), null));
    c.put("C4", new EvaluationScoring.Agreed(d("14"), "一是部分绩效指标当年度未能完成，且没有及时调整；二是部分绩效指标预期目标值设置偏低。"));
    c.put("C6", new EvaluationScoring.Agreed(d("10"), null));
    c.put("C7", new EvaluationScoring.Agreed(d("4"), null));
    return c;
  }

  @Test
  void theReportsYear_scores9074_excellent() {
    EvaluationScoring.Result r = EvaluationScoring.evaluate(items2023(), measures2023(), consensus2023());
    assertThat(r.items()).extracting(i -> i.score().toPlainString())
        .containsExactly("9.35", "8.06", "5.00", "19.45", "4.75", "3.00", "4.00", "4.00", "14.00", "5.13", "10.00",
            "4.00");
    assertThat(r.total()).isEqualByComparingTo("90.74");
    assertThat(r.grade()).isEqualTo(Grade.EXCELLENT);
    assertThat(r.complete()).isTrue();
    assertThat(r.items().get(4).trace()).last()
        .isEqualTo(TraceStep.of("evaluation.trace.rate", "5", "94.91", "4.75"));
    assertThat(r.items().get(8).deduction()).isEqualByComparingTo("1");
    assertThat(r.items().get(8).reason()).startsWith("一是部分绩效指标");
    assertThat(r.items().get(0).reasons()).containsExactly(TraceStep.of("why"));
    assertThat(r.items().get(2).reasons()).isEmpty(); // full marks: nothing to explain
  }

  @Test
  void aMissingConsensus_leavesTheEvaluationIncomplete() {
    Map<String, EvaluationScoring.Agreed> c = consensus2023();
    c.remove("C6");
    EvaluationScoring.Result r = EvaluationScoring.evaluate(items2023(), measures2023(), c);
    assertThat(r.complete()).isFalse();
    assertThat(r.items().get(10).isScored()).isFalse();
  }

  @Test
  void aScoreOutOfOtherPoints_isScaledToTheItemsWeight() {
    Map<MeasureKind, Measure> m = measures2023();
    m.put(MeasureKind.PROCUREMENT_SCORE, m(MeasureKind.PROCUREMENT_SCORE, "2.565", "5"));
    EvaluationScoring.Result r = EvaluationScoring.evaluate(items2023(), m, consensus2023());
    assertThat(r.items().get(9).score()).isEqualByComparingTo("5.13");
  }

  @Test
  void grades_followTheBands() {
    assertThat(Grade.of(d("90"))).isEqualTo(Grade.EXCELLENT);
    assertThat(Grade.of(d("89.99"))).isEqualTo(Grade.GOOD);
    assertThat(Grade.of(d("60"))).isEqualTo(Grade.FAIR);
    assertThat(Grade.of(d("59.99"))).isEqualTo(Grade.POOR);
  }

  @Test
  void leadershipScores_areWithinTheWeight_andADeductionNeedsAReason() {
    FrameworkItem c4 = items2023().get(8);
    assertThat(catchThrowableOfType(BusinessException.class,
        () -> new ItemScore(d("16"), null).checkedAgainst(c4)).messageKey()).isEqualTo("evaluation.score.range");
    assertThat(catchThrowableOfType(BusinessException.class,
        () -> new ItemScore(d("-1"), "x").checkedAgainst(c4)).messageKey()).isEqualTo("evaluation.score.range");
    assertThat(catchThrowableOfType(BusinessException.class,
        () -> new ItemScore(d("14"), " ").checkedAgainst(c4)).messageKey()).isEqualTo("evaluation.reason.required");
    assertThat(catchThrowableOfType(BusinessException.class,
        () -> new ItemScore(d("5.13"), null).checkedAgainst(framework.items().get(9))).messageKey())
        .isEqualTo("evaluation.item.computed");
    assertThat(new ItemScore(d("15"), null).checkedAgainst(c4).score()).isEqualByComparingTo("15");
  }

  @Test
  void sealing_makesTheYearReadOnly_andUnsealingNeedsAReason() {
    EvaluationSeal seal = new EvaluationSeal(year, "{\"total\":\"90.74\"}", "leader1", LocalDateTime.now());
    assertThat(year.isSealed()).isTrue();
    assertThat(seal.fingerprint()).hasSize(64).isEqualTo(EvaluationSeal.sha256("{\"total\":\"90.74\"}"));
    assertThat(catchThrowableOfType(BusinessException.class,
        () -> new ReviewScore(items2023().get(8), "leader2", new ItemScore(d("15"), null), LocalDateTime.now()))
        .messageKey()).isEqualTo("year.sealed");
    assertThat(catchThrowableOfType(BusinessException.class,
        () -> seal.unseal(" ", "admin", LocalDateTime.now())).messageKey()).isEqualTo("validation.required");
    seal.unseal("报告数据需更正", "admin", LocalDateTime.now());
    assertThat(year.isSealed()).isFalse();
    assertThat(seal.isInForce()).isFalse();
  }
}
