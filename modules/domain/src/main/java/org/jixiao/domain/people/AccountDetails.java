package org.jixiao.domain.people;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.security.Role;

/** What an administrator may change of an existing user: names, e-mail, division and roles. */
public record AccountDetails(String firstName, String lastName, String email, String divisionCode, Set<Role> roles)
    implements Serializable {

  public AccountDetails {
    roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    firstName = AccountDraft.trimmed(firstName);
    lastName = AccountDraft.trimmed(lastName);
    email = AccountDraft.trimmed(email);
    divisionCode = AccountDraft.trimmed(divisionCode);
  }

  public AccountDetails validated() {
    check(firstName, lastName, email, divisionCode, roles);
    return this;
  }

  static void check(String firstName, String lastName, String email, String divisionCode, Set<Role> roles) {
    if (lastName == null && firstName == null) {
      throw new BusinessException("user.name.required");
    }
    if (length(firstName) > AccountDraft.NAME_LENGTH || length(lastName) > AccountDraft.NAME_LENGTH) {
      throw new BusinessException("user.name.tooLong", AccountDraft.NAME_LENGTH);
    }
    if (email != null && (email.length() > 254 || !AccountDraft.EMAIL.matcher(email).matches())) {
      throw new BusinessException("user.email.invalid");
    }
    if (divisionCode == null) {
      throw new BusinessException("user.division.required");
    }
    if (roles.isEmpty()) {
      throw new BusinessException("user.roles.required");
    }
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }

  /** 姓名 as Chinese write it: family name first, no space. */
  public String displayName() {
    return (lastName == null ? "" : lastName) + (firstName == null ? "" : firstName);
  }
}
