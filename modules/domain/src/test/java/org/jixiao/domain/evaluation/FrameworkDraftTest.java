package org.jixiao.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.organisation.Department;
import org.jixiao.domain.year.FiscalYear;
import org.junit.jupiter.api.Test;

/** Admins shape a draft framework; it freezes only whole (weights 100), and frozen it stays. */
class FrameworkDraftTest {

  private final FiscalYear year = new FiscalYear(new Department("gz-gxj", "广州市工业和信息化局"), 2024);
  private final EvaluationFramework draft = new EvaluationFramework(year, "leader1", List.of("leader1", "leader2"));

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static String refusal(ThrowingCallable call) {
    BusinessException e = catchThrowableOfType(BusinessException.class, call);
    assertThat(e).as("a BusinessException").isNotNull();
    return e.messageKey();
  }

  @Test
  void aDraft_takesItemsChecked_andFreezesWhenWhole() {
    draft.addItem("A1", FrameworkBlock.OVERALL_EFFECTIVENESS, "产出指标完成情况", d("60"), ItemSource.OUTPUT_INDICATORS, null);
    assertThat(refusal(() -> draft.addItem("A1", FrameworkBlock.OVERALL_EFFECTIVENESS, "重复", d("1"),
        ItemSource.LEADERSHIP, null))).isEqualTo("evaluation.item.duplicate");
    assertThat(refusal(() -> draft.addItem("A2", FrameworkBlock.OVERALL_EFFECTIVENESS, "过大", d("101"),
        ItemSource.LEADERSHIP, null))).isEqualTo("evaluation.weight.range");
    assertThat(refusal(() -> draft.addItem("A3", FrameworkBlock.OVERALL_EFFECTIVENESS, "满分规则", d("5"),
        ItemSource.LEADERSHIP, d("90")))).isEqualTo("evaluation.fullMarks.invalid");
    assertThat(refusal(() -> draft.addItem("A4", null, "x", d("5"), ItemSource.LEADERSHIP, null)))
        .isEqualTo("validation.required");
    draft.addItem("C1", FrameworkBlock.MANAGEMENT_EFFICIENCY, "预算编制", d("30"), ItemSource.LEADERSHIP, null);
    assertThat(refusal(draft::freeze)).isEqualTo("evaluation.freeze.weights");
    draft.changeItem("C1", FrameworkBlock.MANAGEMENT_EFFICIENCY, "预算编制", d("40"), ItemSource.LEADERSHIP, null);
    assertThat(draft.totalWeight()).isEqualByComparingTo("100");
    draft.addItem("B2", FrameworkBlock.SPECIAL_EFFECTIVENESS, "产出（重复来源）", d("5"), ItemSource.OUTPUT_INDICATORS,
        null);
    draft.changeItem("A1", FrameworkBlock.OVERALL_EFFECTIVENESS, "产出指标完成情况", d("55"),
        ItemSource.OUTPUT_INDICATORS, null);
    assertThat(refusal(draft::freeze)).isEqualTo("evaluation.freeze.sourceTwice");
    draft.removeItem("B2");
    draft.changeItem("A1", FrameworkBlock.OVERALL_EFFECTIVENESS, "产出指标完成情况", d("60"),
        ItemSource.OUTPUT_INDICATORS, null);
    draft.freeze();
    assertThat(draft.status()).isEqualTo(EvaluationFramework.Status.FROZEN);
    assertThat(refusal(() -> draft.removeItem("C1"))).isEqualTo("evaluation.frozen");
    assertThat(refusal(() -> draft.changeItem("C1", FrameworkBlock.MANAGEMENT_EFFICIENCY, "预算编制", d("40"),
        ItemSource.LEADERSHIP, null))).isEqualTo("evaluation.frozen");
  }

  @Test
  void theChair_mustBeAMember() {
    assertThat(refusal(() -> new EvaluationFramework(year, "leader9", List.of("leader1"))))
        .isEqualTo("evaluation.chairNotMember");
  }
}
