package org.jixiao.domain.people;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.security.Role;

/**
 * A portal user as an administrator enters them: the account lives in Keycloak, these are the rules it must meet
 * before anything is sent there. Either a temporary password (changed at first login) or the "set your password"
 * e-mail.
 */
public record AccountDraft(
    String username,
    String firstName,
    String lastName,
    String email,
    String divisionCode,
    Set<Role> roles,
    String temporaryPassword,
    boolean sendPasswordEmail) implements Serializable {

  /** Keycloak lower-cases usernames; ours stay readable in the audit trail: letters, digits, dot, dash, underscore. */
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  static final int NAME_LENGTH = 50;

  public AccountDraft {
    roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    username = trimmed(username);
    firstName = trimmed(firstName);
    lastName = trimmed(lastName);
    email = trimmed(email);
    divisionCode = trimmed(divisionCode);
  }

  /** Checks every rule, so a refused draft has sent nothing to Keycloak. */
  public AccountDraft validated() {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new BusinessException("user.username.invalid");
    }
    AccountDetails.check(firstName, lastName, email, divisionCode, roles);
    if (sendPasswordEmail) {
      if (email == null) {
        throw new BusinessException("user.email.requiredForMail");
      }
    } else {
      PasswordRule.check(temporaryPassword);
    }
    return this;
  }

  public AccountDetails details() {
    return new AccountDetails(firstName, lastName, email, divisionCode, roles);
  }

  static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
