package org.jixiao.portal.view.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

  /** The page's language for {@code <html lang>}: browsers pick Simplified Chinese glyphs and voices by it. */
  public String getLanguageTag() {
    return getLocale().toLanguageTag();
  }

  /**
   * Tells the response its language (Content-Language), which Liberty otherwise gives as the server's default,
   * English, for a Chinese page too. Called by the template before the page renders.
   */
  public void declareToResponse() {
    if (FacesContext.getCurrentInstance().getExternalContext().getResponse() instanceof ServletResponse response) {
      response.setLocale(locale);
    }
  }

  public boolean isEnglish() {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  void use(Locale next) {
    locale = next;
  }

  /** The header's link to the language, returning to this page (LanguageServlet). */
  public String linkTo(String language) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String page = request.getRequestURI().substring(request.getContextPath().length())
        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return request.getContextPath() + "/public/language?to=" + language + "&back="
        + URLEncoder.encode(page, StandardCharsets.UTF_8);
  }
}
