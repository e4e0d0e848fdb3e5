package org.jixiao.budgeting.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.jixiao.budgeting.api.FiscalYearSummary;
import org.jixiao.budgeting.api.FiscalYears;
import org.jixiao.domain.audit.ResultCache;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.FiscalYear;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class FiscalYearService implements FiscalYears {

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Override
  public List<FiscalYearSummary> yearsOf(long departmentId) {
    return ResultCache.get(em, ResultCache.key("years", departmentId), () ->
        em.createNamedQuery(FiscalYear.OF_DEPARTMENT, FiscalYear.class)
            .setParameter("departmentId", departmentId)
            .getResultStream()
            .map(y -> new FiscalYearSummary(y.id(), y.yearNumber(), y.status()))
            .toList());
  }

  @Override
  public Optional<FiscalYearSummary> currentYearOf(long departmentId) {
    return FiscalYearSummary.currentOf(yearsOf(departmentId));
  }
}
