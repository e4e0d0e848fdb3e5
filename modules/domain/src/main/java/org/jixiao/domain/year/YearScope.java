package org.jixiao.domain.year;

import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.CallerCheck;

/**
 * A service call's footing: the caller (checked against the container), their division, and the year of
 * their department by number. Every module's services start here, so scoping works the same everywhere.
 */
public record YearScope(Caller caller, Division division, FiscalYear year) {

  public static YearScope resolve(EntityManager em, EJBContext context, Caller claimed, int yearNumber) {
    Caller caller = CallerCheck.verified(claimed, context);
    Division division =
        caller.divisionCode() == null
            ? null
            : em.createNamedQuery(Division.BY_CODE, Division.class)
                .setParameter("code", caller.divisionCode())
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (division == null) {
      throw new BusinessException("caller.noDivision", String.valueOf(caller.divisionCode()));
    }
    FiscalYear year =
        em.createNamedQuery(FiscalYear.BY_NUMBER, FiscalYear.class)
            .setParameter("departmentId", division.department().id())
            .setParameter("yearNumber", yearNumber)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BusinessException("year.unknown", yearNumber));
    return new YearScope(caller, division, year);
  }

  /** A department's year by its number; an unknown year is refused. */
  public static FiscalYear yearOf(EntityManager em, long departmentId, int yearNumber) {
    return em.createNamedQuery(FiscalYear.BY_NUMBER, FiscalYear.class)
        .setParameter("departmentId", departmentId)
        .setParameter("yearNumber", yearNumber)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new BusinessException("year.unknown", yearNumber));
  }

  /** Null when the caller sees every division; else the caller's division code. */
  public String divisionFilter() {
    return caller.seesAllDivisions() ? null : caller.divisionCode();
  }
}
