package org.jixiao.domain.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;
import org.jixiao.domain.budget.BudgetCategory;
import org.jixiao.domain.budget.BudgetLine;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.organisation.Department;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.year.FiscalYear;
import org.junit.jupiter.api.Test;

/** What a procurement record may say, without a database. */
class ProcurementProjectTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
  private static final LocalDateTime AT = LocalDateTime.of(2023, 7, 3, 9, 30);

  private final Department department = new Department("gz-gxj", "广州市工业和信息化局");
  private final Division info = new Division(department, "info", "信息化推进处", 1);
  private final FiscalYear year = new FiscalYear(department, 2023);

  private static Money m(String amount) {
    return Money.parse(amount);
  }

  private static ProcurementProject.Details details(LocalDate award, LocalDate signed, LocalDate announced,
      LocalDate filed) {
    return new ProcurementProject.Details("电子政务系统运维服务", null, m("260.00"), ProcurementMethod.PUBLIC_TENDER,
        LocalDate.of(2023, 3, 20), LocalDate.of(2023, 6, 8), award, signed, announced, filed);
  }

  private ProcurementProject complete() {
    return new ProcurementProject(year, info, "CG2023-003", details(LocalDate.of(2023, 7, 3),
        LocalDate.of(2023, 7, 17), LocalDate.of(2023, 7, 18), LocalDate.of(2023, 8, 6)), TODAY);
  }

  private static BusinessException refusal(ThrowingCallable call) {
    BusinessException e = catchThrowableOfType(BusinessException.class, call);
    assertThat(e).as("a BusinessException").isNotNull();
    return e;
  }

  @Test
  void aCompleteRecord_keepsItsEvents() {
    ProcurementProject p = complete();
    assertThat(p.events(LocalDate.of(2023, 2, 10)).contractFiled()).isEqualTo(LocalDate.of(2023, 8, 6));
    assertThat(p.method()).isEqualTo(ProcurementMethod.PUBLIC_TENDER);
  }

  @Test
  void signedBeforeTheAward_isRefused_andNothingChanges() {
    ProcurementProject p = complete();
    BusinessException e = refusal(() -> p.revise(details(LocalDate.of(2023, 7, 3), LocalDate.of(2023, 7, 1),
        LocalDate.of(2023, 7, 2), LocalDate.of(2023, 7, 5)), TODAY));
    assertThat(e.messageKey()).isEqualTo("procurement.date.order");
    assertThat(e.arguments()[0]).isEqualTo(new Label("procurement.field.contractSigned"));
    assertThat(p.details().contractSigned()).isEqualTo(LocalDate.of(2023, 7, 17));
  }

  @Test
  void filingWithoutSigning_isRefused() {
    BusinessException e = refusal(() -> new ProcurementProject(year, info, "X", details(LocalDate.of(2023, 7, 3),
        null, null, LocalDate.of(2023, 8, 6)), TODAY));
    assertThat(e.messageKey()).isEqualTo("procurement.date.needs");
  }

  @Test
  void datesOutsideTheYear_areRefused_butFilingMayFallInTheNextYear() {
    assertThat(refusal(() -> new ProcurementProject(year, info, "X", details(LocalDate.of(2022, 12, 30), null, null,
        null), TODAY)).messageKey()).isEqualTo("procurement.date.outsideYear");
    ProcurementProject lateInDecember = new ProcurementProject(year, info, "Y", details(LocalDate.of(2023, 12, 20),
        LocalDate.of(2023, 12, 29), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 8)), TODAY);
    assertThat(lateInDecember.details().contractFiled()).isEqualTo(LocalDate.of(2024, 1, 8));
  }

  @Test
  void anEventAfterToday_isRefused() {
    assertThat(refusal(() -> new ProcurementProject(year, info, "X", details(LocalDate.of(2023, 7, 3), null, null,
        null), LocalDate.of(2023, 7, 1))).messageKey()).isEqualTo("procurement.date.future");
  }

  @Test
  void missingNameMethodOrAmount_areRefused() {
    assertThat(refusal(() -> new ProcurementProject(year, info, "X", new ProcurementProject.Details(" ", null,
        m("1"), ProcurementMethod.INQUIRY, null, null, null, null, null, null), TODAY)).messageKey())
        .isEqualTo("validation.required");
    assertThat(refusal(() -> new ProcurementProject(year, info, "X", new ProcurementProject.Details("n", null,
        m("-1"), ProcurementMethod.INQUIRY, null, null, null, null, null, null), TODAY)).messageKey())
        .isEqualTo("validation.negative");
    assertThat(refusal(() -> new ProcurementProject(year, info, "X", new ProcurementProject.Details("n", null,
        m("1"), null, null, null, null, null, null, null), TODAY)).arguments()[0])
        .isEqualTo(new Label("procurement.field.method"));
  }

  @Test
  void aSealedYear_refusesEveryChange() {
    ProcurementProject p = complete();
    year.seal();
    assertThat(refusal(() -> p.revise(p.details(), TODAY)).messageKey()).isEqualTo("year.sealed");
  }

  @Test
  void overBudget_isFlagged_approvedWithAReason_andAChangedExcessNeedsApprovalAgain() {
    ProcurementProject p = complete();
    assertThat(refusal(() -> p.approveOverBudget("理由", "leader1", AT)).messageKey())
        .isEqualTo("procurement.overBudget.notFlagged");
    p.judgeBudget(m("20.00"));
    assertThat(p.isOverBudgetUnapproved()).isTrue();
    assertThat(refusal(() -> p.approveOverBudget(" ", "leader1", AT)).messageKey()).isEqualTo("validation.required");
    p.approveOverBudget("追加预算已报批", "leader1", AT);
    assertThat(p.isOverBudgetUnapproved()).isFalse();
    p.judgeBudget(m("20.00"));
    assertThat(p.isOverBudgetUnapproved()).isFalse();
    p.judgeBudget(m("25.00"));
    assertThat(p.isOverBudgetUnapproved()).isTrue();
    p.judgeBudget(m("0.00"));
    assertThat(p.overBudgetExcess()).isEmpty();
  }

  @Test
  void aBudgetLinesAvailableAmount_leavesOutTheCommitmentBeingDecided() {
    BudgetLine line = new BudgetLine(year, info, "P03", "电子政务运维", BudgetCategory.PROJECT_EXPENDITURE, null, null,
        m("300.00"));
    line.commit("CG2023-003", "合同", m("260.00"), AT);
    assertThat(line.available(null)).isEqualTo(m("40.00"));
    assertThat(line.available("CG2023-003")).isEqualTo(m("300.00"));
    assertThat(refusal(() -> line.commit("CG2023-003", "合同", m("1.00"), AT)).messageKey())
        .isEqualTo("budget.commitment.duplicate");
  }

  @Test
  void methods_parseByTheLawsNameOrConstant() {
    assertThat(ProcurementMethod.parse(" 竞争性磋商 ")).contains(ProcurementMethod.COMPETITIVE_CONSULTATION);
    assertThat(ProcurementMethod.parse("single_source")).contains(ProcurementMethod.SINGLE_SOURCE);
    assertThat(ProcurementMethod.parse("拍卖")).isEmpty();
  }

  @Test
  void settings_checkLengthsAndPoints() {
    assertThat(ProcurementSettings.DEFAULTS.points().total()).isEqualByComparingTo("10");
    assertThat(refusal(() -> new ProcurementSettings(new ProcurementDeadlines.Lengths(60, 30, 0, 2, 7),
        ProcurementScoring.Points.DEFAULTS)).messageKey()).isEqualTo("validation.range");
    Map<ProcurementRequirement, BigDecimal> none = new EnumMap<>(ProcurementRequirement.class);
    for (ProcurementRequirement r : ProcurementRequirement.values()) {
      none.put(r, BigDecimal.ZERO);
    }
    assertThat(refusal(() -> new ProcurementSettings(ProcurementDeadlines.Lengths.DEFAULTS,
        new ProcurementScoring.Points(none))).messageKey()).isEqualTo("procurement.rule.badTotal");
    none.put(ProcurementRequirement.CONTRACT_FILED, new BigDecimal("1.234"));
    assertThat(refusal(() -> new ProcurementSettings(ProcurementDeadlines.Lengths.DEFAULTS,
        new ProcurementScoring.Points(none))).messageKey()).isEqualTo("procurement.rule.badPoints");
  }
}
