package org.jixiao.portal.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.HistoryEntry;
import org.jixiao.domain.people.Account;
import org.jixiao.domain.people.AccountDetails;
import org.jixiao.domain.people.UserSession;
import org.jixiao.domain.security.Role;
import org.jixiao.portal.admin.UserAdministration;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.FacesMessages;

/** One user: edit names, e-mail, division and roles; enable/disable; passwords; sessions; the user's audit trail. */
@Named
@ViewScoped
public class UserPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private UserAdministration users;

  private String username;
  private Account account;
  private List<UserSession> sessions = List.of();
  private List<HistoryEntry> history = List.of();

  private String lastName;
  private String firstName;
  private String email;
  private String divisionCode;
  private Role[] roles = {};
  private String temporaryPassword;

  public void load() {
    try {
      account = users.account(currentUser.caller(), username);
      lastName = account.lastName();
      firstName = account.firstName();
      email = account.email();
      divisionCode = account.divisionCode();
      roles = account.roles().toArray(Role[]::new);
      sessions = users.sessions(currentUser.caller(), username);
      history = users.history(currentUser.caller(), username);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public void save() {
    act(() -> users.update(currentUser.caller(), username, new AccountDetails(firstName, lastName, email,
        divisionCode, UsersPage.roleSet(roles))), "admin.user.saved");
  }

  public void enable() {
    act(() -> users.setEnabled(currentUser.caller(), username, true), "admin.user.enabled");
  }

  public void disable() {
    act(() -> users.setEnabled(currentUser.caller(), username, false), "admin.user.disabled");
  }

  public void resetPassword() {
    act(() -> users.resetPassword(currentUser.caller(), username, temporaryPassword), "admin.user.passwordReset");
    temporaryPassword = null;
  }

  public void sendPasswordEmail() {
    act(() -> users.sendPasswordEmail(currentUser.caller(), username), "admin.user.mailSent");
  }

  public void logout() {
    act(() -> users.logout(currentUser.caller(), username), "admin.user.loggedOut");
  }

  private void act(Runnable change, String doneKey) {
    try {
      change.run();
      FacesMessages.info(doneKey, username);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public String getUsername() { return username; }
  public void setUsername(String username) { this.username = username; }
  public Account getAccount() { return account; }
  public List<UserSession> getSessions() { return sessions; }
  public List<HistoryEntry> getHistory() { return history; }
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
}
