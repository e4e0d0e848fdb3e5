package org.jixiao.domain.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.budget.MonitoringCheckpoint;
import org.jixiao.domain.organisation.Department;
import org.junit.jupiter.api.Test;

/** Opening the next year, its budget approval date and its checkpoints. */
class FiscalYearOpeningTest {

  private final Department department = new Department("gz-gxj", "广州市工业和信息化局");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private static String refusal(Runnable call) {
    return catchThrowableOfType(call::run, BusinessException.class).messageKey();
  }

  @Test
  void onlyTheYearAfterTheNewest_isOpened() {
    FiscalYear y2024 = FiscalYear.openNext(department, List.of(2023), 2024);
    assertThat(y2024.yearNumber()).isEqualTo(2024);
    assertThat(y2024.isSealed()).isFalse();
    assertThat(refusal(() -> FiscalYear.openNext(department, List.of(2023), 2023))).isEqualTo("year.open.exists");
    assertThat(refusal(() -> FiscalYear.openNext(department, List.of(2023), 2026))).isEqualTo("year.open.notNext");
    assertThat(refusal(() -> FiscalYear.openNext(department, List.of(2022, 2023), 2022)))
        .isEqualTo("year.open.exists");
    assertThat(refusal(() -> FiscalYear.openNext(department, List.of(2023), 2022))).isEqualTo("year.open.notNext");
  }

  @Test
  void budgetApproval_fallsInTheYearOrItsPreviousDecember_notInTheFuture() {
    FiscalYear y = new FiscalYear(department, 2024);
    y.recordBudgetApproval(LocalDate.of(2023, 12, 20), TODAY);
    assertThat(y.budgetApprovedOn()).contains(LocalDate.of(2023, 12, 20));
    y.recordBudgetApproval(LocalDate.of(2024, 2, 10), TODAY);
    assertThat(refusal(() -> y.recordBudgetApproval(LocalDate.of(2023, 11, 30), TODAY)))
        .isEqualTo("year.approval.outside");
    assertThat(refusal(() -> y.recordBudgetApproval(LocalDate.of(2025, 1, 2), TODAY)))
        .isEqualTo("year.approval.outside");
    assertThat(refusal(() -> y.recordBudgetApproval(null, TODAY))).isEqualTo("validation.required");
    FiscalYear y2026 = new FiscalYear(department, 2026);
    assertThat(refusal(() -> y2026.recordBudgetApproval(LocalDate.of(2026, 12, 1), TODAY)))
        .isEqualTo("year.approval.future");
    assertThat(y.budgetApprovedOn()).contains(LocalDate.of(2024, 2, 10));
  }

  @Test
  void aSealedYear_refusesItsApprovalDateAndCheckpoints() {
    FiscalYear y = new FiscalYear(department, 2023);
    y.seal();
    assertThat(refusal(() -> y.recordBudgetApproval(LocalDate.of(2023, 2, 10), TODAY))).isEqualTo("year.sealed");
    assertThat(refusal(() -> MonitoringCheckpoint.add(y, LocalDate.of(2023, 3, 31), List.of())))
        .isEqualTo("year.sealed");
  }

  @Test
  void checkpoints_fallInTheYear_onceEach_andMoveToTheSameDayNextYear() {
    FiscalYear y = new FiscalYear(department, 2024);
    List<LocalDate> existing = List.of(LocalDate.of(2024, 6, 30));
    assertThat(MonitoringCheckpoint.add(y, LocalDate.of(2024, 3, 31), existing).date())
        .isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(refusal(() -> MonitoringCheckpoint.add(y, LocalDate.of(2024, 6, 30), existing)))
        .isEqualTo("year.checkpoint.duplicate");
    assertThat(refusal(() -> MonitoringCheckpoint.add(y, LocalDate.of(2025, 1, 31), existing)))
        .isEqualTo("year.checkpoint.outside");
    assertThat(refusal(() -> MonitoringCheckpoint.add(y, null, existing))).isEqualTo("validation.required");
    MonitoringCheckpoint leap = MonitoringCheckpoint.add(y, LocalDate.of(2024, 2, 29), existing);
    assertThat(leap.movedTo(new FiscalYear(department, 2025)).date()).isEqualTo(LocalDate.of(2025, 2, 28));
  }
}
