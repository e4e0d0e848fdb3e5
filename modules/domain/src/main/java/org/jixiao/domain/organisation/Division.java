package org.jixiao.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A division of a department (处室), e.g. 产业发展处. Its code is the value of the {@code division} claim that
 * Keycloak puts in a member's token (from the attribute of the division's group), so membership in Keycloak
 * decides whose records a division head may touch.
 */
@Entity
@Table(name = "division")
@NamedQuery(
    name = Division.BY_CODE,
    query = "SELECT d FROM Division d JOIN FETCH d.department WHERE d.code = :code")
@NamedQuery(
    name = Division.OF_DEPARTMENT,
    query = "SELECT d FROM Division d WHERE d.department.id = :departmentId ORDER BY d.sortOrder")
public class Division {

  public static final String BY_CODE = "Division.byCode";
  public static final String OF_DEPARTMENT = "Division.ofDepartment";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Version private long version;

  protected Division() {}

  public Division(Department department, String code, String name, int sortOrder) {
    this.department = java.util.Objects.requireNonNull(department, "department");
    this.code = Department.requireText(code, "code");
    this.name = Department.requireText(name, "name");
    this.sortOrder = sortOrder;
    this.active = true;
  }

  public Long id() {
    return id;
  }

  public Department department() {
    return department;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public boolean isActive() {
    return active;
  }

  public int sortOrder() {
    return sortOrder;
  }

  /** Division codes are the Keycloak group attribute and the token claim: short, lower-case, stable. */
  public static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{1,39}");

  public static final int NAME_LENGTH = 100;

  /** Checks a new division's code and name, refusing with a message the admin understands. */
  public static void checkNew(String code, String name) {
    if (code == null || !CODE.matcher(code.strip()).matches()) {
      throw new org.jixiao.domain.BusinessException("division.code.invalid");
    }
    checkName(name);
  }

  static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new org.jixiao.domain.BusinessException("division.name.required");
    }
    if (name.strip().length() > NAME_LENGTH) {
      throw new org.jixiao.domain.BusinessException("division.name.tooLong", NAME_LENGTH);
    }
    return name.strip();
  }

  public void rename(String newName) {
    this.name = checkName(newName);
  }

  /** An inactive division keeps its records and history; no one new joins it. */
  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public long version() {
    return version;
  }
}
