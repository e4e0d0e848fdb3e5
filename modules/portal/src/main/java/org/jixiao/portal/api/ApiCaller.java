package org.jixiao.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;

/** The caller of an API request, from its bearer token: username, roles, division claim. */
@RequestScoped
public class ApiCaller {

  @Inject private JsonWebToken token;
  @Context private SecurityContext security;

  public Caller caller(SecurityContext requestSecurity) {
    SecurityContext roles = requestSecurity == null ? security : requestSecurity;
    return new Caller(
        token.getName(),
        Arrays.stream(Role.values())
            .filter(r -> roles.isUserInRole(r.roleName()))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
        token.getClaim("division"));
  }
}
