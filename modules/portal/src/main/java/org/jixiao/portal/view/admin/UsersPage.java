package org.jixiao.portal.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.people.Account;
import org.jixiao.domain.people.AccountDraft;
import org.jixiao.domain.people.AccountPage;
import org.jixiao.domain.security.Role;
import org.jixiao.portal.admin.UserAdministration;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.DepartmentOverview;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.reporting.api.DivisionSummary;

/** 用户管理: admins search the realm's users (paged) and create new ones. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;

  @Inject private CurrentUser currentUser;
  @Inject private DepartmentOverview department;
  @Inject private UserAdministration users;

  private String search;
  private String divisionFilter;
  private int first;
  private AccountPage page = new AccountPage(List.of(), 0);
  private boolean keycloakDown;

  private String username;
  private String lastName;
  private String firstName;
  private String email;
  private String divisionCode;
  private Role[] roles = {Role.DIVISION_HEAD};
  private String temporaryPassword;
  private boolean sendPasswordEmail;

  public void load() {
    try {
      page = users.search(currentUser.caller(), search, divisionFilter, first, PAGE_SIZE);
      keycloakDown = false;
    } catch (BusinessException e) {
      keycloakDown = true;
      page = new AccountPage(List.of(), 0);
      FacesMessages.refused(e);
    }
  }

  public void find() {
    first = 0;
    load();
  }

  public void next() {
    if (first + PAGE_SIZE < page.total()) {
      first += PAGE_SIZE;
    }
    load();
  }

  public void previous() {
    first = Math.max(0, first - PAGE_SIZE);
    load();
  }

  public void create() {
    try {
      Account created = users.create(currentUser.caller(), new AccountDraft(username, firstName, lastName, email,
          divisionCode, roleSet(roles), temporaryPassword,
          sendPasswordEmail));
      FacesMessages.info("admin.users.created", created.username());
      username = firstName = lastName = email = temporaryPassword = null;
      sendPasswordEmail = false;
      search = created.username();
      find();
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  /** The divisions a new user may join: the active ones. */
  public List<DivisionSummary> getActiveDivisions() {
    return department.getProfile().divisions().stream().filter(DivisionSummary::active).toList();
  }

  public List<DivisionSummary> getDivisions() {
    return department.getProfile().divisions();
  }

  /** Division code → name, for the table (a code no division has any more shows as it is). */
  public String divisionName(String code) {
    if (code == null) {
      return "—";
    }
    Map<String, String> names = getDivisions().stream()
        .collect(Collectors.toMap(DivisionSummary::code, DivisionSummary::name));
    return names.getOrDefault(code, code);
  }

  static java.util.Set<Role> roleSet(Role[] roles) {
    java.util.Set<Role> set = EnumSet.noneOf(Role.class);
    set.addAll(java.util.Arrays.asList(roles));
    return set;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public int getPageNumber() {
    return first / PAGE_SIZE + 1;
  }

  public int getPageCount() {
    return Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isHasNext() {
    return first + PAGE_SIZE < page.total();
  }

  public boolean isHasPrevious() {
    return first > 0;
  }

  public AccountPage getPage() { return page; }
  public boolean isKeycloakDown() { return keycloakDown; }
  public String getSearch() { return search; }
  public void setSearch(String search) { this.search = search; }
  public String getDivisionFilter() { return divisionFilter; }
  public void setDivisionFilter(String divisionFilter) { this.divisionFilter = divisionFilter; }
  public String getUsername() { return username; }
  public void setUsername(String username) { this.username = username; }
  public String getLastName() { return lastName; }
  public void setLastName(String lastName) { this.lastName = lastName; }
  public String getFirstName() { return firstName; }
  public void setFirstName(String firstName) { this.firstName = firstName; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getDivisionCode() { return divisionCode; }
  public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
  public Role[] getRoles() { return roles; }
  public void setRoles(Role[] roles) { this.roles = roles == null ? new Role[0] : roles; }
  public String getTemporaryPassword() { return temporaryPassword; }
  public void setTemporaryPassword(String temporaryPassword) { this.temporaryPassword = temporaryPassword; }
  public boolean isSendPasswordEmail() { return sendPasswordEmail; }
  public void setSendPasswordEmail(boolean sendPasswordEmail) { this.sendPasswordEmail = sendPasswordEmail; }
}
