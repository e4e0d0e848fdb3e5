package org.jixiao.portal.view.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditLog;
import org.jixiao.domain.audit.AuditPage;
import org.jixiao.domain.audit.AuditQuery;
import org.jixiao.domain.audit.AuditRow;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.Downloads;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.reporting.api.DepartmentProfiles;
import org.jixiao.reporting.api.DivisionSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The audit trail (操作日志): every change and refused attempt the user may see (AuditScope), newest first, a
 * page at a time, filtered by user, division, record type, action and days; the filtered entries to Excel.
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private AuditLog auditLog;
  @Inject private DepartmentProfiles departmentProfiles;
  @Inject private org.jixiao.portal.admin.KeycloakLoginEvents loginEvents;

  private String user;
  private String division;
  private String recordType;
  private AuditAction action;
  private LocalDate from;
  private LocalDate to;
  /** The filters last applied; null while they are refused (the table shows nothing). */
  private AuditQuery query = AuditQuery.ALL;
  private List<String> recordTypes;
  private Map<String, String> divisions;
  private final Entries entries = new Entries();

  /** Keycloak's failed logins up to now, before the first look at the trail (the poller may be minutes behind). */
  @jakarta.annotation.PostConstruct
  void catchUpLoginEvents() {
    try {
      loginEvents.importNew();
    } catch (BusinessException e) {
      FacesMessages.info("audit.loginEvents.unavailable");
    }
  }

  /** Applies the filters; a refused combination (from after to) says why and shows nothing. */
  public void search() {
    try {
      query = new AuditQuery(user, division, recordType, action, from, to);
    } catch (BusinessException e) {
      query = null;
      FacesMessages.refused(e);
    }
  }

  public void clear() {
    user = null;
    division = null;
    recordType = null;
    action = null;
    from = null;
    to = null;
    query = AuditQuery.ALL;
  }

  public StreamedContent getExport() {
    if (query == null) {
      return null;
    }
    AuditQuery exported = query;
    return Downloads.of("audit-trail-" + LocalDate.now(org.jixiao.domain.audit.AuditTrail.BUREAU_ZONE) + ".xlsx",
        Downloads.XLSX, () -> auditLog.export(currentUser.caller(), exported, FacesMessages.userLocale()));
  }

  public LazyDataModel<AuditRow> getEntries() {
    return entries;
  }

  /** The lazy table's rows: one page from the service per request, newest first. */
  private final class Entries extends LazyDataModel<AuditRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return query == null ? 0 : (int) Math.min(Integer.MAX_VALUE, page(0, 1).total());
    }

    @Override
    public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
        Map<String, FilterMeta> filterBy) {
      if (query == null) {
        return List.of();
      }
      AuditPage page = page(first, pageSize);
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
      return page.rows();
    }

    @Override
    public String getRowKey(AuditRow row) {
      return String.valueOf(row.id());
    }

    private AuditPage page(int first, int size) {
      try {
        return auditLog.search(currentUser.caller(), query, first, size);
      } catch (BusinessException e) {
        FacesMessages.refused(e);
        return new AuditPage(List.of(), 0, first, size);
      }
    }
  }

  // --- the filters' choices --------------------------------------------------------------------------------

  public List<String> getRecordTypes() {
    if (recordTypes == null) {
      try {
        recordTypes = auditLog.recordTypes(currentUser.caller());
      } catch (BusinessException e) {
        recordTypes = List.of();
      }
    }
    return recordTypes;
  }

  /** Division code → name: every division for those who see all, else the user's own. */
  public Map<String, String> getDivisions() {
    if (divisions == null) {
      divisions = new LinkedHashMap<>();
      currentUser.division().ifPresent(own -> {
        boolean all = currentUser.isLeadership() || currentUser.isAdmin() || currentUser.isFinance();
        List<DivisionSummary> listed = all
            ? departmentProfiles.profileOf(own.departmentId()).map(p -> p.divisions()).orElse(List.of(own))
            : List.of(own);
        listed.forEach(d -> divisions.put(d.code(), d.name()));
      });
    }
    return divisions;
  }

  public String divisionName(String code) {
    return code == null ? MessageTexts.format(FacesMessages.userLocale(), "audit.division.none")
        : getDivisions().getOrDefault(code, code);
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  /** A record type in words ({@code audit.type.<Type>}), or as stored when the bundle does not name it. */
  public String typeLabel(String type) {
    if (type == null) {
      return "";
    }
    try {
      return ResourceBundle.getBundle(MessageTexts.BUNDLE, FacesMessages.userLocale()).getString("audit.type." + type);
    } catch (MissingResourceException e) {
      return type;
    }
  }

  public String getDepartmentWide() {
    return AuditQuery.DEPARTMENT_WIDE;
  }

  public int getExportLimit() {
    return AuditLog.EXPORT_LIMIT;
  }

  // --- filter fields -----------------------------------------------------------------------------------------

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getDivision() {
    return division;
  }

  public void setDivision(String division) {
    this.division = division;
  }

  public String getRecordType() {
    return recordType;
  }

  public void setRecordType(String recordType) {
    this.recordType = recordType;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
