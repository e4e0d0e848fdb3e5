package org.jixiao.domain;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A rule of the business was broken (业务规则校验失败). Carries a message-bundle key and its arguments so the
 * portal can show it in the user's language; rolls the transaction back so bad input changes nothing.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  public BusinessException(String messageKey, Object... arguments) {
    super(messageKey + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
