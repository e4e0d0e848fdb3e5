package org.jixiao.portal.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jixiao.domain.BusinessException;
import org.jixiao.portal.admin.DivisionAdministration;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.reporting.api.DepartmentProfile;
import org.jixiao.reporting.api.DepartmentProfiles;
import org.jixiao.reporting.api.DivisionSummary;

/** 处室与部门: the department's profile and its divisions, kept in step with their Keycloak groups. */
@Named
@ViewScoped
public class DivisionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private DepartmentProfiles departments;
  @Inject private DivisionAdministration administration;

  private DepartmentProfile profile;
  private Map<String, Long> records = Map.of();
  private Map<String, Integer> members = Map.of();
  private boolean keycloakDown;

  private String departmentName;
  private String functionsText;
  private String newCode;
  private String newName;
  private String renameCode;
  private String renameTo;

  public void load() {
    long departmentId = currentUser.division().map(DivisionSummary::departmentId).orElse(-1L);
    profile = departments.profileOf(departmentId).orElse(null);
    if (profile == null) {
      FacesMessages.error("department.notFound");
      return;
    }
    departmentName = profile.name();
    functionsText = profile.functionsText();
    records = departments.recordCounts(departmentId);
    try {
      members = administration.memberCounts(currentUser.caller());
      keycloakDown = false;
    } catch (BusinessException e) {
      members = Map.of();
      keycloakDown = true;
      FacesMessages.refused(e);
    }
  }

  public void create() {
    try {
      DivisionSummary created = administration.create(currentUser.caller(), profile.id(), newCode, newName);
      FacesMessages.info("admin.divisions.created", created.name());
      newCode = newName = null;
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public void startRename(DivisionSummary division) {
    renameCode = division.code();
    renameTo = division.name();
  }

  public void rename() {
    act(() -> administration.rename(currentUser.caller(), renameCode, renameTo), "admin.divisions.renamed", renameTo);
    renameCode = null;
  }

  public void deactivate(DivisionSummary division) {
    act(() -> administration.setActive(currentUser.caller(), division.code(), false), "admin.divisions.deactivated",
        division.name());
  }

  public void activate(DivisionSummary division) {
    act(() -> administration.setActive(currentUser.caller(), division.code(), true), "admin.divisions.activated",
        division.name());
  }

  public void delete(DivisionSummary division) {
    act(() -> administration.delete(currentUser.caller(), division.code()), "admin.divisions.deleted", division.name());
  }

  public void saveDepartment() {
    act(() -> departments.updateDepartment(currentUser.caller(), profile.id(), departmentName, functionsText),
        "admin.department.saved", departmentName);
  }

  private void act(Runnable change, String doneKey, String name) {
    try {
      change.run();
      FacesMessages.info(doneKey, name);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public long recordsOf(String code) {
    return records.getOrDefault(code, 0L);
  }

  public String membersOf(String code) {
    Integer count = members.get(code);
    return count == null ? "—" : count.toString();
  }

  public List<DivisionSummary> getDivisions() {
    return profile == null ? List.of() : profile.divisions();
  }

  public DepartmentProfile getProfile() { return profile; }
  public boolean isKeycloakDown() { return keycloakDown; }
  public String getDepartmentName() { return departmentName; }
  public void setDepartmentName(String departmentName) { this.departmentName = departmentName; }
  public String getFunctionsText() { return functionsText; }
  public void setFunctionsText(String functionsText) { this.functionsText = functionsText; }
  public String getNewCode() { return newCode; }
  public void setNewCode(String newCode) { this.newCode = newCode; }
  public String getNewName() { return newName; }
  public void setNewName(String newName) { this.newName = newName; }
  public String getRenameCode() { return renameCode; }
  public void setRenameCode(String renameCode) { this.renameCode = renameCode; }
  public String getRenameTo() { return renameTo; }
  public void setRenameTo(String renameTo) { this.renameTo = renameTo; }
}
