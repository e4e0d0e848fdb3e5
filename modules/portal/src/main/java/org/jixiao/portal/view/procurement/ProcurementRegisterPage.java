package org.jixiao.portal.view.procurement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.procurement.ComplianceStatus;
import org.jixiao.domain.procurement.ProcurementMethod;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.shared.Downloads;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.procurement.api.ComplianceReport;
import org.jixiao.procurement.api.ImportReport;
import org.jixiao.procurement.api.ProcurementCompliance;
import org.jixiao.procurement.api.ProcurementRecords;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The procurement register (政府采购合规台账): the records the user may see with each legal deadline's status,
 * filters, 采购管理's score with its trace, and the Excel export and (division heads) import.
 */
@Named
@ViewScoped
public class ProcurementRegisterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private ProcurementCompliance compliance;
  @Inject private ProcurementRecords records;

  private Integer year;
  private LocalDate asOf;
  private ComplianceReport report;
  private String division;
  private ComplianceStatus status;
  private ProcurementMethod method;
  private boolean lateOnly;
  private ImportReport importReport;

  public void load() {
    year = budgetYear.orCurrent(year);
    if (year == null) {
      return;
    }
    asOf = asOf == null ? LocalDate.now(org.jixiao.domain.audit.AuditTrail.BUREAU_ZONE) : asOf;
    try {
      report = compliance.reportOf(currentUser.caller(), year, asOf);
    } catch (BusinessException e) {
      report = null;
      FacesMessages.refused(e);
    }
  }

  /** The records that pass the filters. */
  public List<ComplianceReport.Record> getRecords() {
    if (report == null) {
      return List.of();
    }
    return report.records().stream()
        .filter(r -> division == null || division.isEmpty() || r.divisionCode().equals(division))
        .filter(r -> status == null || r.has(status))
        .filter(r -> method == null || r.method() == method)
        .filter(r -> !lateOnly || r.flagged())
        .toList();
  }

  /** The divisions that have records, by code → name, for the filter. */
  public Map<String, String> getDivisions() {
    Map<String, String> divisions = new TreeMap<>();
    if (report != null) {
      report.records().forEach(r -> divisions.put(r.divisionName(), r.divisionCode()));
    }
    return divisions;
  }

  public ProcurementMethod[] getMethods() {
    return ProcurementMethod.values();
  }

  public boolean isMayEnter() {
    return currentUser.isDivisionHead() && report != null && !report.sealed();
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event == null ? null : event.getFile();
    if (file == null || file.getSize() == 0) {
      FacesMessages.error("procurement.sheet.empty");
      return;
    }
    try {
      importReport = records.importSheet(currentUser.caller(), year, file.getContent());
      if (importReport.applied()) {
        FacesMessages.info("procurement.excel.done", importReport.created(), importReport.updated(),
            importReport.unchanged());
      } else {
        FacesMessages.error("procurement.excel.refused", importReport.problems().size());
      }
    } catch (BusinessException e) {
      importReport = null;
      FacesMessages.refused(e);
    }
    load();
  }

  public String problemText(ImportReport.Problem problem) {
    return MessageTexts.format(budgetYear.locale(), problem.messageKey(), problem.arguments().toArray());
  }

  public StreamedContent getExport() {
    return year == null ? null : Downloads.of(year + "-procurement.xlsx", Downloads.XLSX,
        () -> records.exportSheet(currentUser.caller(), year, asOf));
  }

  public void clearFilters() {
    division = null;
    status = null;
    method = null;
    lateOnly = false;
  }

  public ComplianceReport getReport() { return report; }
  public ImportReport getImportReport() { return importReport; }
  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
  public LocalDate getAsOf() { return asOf; }
  public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
  public String getDivision() { return division; }
  public void setDivision(String division) { this.division = division; }
  public ComplianceStatus getStatus() { return status; }
  public void setStatus(ComplianceStatus status) { this.status = status; }
  public ProcurementMethod getMethod() { return method; }
  public void setMethod(ProcurementMethod method) { this.method = method; }
  public boolean isLateOnly() { return lateOnly; }
  public void setLateOnly(boolean lateOnly) { this.lateOnly = lateOnly; }
}
