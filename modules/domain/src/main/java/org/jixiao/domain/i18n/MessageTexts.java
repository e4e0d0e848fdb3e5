package org.jixiao.domain.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;

/**
 * Turns a message key and its arguments into text in a language, for pages, the API and the generated reports;
 * {@link Label} arguments are translated too. An unknown key shows as itself rather than failing.
 */
public final class MessageTexts {

  public static final String BUNDLE = "org.jixiao.i18n.messages";

  private MessageTexts() {}

  public static String of(BusinessException e, Locale locale) {
    return format(locale, e.messageKey(), e.arguments());
  }

  public static String format(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    Object[] resolved = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object argument = arguments[i];
      resolved[i] = argument instanceof Label label ? text(bundle, label.key())
          : argument instanceof String s && ENUM_KEY.matcher(s).matches() ? text(bundle, s) : plain(argument);
    }
    return new MessageFormat(text(bundle, key), locale).format(resolved);
  }

  /** Enum constants named as "Type.CONSTANT" (e.g. {@code IndicatorCategory.OUTPUT}) read in the bundle's words. */
  private static final java.util.regex.Pattern ENUM_KEY = java.util.regex.Pattern.compile("[A-Z][A-Za-z]+\\.[A-Z_]+");

  /** Numbers as they are (no grouping by MessageFormat: codes and years must not read "2,023"). */
  private static Object plain(Object argument) {
    return argument instanceof Number || argument == null ? String.valueOf(argument) : argument.toString();
  }

  /** A trace step or any key with string arguments, enum keys among them translated. */
  public static String format(Locale locale, String key, java.util.List<String> arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    Object[] resolved = new Object[arguments.size()];
    for (int i = 0; i < resolved.length; i++) {
      String argument = arguments.get(i);
      resolved[i] = argument != null && ENUM_KEY.matcher(argument).matches() ? text(bundle, argument) : argument;
    }
    return new MessageFormat(text(bundle, key), locale).format(resolved);
  }

  private static String text(ResourceBundle bundle, String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
