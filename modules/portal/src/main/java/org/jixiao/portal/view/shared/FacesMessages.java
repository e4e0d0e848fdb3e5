package org.jixiao.portal.view.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.jixiao.domain.BusinessException;
import org.jixiao.portal.i18n.MessageTexts;

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

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = MessageTexts.format(faces.getViewRoot().getLocale(), key, arguments);
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }
}
