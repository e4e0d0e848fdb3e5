package org.jixiao.portal.view.indicators;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.indicators.WorkflowStatus;
import org.jixiao.indicators.api.IndicatorTree;
import org.jixiao.indicators.api.IndicatorView;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;

/**
 * A division head's open tasks on their indicators (我的待办): targets to submit (drafts, returned ones), actuals to
 * enter, deviations to explain — each a message key naming what to do.
 */
@Named
@RequestScoped
public class MyTasks {

  /** One thing to do about one indicator; {@code task} is the message key of the action. */
  public record Task(String code, String name, String task) {}

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @EJB private Indicators indicators;

  private List<Task> tasks;

  public List<Task> getTasks() {
    if (tasks == null) {
      tasks = new ArrayList<>();
      Integer year = budgetYear.orCurrent(null);
      if (year == null || !currentUser.isDivisionHead()) {
        return tasks;
      }
      try {
        IndicatorTree tree = indicators.tree(currentUser.caller(), year);
        for (IndicatorView i : tree.indicators()) {
          if (!i.divisionCode().equals(currentUser.getDivisionCode()) || !i.editable()) {
            continue;
          }
          if (i.targetStatus() == WorkflowStatus.DRAFT || i.targetStatus() == WorkflowStatus.RETURNED) {
            tasks.add(new Task(i.code(), i.name(), "home.tasks.submitTarget." + i.targetStatus()));
          } else if (i.targetStatus() == WorkflowStatus.APPROVED && i.score().missingActual()) {
            tasks.add(new Task(i.code(), i.name(), "home.tasks.enterActual"));
          } else if (i.score().deviates() && (i.deviationReason() == null || i.deviationReason().isBlank())) {
            tasks.add(new Task(i.code(), i.name(), "home.tasks.explainDeviation"));
          } else if (i.actualStatus() == WorkflowStatus.RETURNED) {
            tasks.add(new Task(i.code(), i.name(), "home.tasks.fixActual"));
          }
        }
      } catch (BusinessException e) {
        tasks.clear(); // the home shows the rest; the indicator pages explain the refusal
      }
    }
    return tasks;
  }
}
