package org.jixiao.portal.view.budget;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.budgeting.api.FiscalYearSummary;
import org.jixiao.budgeting.api.FiscalYears;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.audit.ResultCache;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.FacesMessages;

/** Which year and date the budget pages show when the address does not say: the current year, today. */
@RequestScoped
public class BudgetYear {

  @Inject private CurrentUser currentUser;
  @EJB private FiscalYears fiscalYears;

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em; // for the data version of the kept current year (ResultCache)

  private Optional<Integer> current;

  /** The given year, else the user's department's current year; null when the user has no department. */
  public Integer orCurrent(Integer year) {
    if (year != null) {
      return year;
    }
    if (current == null) { // asked by several parts of a page: once per request, and kept while the data are unchanged
      current = currentUser
          .division()
          .flatMap(d -> ResultCache.get(em, ResultCache.key("currentYearNumber", d.departmentId()),
              () -> fiscalYears.currentYearOf(d.departmentId()).map(FiscalYearSummary::yearNumber)));
    }
    return current.orElse(null);
  }

  /** The given date, else today; kept inside the year so a past year shows its year-end figures. */
  public LocalDate clampToYear(int year, LocalDate asOf) {
    LocalDate date = asOf == null ? LocalDate.now(AuditTrail.BUREAU_ZONE) : asOf;
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    return date.isBefore(first) ? first : date.isAfter(last) ? last : date;
  }

  public Locale locale() {
    return FacesMessages.userLocale();
  }
}
