package org.jixiao.portal.view.shared;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The header's 中文 / English links: switches the session's language and returns to the page the link was on.
 * Plain links rather than a form, so that the page template holds no form of its own (its menu and header are then
 * kept rendered, see {@link FragmentKeys}). Under /public: the signed-out page switches language too.
 */
@WebServlet("/public/language")
public class LanguageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int MAX_BACK_LENGTH = 2000;

  @Inject private LocaleSwitch localeSwitch;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String to = request.getParameter("to");
    if ("en".equals(to)) {
      localeSwitch.use(Locale.ENGLISH);
    } else if ("zh".equals(to)) {
      localeSwitch.use(Locale.SIMPLIFIED_CHINESE);
    }
    response.sendRedirect(request.getContextPath() + ownPath(request.getParameter("back")));
  }

  /** Back to a page of the portal only, never to another site (an address of ours: one slash, no line breaks). */
  static String ownPath(String back) {
    boolean own = back != null && back.length() <= MAX_BACK_LENGTH && back.startsWith("/") && !back.startsWith("//")
        && !back.startsWith("/\\") && back.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    return own ? back : "/index.xhtml";
  }
}
