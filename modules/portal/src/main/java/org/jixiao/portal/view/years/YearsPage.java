package org.jixiao.portal.view.years;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.budgeting.api.YearAdministration;
import org.jixiao.budgeting.api.YearOpeningResult;
import org.jixiao.budgeting.api.YearView;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.reporting.api.Evaluations;

/**
 * 年度管理 for admins: the department's years with their status, opening the next one (every module copies its
 * part), the budget approval date and the monitoring checkpoints of an open year, unsealing a sealed one with a
 * reason. A sealed year is shown read-only.
 */
@Named
@ViewScoped
public class YearsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private YearAdministration years;
  @Inject private Evaluations evaluations;

  private List<YearView> list = List.of();
  private Integer selected;
  private LocalDate approvalDate;
  private LocalDate checkpoint;
  private String unsealReason;
  private YearOpeningResult opened;

  public void load() {
    try {
      list = years.years(currentUser.caller());
    } catch (BusinessException e) {
      list = List.of();
      FacesMessages.refused(e);
    }
    if (selected == null || list.stream().noneMatch(y -> y.yearNumber() == selected)) {
      selected = list.isEmpty() ? null : list.get(0).yearNumber();
    }
    approvalDate = getYear() == null ? null : getYear().budgetApprovedOn();
  }

  /** The year after the newest: the only one that may be opened. */
  public Integer getNextYear() {
    return list.isEmpty() ? null : list.get(0).yearNumber() + 1;
  }

  /** The newest year, from which the next one copies. */
  public YearView getNewest() {
    return list.isEmpty() ? null : list.get(0);
  }

  public void openNext() {
    Integer next = getNextYear();
    opened = null;
    change(() -> opened = years.openNext(currentUser.caller(), next == null ? 0 : next), "years.opened", next);
    if (opened != null) {
      selected = opened.yearNumber();
      load(); // the new year's settings below the table
    }
  }

  /** What the opening copied, worded in the user's language. */
  public List<String> getOpenedTexts() {
    return opened == null ? List.of() : opened.copied().stream()
        .map(t -> MessageTexts.format(FacesMessages.userLocale(), t.key(), t.arguments())).toList();
  }

  public void saveApproval() {
    change(() -> years.recordBudgetApproval(currentUser.caller(), selected, approvalDate), "years.approvalSaved",
        selected);
  }

  public void addCheckpoint() {
    change(() -> years.addCheckpoint(currentUser.caller(), selected, checkpoint), "years.checkpointAdded",
        String.valueOf(checkpoint));
    checkpoint = null;
  }

  public void removeCheckpoint(LocalDate date) {
    change(() -> years.removeCheckpoint(currentUser.caller(), selected, date), "years.checkpointRemoved",
        String.valueOf(date));
  }

  public void unseal() {
    change(() -> evaluations.unseal(currentUser.caller(), selected, unsealReason), "years.unsealed", selected);
    unsealReason = null;
  }

  public void select(int yearNumber) {
    selected = yearNumber;
    opened = null;
    load();
  }

  private void change(Runnable action, String doneKey, Object argument) {
    try {
      action.run();
      FacesMessages.info(doneKey, argument);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public YearView getYear() {
    return list.stream().filter(y -> selected != null && y.yearNumber() == selected).findFirst().orElse(null);
  }

  public List<YearView> getList() { return list; }
  public Integer getSelected() { return selected; }
  public void setSelected(Integer selected) { this.selected = selected; }
  public LocalDate getApprovalDate() { return approvalDate; }
  public void setApprovalDate(LocalDate approvalDate) { this.approvalDate = approvalDate; }
  public LocalDate getCheckpoint() { return checkpoint; }
  public void setCheckpoint(LocalDate checkpoint) { this.checkpoint = checkpoint; }
  public String getUnsealReason() { return unsealReason; }
  public void setUnsealReason(String unsealReason) { this.unsealReason = unsealReason; }
  public YearOpeningResult getOpened() { return opened; }
}
