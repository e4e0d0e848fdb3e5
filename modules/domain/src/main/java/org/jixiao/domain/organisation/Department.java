package org.jixiao.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A government department (部门), e.g. 广州市工业和信息化局. Every business record belongs to one, so an
 * installation can serve several.
 */
@Entity
@Table(name = "department")
@NamedQuery(name = Department.BY_CODE, query = "SELECT d FROM Department d WHERE d.code = :code")
public class Department {

  public static final String BY_CODE = "Department.byCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  /** 部门职能: the functions text the self-evaluation report opens with. */
  @Column(name = "functions_text", length = 20000)
  private String functionsText;

  @Version private long version;

  protected Department() {}

  public Department(String code, String name) {
    this.code = requireText(code, "code");
    this.name = requireText(name, "name");
  }

  static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value.strip();
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String functionsText() {
    return functionsText;
  }

  public static final int NAME_LENGTH = 200;
  public static final int FUNCTIONS_LENGTH = 20000;

  /** The profile an admin keeps: the name and the functions text (部门职能) the report opens with. */
  public void updateProfile(String newName, String newFunctionsText) {
    if (newName == null || newName.isBlank()) {
      throw new org.jixiao.domain.BusinessException("department.name.required");
    }
    if (newName.strip().length() > NAME_LENGTH) {
      throw new org.jixiao.domain.BusinessException("department.name.tooLong", NAME_LENGTH);
    }
    String functions = newFunctionsText == null || newFunctionsText.isBlank() ? null : newFunctionsText.strip();
    if (functions != null && functions.length() > FUNCTIONS_LENGTH) {
      throw new org.jixiao.domain.BusinessException("department.functions.tooLong", FUNCTIONS_LENGTH);
    }
    this.name = newName.strip();
    this.functionsText = functions;
  }

  public long version() {
    return version;
  }
}
