package org.jixiao.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Ends both sessions: the portal's, then Keycloak's (RP-initiated logout with the ID token as hint, so
 * Keycloak asks no confirmation), landing on the signed-out page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String CLIENT_ID = "jixiao-portal";

  @Inject private KeycloakRealm realm;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Optional<String> idToken = LoginClaims.rawIdToken();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String signedOut =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + "/public/signed-out.xhtml";
    StringBuilder url =
        new StringBuilder(realm.endSessionEndpoint())
            .append("?client_id=")
            .append(CLIENT_ID)
            .append("&post_logout_redirect_uri=")
            .append(URLEncoder.encode(signedOut, StandardCharsets.UTF_8));
    idToken.ifPresent(t -> url.append("&id_token_hint=").append(URLEncoder.encode(t, StandardCharsets.UTF_8)));
    if (!response.isCommitted()) {
      response.sendRedirect(url.toString());
    }
  }
}
