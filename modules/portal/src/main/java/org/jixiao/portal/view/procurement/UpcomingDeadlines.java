package org.jixiao.portal.view.procurement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.procurement.ComplianceStatus;
import org.jixiao.domain.procurement.DeadlineCheck;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.procurement.api.ComplianceReport;
import org.jixiao.procurement.api.ProcurementCompliance;

/**
 * A division head's home: their division's procurement deadlines that are coming up or missed today
 * ("合同备案还剩 3 个工作日"), soonest first.
 */
@Named
@RequestScoped
public class UpcomingDeadlines {

  /** One deadline of one record. */
  public record Item(String code, String name, DeadlineCheck check) {}

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @EJB private ProcurementCompliance compliance;

  private List<Item> items;
  private Integer year;

  public List<Item> getItems() {
    if (items == null) {
      items = new ArrayList<>();
      year = budgetYear.orCurrent(null);
      if (year == null) {
        return items;
      }
      try {
        ComplianceReport report = compliance.reportOf(currentUser.caller(), year, LocalDate.now(AuditTrail.BUREAU_ZONE));
        for (ComplianceReport.Record r : report.records()) {
          if (!r.divisionCode().equals(currentUser.getDivisionCode())) {
            continue;
          }
          r.checks().stream()
              .filter(c -> c.status() == ComplianceStatus.DUE || c.status() == ComplianceStatus.MISSING)
              .forEach(c -> items.add(new Item(r.code(), r.name(), c)));
        }
        items.sort(Comparator.comparing((Item i) -> i.check().due()));
      } catch (BusinessException e) {
        items.clear(); // the home page shows the rest; the register page explains the refusal
      }
    }
    return items;
  }

  public Integer getYear() {
    getItems();
    return year;
  }
}
