package org.jixiao.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Liberty's OpenID Connect client sends the browser here instead of straight to Keycloak's authorization
 * endpoint (see server.xml). When Keycloak answers, the browser goes on with the same query; when it does not,
 * the user sees a clear "login service unavailable" page instead of a browser connection error.
 */
@WebServlet("/public/sso")
public class SsoGatewayServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private KeycloakRealm realm;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!realm.isReachable()) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      request.getRequestDispatcher("/public/login-unavailable.xhtml").forward(request, response);
      return;
    }
    String query = request.getQueryString();
    response.sendRedirect(realm.authorizationEndpoint() + (query == null ? "" : "?" + query));
  }
}
