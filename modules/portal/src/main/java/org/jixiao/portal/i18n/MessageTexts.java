package org.jixiao.portal.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;

/**
 * Turns a message key and its arguments into text in the user's language, for pages and the API alike;
 * {@link Label} arguments are translated too. An unknown key shows as itself rather than failing.
 */
public final class MessageTexts {

  public static final String BUNDLE = "org.jixiao.portal.i18n.messages";

  private MessageTexts() {}

  public static String of(BusinessException e, Locale locale) {
    return format(locale, e.messageKey(), e.arguments());
  }

  public static String format(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    Object[] resolved = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      resolved[i] = arguments[i] instanceof Label label ? text(bundle, label.key()) : plain(arguments[i]);
    }
    return new MessageFormat(text(bundle, key), locale).format(resolved);
  }

  /** Numbers as they are (no grouping by MessageFormat: codes and years must not read "2,023"). */
  private static Object plain(Object argument) {
    return argument instanceof Number || argument == null ? String.valueOf(argument) : argument.toString();
  }

  private static String text(ResourceBundle bundle, String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
