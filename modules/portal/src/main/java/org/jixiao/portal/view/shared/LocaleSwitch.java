package org.jixiao.portal.view.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The user's language: Chinese unless they switch to English (the header's 中文 / English links). */
@Named
@SessionScoped
public class LocaleSwitch implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public boolean isEnglish() {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  public void toChinese() {
    switchTo(Locale.SIMPLIFIED_CHINESE);
  }

  public void toEnglish() {
    switchTo(Locale.ENGLISH);
  }

  private void switchTo(Locale next) {
    locale = next;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(next);
    FacesContext.getCurrentInstance().getAttributes().remove(LocaleSwitch.class.getName()); // FacesMessages.userLocale's
  }
}
