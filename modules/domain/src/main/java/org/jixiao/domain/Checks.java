package org.jixiao.domain;

import org.jixiao.domain.money.Money;

/** The checks every user-facing input goes through, each failing with a message the user can act on. */
public final class Checks {

  private Checks() {}

  /** The text stripped; refused when blank or longer than {@code maxLength} characters. */
  public static String requireText(String value, int maxLength, String fieldKey) {
    if (value == null || value.isBlank()) {
      throw new BusinessException("validation.required", new Label(fieldKey));
    }
    return optionalText(value, maxLength, fieldKey);
  }

  /** The text stripped, or null when blank; refused when longer than {@code maxLength} characters. */
  public static String optionalText(String value, int maxLength, String fieldKey) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new BusinessException("validation.tooLong", new Label(fieldKey), maxLength);
    }
    return stripped;
  }

  /** A web address (http or https) of at most 1,000 characters: evidence links are followed by reviewers. */
  public static String requireWebLink(String value, String fieldKey) {
    String checked = requireText(value, 1000, fieldKey);
    if (!checked.matches("(?i)https?://\\S+")) {
      throw new BusinessException("validation.webLink", new Label(fieldKey));
    }
    return checked;
  }

  public static Money requireNotNegative(Money amount, String fieldKey) {
    if (amount == null) {
      throw new BusinessException("validation.required", new Label(fieldKey));
    }
    if (amount.isNegative()) {
      throw new BusinessException("validation.negative", new Label(fieldKey));
    }
    return amount;
  }

  public static int requireMonth(int month) {
    if (month < 1 || month > 12) {
      throw new BusinessException("validation.month", month);
    }
    return month;
  }
}
