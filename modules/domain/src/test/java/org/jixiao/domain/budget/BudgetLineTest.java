package org.jixiao.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.organisation.Department;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.year.FiscalYear;
import org.junit.jupiter.api.Test;

/** The rules of changing a budget line, without a database (ids stay null). */
class BudgetLineTest {

  private static final LocalDateTime AT = LocalDateTime.of(2023, 7, 3, 9, 30);

  private final Department department = new Department("gz-gxj", "广州市工业和信息化局");
  private final Division division = new Division(department, "industry", "产业发展处", 1);
  private final FiscalYear year = new FiscalYear(department, 2023);

  private static Money m(String amount) {
    return Money.parse(amount);
  }

  private BudgetLine basicLine(String budget) {
    return new BudgetLine(year, division, "B01", "人员经费", BudgetCategory.BASIC_EXPENDITURE, null, null, m(budget));
  }

  private BudgetLine developmentLine(String budget) {
    return new BudgetLine(
        year, division, "D01", "产业发展促进活动经费", BudgetCategory.OTHER_DEVELOPMENT, BudgetLevel.CITY_LEVEL, null,
        m(budget));
  }

  /** The business exception {@code call} throws; fails the test when it throws nothing or something else. */
  private static BusinessException refusal(ThrowingCallable call) {
    BusinessException e = catchThrowableOfType(BusinessException.class, call);
    assertThat(e).as("a BusinessException").isNotNull();
    return e;
  }

  private static List<Money> twelve(String... amounts) {
    List<Money> months = new ArrayList<>();
    for (String a : amounts) {
      months.add(m(a));
    }
    return months;
  }

  // --- a new line -----------------------------------------------------------------------------------------

  @Test
  void newLine_startsWithTheInitialBudget_andNothingExecuted() {
    BudgetLine line = developmentLine("8420.00");
    assertThat(line.initialBudget()).isEqualTo(m("8420.00"));
    assertThat(line.fullYearBudget()).isEqualTo(m("8420.00"));
    assertThat(line.executed()).isEqualTo(Money.ZERO);
    assertThat(line.carryOverAmount()).isEqualTo(Money.ZERO);
    assertThat(line.level()).contains(BudgetLevel.CITY_LEVEL);
    assertThat(line.specialFund()).isEmpty();
    assertThat(line.executions()).isEmpty();
    assertThat(line.plan()).isEmpty();
    assertThat(line.adjustments()).isEmpty();
    assertThat(line.overspendReason()).isEmpty();
  }

  @Test
  void developmentSpending_needsABudgetLevel() {
    BusinessException e =
        refusal(() -> new BudgetLine(year, division, "D01", "经费", BudgetCategory.OTHER_DEVELOPMENT, null, null, m("1")));
    assertThat(e.messageKey()).isEqualTo("budget.line.levelRequired");
  }

  @Test
  void departmentBudget_refusesABudgetLevel() {
    BusinessException basic =
        refusal(
            () -> new BudgetLine(year, division, "B01", "人员经费", BudgetCategory.BASIC_EXPENDITURE,
                BudgetLevel.CITY_LEVEL, null, m("1")));
    assertThat(basic.messageKey()).isEqualTo("budget.line.levelNotAllowed");
    BusinessException project =
        refusal(
            () -> new BudgetLine(year, division, "P01", "项目", BudgetCategory.PROJECT_EXPENDITURE,
                BudgetLevel.TRANSFER_TO_LOWER, null, m("1")));
    assertThat(project.messageKey()).isEqualTo("budget.line.levelNotAllowed");
  }

  @Test
  void specialFundLine_needsAFund() {
    BusinessException e =
        refusal(
            () -> new BudgetLine(year, division, "S01", "专项", BudgetCategory.SPECIAL_FUND, BudgetLevel.CITY_LEVEL,
                null, m("1")));
    assertThat(e.messageKey()).isEqualTo("budget.line.fundRequired");
  }

  @Test
  void otherLines_refuseAFund() {
    SpecialFund fund = new SpecialFund(); // same package: the JPA constructor; refused before its year is read
    BusinessException e =
        refusal(
            () -> new BudgetLine(year, division, "D01", "经费", BudgetCategory.OTHER_DEVELOPMENT,
                BudgetLevel.CITY_LEVEL, fund, m("1")));
    assertThat(e.messageKey()).isEqualTo("budget.line.fundNotAllowed");
  }

  @Test
  void newLine_needsCodeNameAndCategory() {
    assertThat(
            refusal(() -> new BudgetLine(year, division, " ", "人员经费", BudgetCategory.BASIC_EXPENDITURE, null, null,
                    m("1")))
                .arguments())
        .containsExactly(new Label("budget.field.code"));
    assertThat(
            refusal(() -> new BudgetLine(year, division, "B01", null, BudgetCategory.BASIC_EXPENDITURE, null, null,
                    m("1")))
                .messageKey())
        .isEqualTo("validation.required");
    BusinessException noCategory =
        refusal(() -> new BudgetLine(year, division, "B01", "人员经费", null, null, null, m("1")));
    assertThat(noCategory.messageKey()).isEqualTo("validation.required");
    assertThat(noCategory.arguments()).containsExactly(new Label("budget.field.category"));
  }

  @Test
  void newLine_refusesANegativeBudget() {
    BusinessException e = refusal(() -> basicLine("-0.01"));
    assertThat(e.messageKey()).isEqualTo("validation.negative");
    assertThat(e.arguments()).containsExactly(new Label("budget.field.initialBudget"));
  }

  @Test
  void newLine_acceptsAZeroBudget() {
    assertThat(basicLine("0").fullYearBudget()).isEqualTo(Money.ZERO);
  }

  // --- execution ------------------------------------------------------------------------------------------

  @Test
  void recordExecution_addsUpTheMonths() {
    BudgetLine line = basicLine("1000.00");
    line.recordExecution(1, m("80.00"), null, "finance", AT);
    line.recordExecution(2, m("75.50"), null, "finance", AT);
    assertThat(line.executed()).isEqualTo(m("155.50"));
    assertThat(line.executions()).hasSize(2);
    assertThat(line.executionIn(2)).hasValueSatisfying(e -> assertThat(e.amount()).isEqualTo(m("75.50")));
    assertThat(line.executionIn(3)).isEmpty();
  }

  @Test
  void recordExecution_replacesTheMonthsEarlierFigure() {
    BudgetLine line = basicLine("1000.00");
    line.recordExecution(3, m("80.00"), null, "clerk", AT);
    MonthlyExecution again = line.recordExecution(3, m("95.00"), null, "finance", AT.plusDays(1));
    assertThat(line.executions()).hasSize(1);
    assertThat(line.executed()).isEqualTo(m("95.00"));
    assertThat(again.month()).isEqualTo(3);
    assertThat(again.amount()).isEqualTo(m("95.00"));
    assertThat(again.recordedBy()).isEqualTo("finance");
    assertThat(again.recordedAt()).isEqualTo(AT.plusDays(1));
  }

  @Test
  void recordExecution_replacingAMonth_isCheckedAgainstTheOtherMonthsOnly() {
    BudgetLine line = basicLine("100.00");
    line.recordExecution(1, m("60.00"), null, "finance", AT);
    line.recordExecution(2, m("40.00"), null, "finance", AT);
    // lowering January and raising it back to the full budget is not an overspend
    line.recordExecution(1, m("10.00"), null, "finance", AT);
    line.recordExecution(1, m("60.00"), null, "finance", AT);
    assertThat(line.executed()).isEqualTo(m("100.00"));
    assertThat(line.overspendReason()).isEmpty();
  }

  @Test
  void recordExecution_upToTheBudget_needsNoReason() {
    BudgetLine line = basicLine("100.00");
    line.recordExecution(12, m("100.00"), null, "finance", AT);
    assertThat(line.executed()).isEqualTo(m("100.00"));
  }

  @Test
  void overspend_isRefusedWithoutAReason() {
    BudgetLine line = basicLine("100.00");
    line.recordExecution(1, m("60.00"), null, "finance", AT);
    BusinessException e = refusal(() -> line.recordExecution(2, m("40.01"), "  ", "finance", AT));
    assertThat(e.messageKey()).isEqualTo("budget.execution.overspendNeedsReason");
    assertThat(e.arguments()).containsExactly(m("100.01"), m("100.00"));
    assertThat(line.executed()).isEqualTo(m("60.00"));
    assertThat(line.executionIn(2)).isEmpty();
  }

  @Test
  void overspend_isAllowedWithAReason_whichTheLineKeeps() {
    BudgetLine line = basicLine("100.00");
    line.recordExecution(1, m("60.00"), null, "finance", AT);
    line.recordExecution(2, m("50.00"), " 年底追加人员经费 ", "finance", AT);
    assertThat(line.executed()).isEqualTo(m("110.00"));
    assertThat(line.overspendReason()).contains("年底追加人员经费");
  }

  @Test
  void month_outsideOneToTwelve_isRefused() {
    BudgetLine line = basicLine("100.00");
    BusinessException zero = refusal(() -> line.recordExecution(0, m("1.00"), null, "finance", AT));
    assertThat(zero.messageKey()).isEqualTo("validation.month");
    assertThat(zero.arguments()).containsExactly(0);
    BusinessException thirteen = refusal(() -> line.recordExecution(13, m("1.00"), null, "finance", AT));
    assertThat(thirteen.messageKey()).isEqualTo("validation.month");
    assertThat(thirteen.arguments()).containsExactly(13);
    assertThat(line.executions()).isEmpty();
  }

  @Test
  void recordExecution_refusesANegativeOrMissingAmount() {
    BudgetLine line = basicLine("100.00");
    assertThat(refusal(() -> line.recordExecution(1, m("-1.00"), null, "finance", AT)).messageKey())
        .isEqualTo("validation.negative");
    assertThat(refusal(() -> line.recordExecution(1, null, null, "finance", AT)).messageKey())
        .isEqualTo("validation.required");
  }

  @Test
  void whatWasCarriedOver_cannotBeSpentAsWell() {
    BudgetLine line = basicLine("100.00");
    line.recordExecution(1, m("60.00"), null, "finance", AT);
    line.carryOver(m("30.00"), "结转下年");
    line.recordExecution(2, m("10.00"), null, "finance", AT); // 60 + 10 + 30 = 100: still fits
    BusinessException e = refusal(() -> line.recordExecution(3, m("0.01"), null, "finance", AT));
    assertThat(e.messageKey()).isEqualTo("budget.execution.carriedOver");
    assertThat(e.arguments()).containsExactly(m("30.00"));
    assertThat(line.executed()).isEqualTo(m("70.00"));
  }

  // --- adjustment -----------------------------------------------------------------------------------------

  @Test
  void adjustBudget_changesTheFullYearBudget_andKeepsTheHistory() {
    BudgetLine line = developmentLine("8000.00");
    BudgetAdjustment first = line.adjustBudget(m("8420.00"), " 年中追加 ", "finance", AT);
    line.adjustBudget(m("8400.00"), "压减一般性支出", "head", AT.plusMonths(3));

    assertThat(line.fullYearBudget()).isEqualTo(m("8400.00"));
    assertThat(line.initialBudget()).isEqualTo(m("8000.00"));
    assertThat(line.adjustments()).hasSize(2);
    assertThat(line.adjustments().get(0)).isSameAs(first);
    assertThat(first.oldBudget()).isEqualTo(m("8000.00"));
    assertThat(first.newBudget()).isEqualTo(m("8420.00"));
    assertThat(first.reason()).isEqualTo("年中追加");
    assertThat(first.adjustedBy()).isEqualTo("finance");
    assertThat(first.adjustedAt()).isEqualTo(AT);
    BudgetAdjustment second = line.adjustments().get(1);
    assertThat(second.oldBudget()).isEqualTo(m("8420.00"));
    assertThat(second.newBudget()).isEqualTo(m("8400.00"));
    assertThat(second.adjustedBy()).isEqualTo("head");
  }

  @Test
  void adjustBudget_needsAReason() {
    BudgetLine line = basicLine("100.00");
    BusinessException e = refusal(() -> line.adjustBudget(m("120.00"), " ", "finance", AT));
    assertThat(e.messageKey()).isEqualTo("validation.required");
    assertThat(e.arguments()).containsExactly(new Label("budget.field.adjustmentReason"));
    assertThat(line.fullYearBudget()).isEqualTo(m("100.00"));
    assertThat(line.adjustments()).isEmpty();
  }

  @Test
  void adjustBudget_refusesAnUnchangedBudget() {
    BudgetLine line = basicLine("100.00");
    BusinessException e = refusal(() -> line.adjustBudget(m("100"), "同上", "finance", AT));
    assertThat(e.messageKey()).isEqualTo("budget.adjust.unchanged");
    assertThat(line.adjustments()).isEmpty();
  }

  @Test
  void adjustBudget_refusesANegativeBudget() {
    BudgetLine line = basicLine("100.00");
    assertThat(refusal(() -> line.adjustBudget(m("-5.00"), "压减", "finance", AT)).messageKey())
        .isEqualTo("validation.negative");
  }

  @Test
  void adjustBudget_belowWhatWasExecutedAndCarriedOver_isRefused() {
    BudgetLine line = basicLine("100.00");
    line.recordExecution(1, m("50.00"), null, "finance", AT);
    line.carryOver(m("20.00"), "结转下年");
    BusinessException e = refusal(() -> line.adjustBudget(m("69.99"), "压减", "finance", AT));
    assertThat(e.messageKey()).isEqualTo("budget.adjust.belowExecuted");
    assertThat(e.arguments()).containsExactly(m("70.00"));
    line.adjustBudget(m("70.00"), "压减", "finance", AT);
    assertThat(line.fullYearBudget()).isEqualTo(m("70.00"));
  }

  // --- carry-over (结转) ----------------------------------------------------------------------------------

  @Test
  void carryOver_atMostWhatIsUnspent() {
    BudgetLine line = basicLine("100.00");
    line.recordExecution(1, m("60.00"), null, "finance", AT);
    BusinessException e = refusal(() -> line.carryOver(m("40.01"), "结转下年"));
    assertThat(e.messageKey()).isEqualTo("budget.carryOver.moreThanUnspent");
    assertThat(e.arguments()).containsExactly(m("40.01"), m("40.00"));
    assertThat(line.carryOverAmount()).isEqualTo(Money.ZERO);

    line.carryOver(m("40.00"), " 省资金年底下达 ");
    assertThat(line.carryOverAmount()).isEqualTo(m("40.00"));
    assertThat(line.carryOverReason()).contains("省资金年底下达");
  }

  @Test
  void carryOver_needsAReason() {
    BudgetLine line = basicLine("100.00");
    BusinessException e = refusal(() -> line.carryOver(m("10.00"), null));
    assertThat(e.messageKey()).isEqualTo("validation.required");
    assertThat(e.arguments()).containsExactly(new Label("budget.field.carryOverReason"));
    assertThat(line.carryOverAmount()).isEqualTo(Money.ZERO);
  }

  @Test
  void carryOver_ofZero_clearsItAndItsReason() {
    BudgetLine line = basicLine("100.00");
    line.carryOver(m("10.00"), "结转下年");
    line.carryOver(Money.ZERO, null);
    assertThat(line.carryOverAmount()).isEqualTo(Money.ZERO);
    assertThat(line.carryOverReason()).isEmpty();
  }

  @Test
  void carryOver_refusesANegativeAmount() {
    BudgetLine line = basicLine("100.00");
    assertThat(refusal(() -> line.carryOver(m("-1.00"), "结转")).messageKey()).isEqualTo("validation.negative");
  }

  // --- monthly plan (用款计划) -----------------------------------------------------------------------------

  @Test
  void planMonths_mustAddUpToTheBudget() {
    BudgetLine line = developmentLine("100.00");
    BusinessException e =
        refusal(() -> line.planMonths(twelve("0", "0", "0", "0", "0", "40", "0", "0", "30", "0", "0", "29.99")));
    assertThat(e.messageKey()).isEqualTo("budget.plan.mustMatchBudget");
    assertThat(e.arguments()).containsExactly(m("99.99"), m("100.00"));
    assertThat(line.plan()).isEmpty();
  }

  @Test
  void planMonths_keepsTheMonthsThatPlanSpending() {
    BudgetLine line = developmentLine("100.00");
    line.planMonths(twelve("0", "0", "0", "0", "0", "40", "0", "0", "30", "0", "0", "30"));
    assertThat(line.plan()).extracting(MonthlyPlan::month).containsExactly(6, 9, 12);
    assertThat(line.plan()).extracting(MonthlyPlan::amount).containsExactly(m("40"), m("30"), m("30"));

    // a new plan replaces the old one
    line.planMonths(twelve("8", "8", "8", "8", "8", "8", "8", "8", "8", "8", "8", "12"));
    assertThat(line.plan()).hasSize(12);
    assertThat(line.plan().get(11).amount()).isEqualTo(m("12.00"));
  }

  @Test
  void planMonths_needsTwelveMonths() {
    BudgetLine line = developmentLine("100.00");
    assertThat(refusal(() -> line.planMonths(Collections.nCopies(11, m("10.00")))).messageKey())
        .isEqualTo("budget.plan.twelveMonths");
  }

  @Test
  void planMonths_refusesNegativeMonths() {
    BudgetLine line = developmentLine("100.00");
    assertThat(
            refusal(() -> line.planMonths(twelve("-10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10",
                    "10")))
                .messageKey())
        .isEqualTo("validation.negative");
  }

  // --- a sealed year --------------------------------------------------------------------------------------

  @Test
  void sealedYear_refusesNewLines() {
    year.seal();
    BusinessException e = refusal(() -> basicLine("100.00"));
    assertThat(e.messageKey()).isEqualTo("year.sealed");
    assertThat(e.arguments()).containsExactly(2023);
  }

  @Test
  void sealedYear_refusesEveryChangeOfItsLines() {
    BudgetLine line = basicLine("100.00");
    line.recordExecution(1, m("50.00"), null, "finance", AT);
    year.seal();
    assertThat(year.isSealed()).isTrue();

    assertThat(refusal(() -> line.recordExecution(2, m("10.00"), null, "finance", AT)).messageKey())
        .isEqualTo("year.sealed");
    assertThat(refusal(() -> line.adjustBudget(m("120.00"), "追加", "finance", AT)).messageKey())
        .isEqualTo("year.sealed");
    assertThat(refusal(() -> line.carryOver(m("10.00"), "结转")).messageKey()).isEqualTo("year.sealed");
    assertThat(refusal(() -> line.planMonths(Collections.nCopies(12, Money.ZERO))).messageKey())
        .isEqualTo("year.sealed");
    assertThat(
            refusal(() -> new BudgetCommitment(line, "HT-2023-001", "监测设备采购合同", m("10.00"), AT)).messageKey())
        .isEqualTo("year.sealed");

    assertThat(line.executed()).isEqualTo(m("50.00"));
    assertThat(line.fullYearBudget()).isEqualTo(m("100.00"));
    assertThat(line.carryOverAmount()).isEqualTo(Money.ZERO);
    assertThat(line.adjustments()).isEmpty();
  }

  @Test
  void sealedYear_refusesChangingACommitment() {
    BudgetLine line = basicLine("100.00");
    BudgetCommitment commitment = new BudgetCommitment(line, "HT-2023-001", "监测设备采购合同", m("10.00"), AT);
    year.seal();
    assertThat(refusal(() -> commitment.remainUnpaid(m("5.00"))).messageKey()).isEqualTo("year.sealed");
    assertThat(commitment.unpaid()).isEqualTo(m("10.00"));
  }

  @Test
  void refusedExecution_leavesTheOverspendReasonAsItWas() {
    BudgetLine line = basicLine("100.00");
    line.recordExecution(1, m("50.00"), null, "finance", AT);
    line.carryOver(m("50.00"), "下年度继续实施");
    assertThat(refusal(() -> line.recordExecution(2, m("60.00"), "why", "finance", AT)).messageKey())
        .isEqualTo("budget.execution.carriedOver");
    assertThat(line.overspendReason()).isEmpty();
    line.carryOver(m("0.00"), null);
    assertThat(refusal(() -> line.recordExecution(2, m("60.00"), null, "finance", AT)).messageKey())
        .isEqualTo("budget.execution.overspendNeedsReason");
  }

  @Test
  void adjustingBelowExecutedPlusCarryOver_isRefused_evenForAnOverspentLine() {
    BudgetLine line = basicLine("100.00");
    line.recordExecution(1, m("110.00"), "紧急支出", "finance", AT);
    line.recordExecution(1, m("50.00"), null, "finance", AT);
    line.carryOver(m("50.00"), "下年度继续实施");
    assertThat(refusal(() -> line.adjustBudget(m("60.00"), "压减", "finance", AT)).messageKey())
        .isEqualTo("budget.adjust.belowExecuted");
    assertThat(line.fullYearBudget()).isEqualTo(m("100.00"));
  }

  @Test
  void overspendReason_isClearedOnceTheLineIsBackWithinBudget_andZeroCarryOverIsAlwaysAllowed() {
    BudgetLine line = basicLine("100.00");
    line.recordExecution(1, m("110.00"), "紧急支出", "finance", AT);
    line.carryOver(m("0.00"), null);
    line.recordExecution(1, m("90.00"), null, "finance", AT);
    assertThat(line.overspendReason()).isEmpty();
    assertThat(refusal(() -> line.recordExecution(2, m("20.00"), null, "finance", AT)).messageKey())
        .isEqualTo("budget.execution.overspendNeedsReason");
  }
}
