package org.jixiao.domain.year;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.organisation.Department;

/** A department's fiscal year (预算年度), the unit of the yearly performance cycle. */
@Entity
@Table(name = "fiscal_year")
@NamedQuery(
    name = FiscalYear.OF_DEPARTMENT,
    query = "SELECT y FROM FiscalYear y WHERE y.department.id = :departmentId ORDER BY y.yearNumber DESC")
@NamedQuery(
    name = FiscalYear.BY_NUMBER,
    query = "SELECT y FROM FiscalYear y WHERE y.department.id = :departmentId AND y.yearNumber = :yearNumber")
public class FiscalYear {

  public static final String OF_DEPARTMENT = "FiscalYear.ofDepartment";
  public static final String BY_NUMBER = "FiscalYear.byNumber";
  private static final int FIRST_SUPPORTED = 2000;
  private static final int LAST_SUPPORTED = 2100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column(name = "year_number", nullable = false)
  private int yearNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private FiscalYearStatus status;

  /** 部门预算批复日: procurement intentions are due within 60 days of it. */
  @Column(name = "budget_approved_on")
  private java.time.LocalDate budgetApprovedOn;

  @Version private long version;

  protected FiscalYear() {}

  public FiscalYear(Department department, int yearNumber) {
    if (yearNumber < FIRST_SUPPORTED || yearNumber > LAST_SUPPORTED) {
      throw new IllegalArgumentException("Fiscal year out of range: " + yearNumber);
    }
    this.department = Objects.requireNonNull(department, "department");
    this.yearNumber = yearNumber;
    this.status = FiscalYearStatus.OPEN;
  }

  public Long id() {
    return id;
  }

  public Department department() {
    return department;
  }

  public int yearNumber() {
    return yearNumber;
  }

  public FiscalYearStatus status() {
    return status;
  }

  public java.util.Optional<java.time.LocalDate> budgetApprovedOn() {
    return java.util.Optional.ofNullable(budgetApprovedOn);
  }

  public boolean isSealed() {
    return status.isReadOnly();
  }

  /**
   * Opens the year after the department's newest (开启新年度): only that one — an existing year, a gap or an
   * earlier year is refused; the previous year need not be sealed.
   */
  public static FiscalYear openNext(Department department, java.util.List<Integer> existingNumbers, int requested) {
    if (existingNumbers.contains(requested)) {
      throw new BusinessException("year.open.exists", requested);
    }
    int newest = existingNumbers.stream().mapToInt(Integer::intValue).max().orElse(requested - 1);
    if (requested != newest + 1) {
      throw new BusinessException("year.open.notNext", requested, newest + 1);
    }
    if (requested < FIRST_SUPPORTED || requested > LAST_SUPPORTED) {
      throw new BusinessException("year.open.range", requested);
    }
    return new FiscalYear(department, requested);
  }

  /**
   * Records the date the department's budget was approved (部门预算批复日), from which procurement intentions are
   * due: a date in the year itself or its previous December (a budget may be approved before its year starts,
   * 预算法 §52 gives 20 days after the congress's approval), not in the future.
   */
  public void recordBudgetApproval(java.time.LocalDate date, java.time.LocalDate today) {
    requireOpen();
    if (date == null) {
      throw new BusinessException("validation.required", new org.jixiao.domain.Label("year.field.budgetApprovedOn"));
    }
    java.time.LocalDate earliest = java.time.LocalDate.of(yearNumber - 1, 12, 1);
    java.time.LocalDate latest = java.time.LocalDate.of(yearNumber, 12, 31);
    if (date.isBefore(earliest) || date.isAfter(latest)) {
      throw new BusinessException("year.approval.outside", date.toString(), earliest.toString(), latest.toString());
    }
    if (date.isAfter(today)) {
      throw new BusinessException("year.approval.future", date.toString());
    }
    budgetApprovedOn = date;
  }

  /** Seals the year: all its records become read-only (the reporting module decides when). */
  public void seal() {
    requireOpen();
    status = FiscalYearStatus.SEALED;
  }

  /** Opens a sealed year again (an admin, with a reason the reporting module records). */
  public void unseal() {
    if (!isSealed()) {
      throw new BusinessException("year.notSealed", yearNumber);
    }
    status = FiscalYearStatus.OPEN;
  }

  /** Refuses any change to a sealed year's records (pages, API and imports alike). */
  public void requireOpen() {
    if (isSealed()) {
      throw new BusinessException("year.sealed", yearNumber);
    }
  }
}
