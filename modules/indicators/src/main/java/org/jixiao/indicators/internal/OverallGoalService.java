package org.jixiao.indicators.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jixiao.domain.indicators.OverallGoal;
import org.jixiao.domain.security.Roles;
import org.jixiao.indicators.api.GoalSummary;
import org.jixiao.indicators.api.OverallGoals;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class OverallGoalService implements OverallGoals {

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Override
  public List<GoalSummary> goalsOf(long fiscalYearId) {
    return em.createNamedQuery(OverallGoal.OF_YEAR, OverallGoal.class)
        .setParameter("fiscalYearId", fiscalYearId)
        .getResultStream()
        .map(g -> new GoalSummary(g.sequence(), g.title(), g.description()))
        .toList();
  }
}
