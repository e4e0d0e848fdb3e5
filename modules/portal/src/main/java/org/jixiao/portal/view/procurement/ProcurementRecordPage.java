package org.jixiao.portal.view.procurement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.procurement.DeadlineCheck;
import org.jixiao.domain.procurement.ProcurementDeadlines;
import org.jixiao.domain.procurement.ProcurementMethod;
import org.jixiao.domain.procurement.ProcurementRequirement;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.procurement.api.BudgetLineChoice;
import org.jixiao.procurement.api.ProcurementRecords;
import org.jixiao.procurement.api.RecordDetail;
import org.jixiao.procurement.api.RecordDraft;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

/**
 * One procurement record (采购项目): its deadlines as a timeline and a table (due, actual, status, legal basis),
 * documents and history; the division head's form to enter or change it, the over-budget warning, and the
 * leadership group's approval of an excess. Without a code: a new record.
 */
@Named
@ViewScoped
public class ProcurementRecordPage implements Serializable {

  private static final long serialVersionUID = 1L;
  /** Dates on the timeline's items are short; the full dates are in their tooltips and the table below. */
  private static final java.time.format.DateTimeFormatter SHORT = java.time.format.DateTimeFormatter.ofPattern("MM-dd");

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private ProcurementRecords records;

  private Integer year;
  private String code;
  private RecordDetail detail;
  private List<BudgetLineChoice> lines = List.of();

  private String newCode;
  private String name;
  private String budgetLine;
  private Money amount;
  private ProcurementMethod method;
  private LocalDate intentionPublished;
  private LocalDate procurementStarted;
  private LocalDate awardNotice;
  private LocalDate contractSigned;
  private LocalDate contractAnnounced;
  private LocalDate contractFiled;
  private boolean acceptOverBudget;
  private boolean overBudgetWarned;
  private String overBudgetReason;
  private String documentTitle;
  private String documentLink;

  public void load() {
    year = budgetYear.orCurrent(year);
    if (year == null) {
      return;
    }
    try {
      if (currentUser.isDivisionHead()) {
        lines = records.budgetLines(currentUser.caller(), year);
      }
      if (code == null || code.isBlank()) {
        detail = null;
        return;
      }
      detail = records.record(currentUser.caller(), year, code, AuditTrail.today());
      fillForm();
    } catch (BusinessException e) {
      detail = null;
      FacesMessages.refused(e);
    }
  }

  private void fillForm() {
    var r = detail.record();
    ProcurementDeadlines.Events e = r.events();
    name = r.name();
    budgetLine = r.budgetLineCode();
    amount = r.amount();
    method = r.method();
    intentionPublished = e.intentionPublished();
    procurementStarted = e.procurementStarted();
    awardNotice = e.awardNotice();
    contractSigned = e.contractSigned();
    contractAnnounced = e.contractAnnounced();
    contractFiled = e.contractFiled();
  }

  /** A new record or a change; an amount over the line's budget is warned about first and then accepted. */
  public String save() {
    RecordDraft draft = new RecordDraft(isNew() ? newCode : code, name, budgetLine, amount,
        method == null ? null : method.name(), intentionPublished, procurementStarted, awardNotice, contractSigned,
        contractAnnounced, contractFiled);
    try {
      if (isNew()) {
        String created = records.create(currentUser.caller(), year, draft, acceptOverBudget);
        FacesMessages.info("procurement.saved.created", created);
        // the new record's own page, keeping the message across the redirect
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/procurement/record?faces-redirect=true&year=" + year + "&code="
            + java.net.URLEncoder.encode(created, java.nio.charset.StandardCharsets.UTF_8);
      }
      records.update(currentUser.caller(), year, code, draft, detail.record().version(), acceptOverBudget);
      FacesMessages.info("procurement.saved.updated", code);
      overBudgetWarned = false;
      acceptOverBudget = false;
      load();
    } catch (BusinessException e) {
      overBudgetWarned = overBudgetWarned || "procurement.overBudget".equals(e.messageKey());
      FacesMessages.refused(e);
    }
    return null;
  }

  public String withdraw() {
    try {
      records.withdraw(currentUser.caller(), year, code, detail.record().version());
      FacesMessages.info("procurement.saved.withdrawn", code);
      jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/procurement/register?faces-redirect=true&year=" + year;
    } catch (BusinessException e) {
      FacesMessages.refused(e);
      load();
      return null;
    }
  }

  public void uploadDocument(org.primefaces.event.FileUploadEvent event) {
    org.primefaces.model.file.UploadedFile file = event == null ? null : event.getFile();
    if (file == null || file.getSize() == 0) {
      FacesMessages.error("indicator.evidence.empty");
      return;
    }
    try {
      String title = documentTitle == null || documentTitle.isBlank() ? file.getFileName() : documentTitle;
      records.addDocumentFile(currentUser.caller(), year, code, title, file.getFileName(), file.getContent());
      FacesMessages.info("procurement.saved.document", title);
      documentTitle = null;
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public void approveOverBudget() {
    try {
      records.approveOverBudget(currentUser.caller(), year, code, overBudgetReason);
      FacesMessages.info("procurement.saved.approved", code);
      overBudgetReason = null;
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public void addDocument() {
    try {
      records.addDocument(currentUser.caller(), year, code, documentTitle, documentLink);
      FacesMessages.info("procurement.saved.document", documentTitle);
      documentTitle = null;
      documentLink = null;
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  /**
   * One row per requirement: a range from the event the deadline counts from to its due date (the days
   * counted), and the actual date, red when late.
   */
  public TimelineModel<String, String> getTimeline() {
    TimelineModel<String, String> model = new TimelineModel<>();
    if (detail == null) {
      return model;
    }
    var r = detail.record();
    ProcurementDeadlines.Events e = r.events();
    for (DeadlineCheck c : r.checks()) {
      String group = c.requirement().name();
      model.addGroup(new TimelineGroup<>(group, MessageTexts.format(budgetYear.locale(),
          "ProcurementRequirement." + group)));
      LocalDate from = countsFrom(c.requirement(), e);
      if (from != null && c.due() != null) {
        LocalDate start = from.isBefore(c.due()) ? from : c.due();
        LocalDate end = from.isBefore(c.due()) ? c.due() : from;
        model.add(TimelineEvent.<String>builder()
            .data(MessageTexts.format(budgetYear.locale(), "procurement.timeline.window", SHORT.format(c.due())))
            .title(MessageTexts.format(budgetYear.locale(), "procurement.timeline.windowTitle", from, c.due()))
            .startDate(start.atStartOfDay()).endDate(end.plusDays(1).atStartOfDay())
            .group(group).styleClass("jx-tl-window").build());
      }
      if (c.actual() != null) {
        model.add(TimelineEvent.<String>builder()
            .data(MessageTexts.format(budgetYear.locale(), "procurement.timeline.actual", SHORT.format(c.actual()),
                MessageTexts.format(budgetYear.locale(), "ComplianceStatus." + c.status().name(), c.shownNumber())))
            .startDate(c.actual().atStartOfDay()).group(group)
            .styleClass(c.status() == org.jixiao.domain.procurement.ComplianceStatus.LATE ? "jx-tl-late" : "jx-tl-ok")
            .build());
      }
    }
    return model;
  }

  /** The timeline opens on the record's dates (a week either side), not on today. */
  public java.time.LocalDateTime getTimelineStart() {
    return datesOnTimeline().min(LocalDate::compareTo).orElse(AuditTrail.today()).minusDays(7).atStartOfDay();
  }

  public java.time.LocalDateTime getTimelineEnd() {
    return datesOnTimeline().max(LocalDate::compareTo).orElse(AuditTrail.today()).plusDays(8).atStartOfDay();
  }

  private java.util.stream.Stream<LocalDate> datesOnTimeline() {
    if (detail == null) {
      return java.util.stream.Stream.empty();
    }
    var r = detail.record();
    return java.util.stream.Stream.concat(
        r.checks().stream().flatMap(c -> java.util.stream.Stream.of(c.due(), c.actual())),
        java.util.stream.Stream.of(r.events().budgetApproved(), r.events().procurementStarted(),
            r.events().awardNotice()))
        .filter(java.util.Objects::nonNull);
  }

  /** The timeline's axis language, the user's. */
  public java.util.Locale getLocale() {
    return budgetYear.locale();
  }

  /** The event a requirement's window is drawn from (for 意向 before the start: the window ends at the start). */
  private static LocalDate countsFrom(ProcurementRequirement requirement, ProcurementDeadlines.Events e) {
    return switch (requirement) {
      case INTENTION_AFTER_APPROVAL -> e.budgetApproved();
      case INTENTION_BEFORE_START -> e.procurementStarted();
      case CONTRACT_SIGNED -> e.awardNotice();
      case CONTRACT_ANNOUNCED, CONTRACT_FILED -> e.contractSigned();
    };
  }

  public boolean isNew() {
    return code == null || code.isBlank();
  }

  /** The form shows: a division head's new record, or their own record in an open year. */
  public boolean isEditable() {
    return isNew() ? currentUser.isDivisionHead() && year != null : detail != null && detail.record().editable();
  }

  public ProcurementMethod[] getMethods() {
    return ProcurementMethod.values();
  }

  public RecordDetail getDetail() { return detail; }
  public List<BudgetLineChoice> getLines() { return lines; }
  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getNewCode() { return newCode; }
  public void setNewCode(String newCode) { this.newCode = newCode; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getBudgetLine() { return budgetLine; }
  public void setBudgetLine(String budgetLine) { this.budgetLine = budgetLine; }
  public Money getAmount() { return amount; }
  public void setAmount(Money amount) { this.amount = amount; }
  public ProcurementMethod getMethod() { return method; }
  public void setMethod(ProcurementMethod method) { this.method = method; }
  public LocalDate getIntentionPublished() { return intentionPublished; }
  public void setIntentionPublished(LocalDate d) { this.intentionPublished = d; }
  public LocalDate getProcurementStarted() { return procurementStarted; }
  public void setProcurementStarted(LocalDate d) { this.procurementStarted = d; }
  public LocalDate getAwardNotice() { return awardNotice; }
  public void setAwardNotice(LocalDate d) { this.awardNotice = d; }
  public LocalDate getContractSigned() { return contractSigned; }
  public void setContractSigned(LocalDate d) { this.contractSigned = d; }
  public LocalDate getContractAnnounced() { return contractAnnounced; }
  public void setContractAnnounced(LocalDate d) { this.contractAnnounced = d; }
  public LocalDate getContractFiled() { return contractFiled; }
  public void setContractFiled(LocalDate d) { this.contractFiled = d; }
  public boolean isAcceptOverBudget() { return acceptOverBudget; }
  public void setAcceptOverBudget(boolean accept) { this.acceptOverBudget = accept; }
  public boolean isOverBudgetWarned() { return overBudgetWarned; }
  public String getOverBudgetReason() { return overBudgetReason; }
  public void setOverBudgetReason(String reason) { this.overBudgetReason = reason; }
  public String getDocumentTitle() { return documentTitle; }
  public void setDocumentTitle(String title) { this.documentTitle = title; }
  public String getDocumentLink() { return documentLink; }
  public void setDocumentLink(String link) { this.documentLink = link; }
}
