package org.jixiao.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.security.Roles;
import org.jixiao.reporting.api.DepartmentProfiles;
import org.jixiao.reporting.api.DivisionSummary;

/** {@code GET /api/v1/me}: who the bearer token belongs to, as the portal sees them. */
@Path("/v1/me")
@RequestScoped
public class MeResource {

  @Inject private JsonWebToken token;
  @EJB private DepartmentProfiles departmentProfiles;
  @Context private SecurityContext security;

  /** The caller as JSON; {@code division} is null when the token names no known division. */
  public record Me(String username, String name, List<String> roles, Division division) {}

  public record Division(String code, String name, String department) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
  @Operation(summary = "The caller's username, roles and division")
  public Me me() {
    List<String> roles =
        Arrays.stream(Role.values())
            .map(Role::roleName)
            .filter(security::isUserInRole)
            .toList();
    String divisionCode = token.getClaim("division");
    Division division =
        departmentProfiles
            .divisionByCode(divisionCode)
            .map(MeResource::divisionOf)
            .orElse(null);
    return new Me(token.getName(), token.getClaim("name"), roles, division);
  }

  private static Division divisionOf(DivisionSummary d) {
    return new Division(d.code(), d.name(), d.departmentName());
  }
}
