package org.jixiao.domain.security;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBContext;

/** Holds a service's {@link Caller} to what the container knows of the call: same user, no extra roles. */
public final class CallerCheck {

  private CallerCheck() {}

  public static Caller verified(Caller caller, EJBContext context) {
    if (caller == null) {
      throw new EJBAccessException("No caller");
    }
    String principal = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
    if (principal == null || !principal.equals(caller.username())) {
      throw new EJBAccessException("Caller " + caller.username() + " is not the logged-in user");
    }
    for (Role role : caller.roles()) {
      if (!context.isCallerInRole(role.roleName())) {
        throw new EJBAccessException("Caller " + caller.username() + " does not have the role " + role.roleName());
      }
    }
    return caller;
  }
}
