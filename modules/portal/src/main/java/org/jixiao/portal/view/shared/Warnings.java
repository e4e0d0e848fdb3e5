package org.jixiao.portal.view.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.budgeting.api.BudgetLineView;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.budget.PaceWarning;
import org.jixiao.indicators.api.IndicatorView;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.indicators.api.ReviewItem;
import org.jixiao.portal.security.CurrentUser;

/**
 * The home pages' warnings (预警): the user's indicators and budget lines in yellow or red in the current year,
 * reds first, and for the leadership group what waits for review. Scoped by the services.
 */
@Named
@RequestScoped
public class Warnings {

  @Inject private CurrentUser currentUser;
  @Inject private DepartmentOverview overview;
  @EJB private Indicators indicators;
  @EJB private Budgets budgets;

  private List<IndicatorView> indicatorWarnings;
  private List<BudgetLineView> budgetWarnings;
  private List<ReviewItem> reviewQueue;

  private Integer year() {
    return overview.getCurrentYear() == null ? null : overview.getCurrentYear().yearNumber();
  }

  public List<IndicatorView> getIndicators() {
    if (indicatorWarnings == null) {
      indicatorWarnings = List.of();
      if (year() != null) {
        try {
          indicatorWarnings = indicators.tree(currentUser.caller(), year()).indicators().stream()
              .filter(i -> i.warning() != PaceWarning.GREEN)
              .sorted((a, b) -> b.warning().compareTo(a.warning()))
              .toList();
        } catch (BusinessException e) {
          FacesMessages.refused(e);
        }
      }
    }
    return indicatorWarnings;
  }

  public List<BudgetLineView> getBudgetLines() {
    if (budgetWarnings == null) {
      budgetWarnings = List.of();
      if (year() != null) {
        try {
          LocalDate today = LocalDate.now(AuditTrail.BUREAU_ZONE);
          LocalDate asOf = today.getYear() > year() ? LocalDate.of(year(), 12, 31) : today;
          budgetWarnings = budgets.overview(currentUser.caller(), year(), asOf).lines().stream()
              .filter(l -> l.figures().warning() != PaceWarning.GREEN)
              .sorted((a, b) -> b.figures().warning().compareTo(a.figures().warning()))
              .toList();
        } catch (BusinessException e) {
          FacesMessages.refused(e);
        }
      }
    }
    return budgetWarnings;
  }

  public List<ReviewItem> getReviewQueue() {
    if (reviewQueue == null) {
      reviewQueue = year() == null || !currentUser.isLeadership() ? List.of()
          : indicators.reviewQueue(currentUser.caller(), year());
    }
    return reviewQueue;
  }
}
