package org.jixiao.portal.view.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jixiao.domain.security.Role;
import org.jixiao.portal.security.CurrentUser;

/** Sends a user from the portal's entry page to their role's home page. */
@Named
@RequestScoped
public class HomeRouter {

  @Inject private CurrentUser currentUser;

  public String route() {
    return currentUser.primaryRole().map(HomeRouter::homeOf).orElse("/error/403.xhtml?faces-redirect=true");
  }

  static String homeOf(Role role) {
    String folder =
        switch (role) {
          case DIVISION_HEAD -> "division";
          case LEADERSHIP -> "leadership";
          case FINANCE -> "finance";
          case ADMIN -> "admin";
        };
    return "/" + folder + "/home.xhtml?faces-redirect=true";
  }
}
