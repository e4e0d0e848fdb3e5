package org.jixiao.portal.view.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.i18n.MessageTexts;

/** Messages for the page being rendered, in the user's language. */
public final class FacesMessages {

  private FacesMessages() {}

  public static void refused(BusinessException e) {
    add(FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /**
   * The language the user chose (Chinese unless they switched), not the view root's: a view action runs
   * before the page template sets it, when it still follows the browser's Accept-Language.
   */
  public static Locale userLocale() {
    // asked for by every trace and message of a page: looked up once per request, by name (CDI.current() walks
    // the stack on Liberty)
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return CDI.current().select(LocaleSwitch.class).get().getLocale();
    }
    return (Locale) faces.getAttributes().computeIfAbsent(LocaleSwitch.class.getName(),
        k -> faces.getApplication().evaluateExpressionGet(faces, "#{localeSwitch}", LocaleSwitch.class).getLocale());
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = MessageTexts.format(userLocale(), key, arguments);
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }
}
