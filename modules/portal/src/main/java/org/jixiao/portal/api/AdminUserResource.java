package org.jixiao.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.people.Account;
import org.jixiao.domain.people.AccountDraft;
import org.jixiao.domain.people.AccountPage;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.security.Roles;
import org.jixiao.portal.admin.UserAdministration;

/**
 * {@code /api/v1/admin/users}: the portal's users in Keycloak, for administrators' scripts. Same rules and audit as
 * the admin pages; Keycloak down → 503.
 */
@Path("/v1/admin/users")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class AdminUserResource {

  @EJB private UserAdministration users;
  @Inject private ApiCaller apiCaller;
  @Context private SecurityContext security;
  @Context private UriInfo uri;

  public record User(String username, String firstName, String lastName, String email, boolean enabled,
      String division, List<String> roles, LocalDateTime created, List<String> requiredActions) {}

  public record Users(int first, int max, int total, List<User> users) {}

  /** A new user: roles by their realm names (division-head, leadership, finance, admin). */
  public record NewUser(String username, String firstName, String lastName, String email, String division,
      List<String> roles, String temporaryPassword, Boolean sendPasswordEmail) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Users matching a text (username, name, e-mail), optionally of one division; paged")
  public Users list(@QueryParam("q") String query, @QueryParam("division") String division,
      @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("20") int max) {
    if (first < 0 || max < 1 || max > 100) {
      throw new BusinessException("api.paging", 100);
    }
    AccountPage page = users.search(apiCaller.caller(security), query, division, first, max);
    return new Users(first, max, page.total(), page.accounts().stream().map(AdminUserResource::userOf).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a user in Keycloak with division and roles; a temporary password or the set-password e-mail")
  @APIResponse(responseCode = "201", description = "Created; Location names the user")
  @APIResponse(responseCode = "409", description = "The username is taken")
  @APIResponse(responseCode = "422", description = "A rule refused the input; nothing was created")
  @APIResponse(responseCode = "503", description = "Keycloak cannot be reached; nothing was created")
  public Response create(NewUser input) {
    if (input == null) {
      throw new BusinessException("api.body.required");
    }
    Account created = users.create(apiCaller.caller(security), new AccountDraft(input.username(), input.firstName(),
        input.lastName(), input.email(), input.division(), rolesOf(input.roles()), input.temporaryPassword(),
        Boolean.TRUE.equals(input.sendPasswordEmail())));
    return Response.created(uri.getAbsolutePathBuilder().queryParam("q", created.username()).build())
        .entity(userOf(created))
        .build();
  }

  private static Set<Role> rolesOf(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names == null ? List.<String>of() : names) {
      roles.add(Role.byName(name).orElseThrow(() -> new BusinessException("user.roleName.invalid", name)));
    }
    return roles;
  }

  private static User userOf(Account a) {
    return new User(a.username(), a.firstName(), a.lastName(), a.email(), a.enabled(), a.divisionCode(),
        a.roles().stream().map(Role::roleName).sorted().toList(), a.createdAt(), a.requiredActions());
  }
}
