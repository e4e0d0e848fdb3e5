package org.jixiao.domain.people;

import org.jixiao.domain.BusinessException;

/**
 * The least a password set by an administrator must be: 8 to 64 characters with a letter and a digit. Keycloak's
 * own password policy, where the realm has one, still applies on top.
 */
public final class PasswordRule {

  static final int MIN_LENGTH = 8;
  static final int MAX_LENGTH = 64;

  private PasswordRule() {}

  public static String check(String password) {
    if (password == null
        || password.length() < MIN_LENGTH
        || password.length() > MAX_LENGTH
        || password.chars().noneMatch(Character::isLetter)
        || password.chars().noneMatch(Character::isDigit)
        || password.chars().anyMatch(Character::isWhitespace)) {
      throw new BusinessException("user.password.weak", MIN_LENGTH, MAX_LENGTH);
    }
    return password;
  }
}
