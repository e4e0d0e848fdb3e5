package org.jixiao.budgeting.internal;

import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jixiao.domain.year.YearOpening;

/**
 * Every module's part in opening a year, by portable JNDI name (module = the EJB jar in the EAR), in the order
 * they open: budgeting first (its special funds are what the indicators' proposals belong to), then indicators,
 * procurement, reporting. Looked up rather than injected so budgeting depends on no other module.
 */
final class YearOpenings {

  private static final List<String> NAMES = List.of(
      "java:app/budgeting/BudgetYearOpening!org.jixiao.domain.year.YearOpening",
      "java:app/indicators/IndicatorYearOpening!org.jixiao.domain.year.YearOpening",
      "java:app/procurement/ProcurementYearOpening!org.jixiao.domain.year.YearOpening",
      "java:app/reporting/ReportingYearOpening!org.jixiao.domain.year.YearOpening");

  private YearOpenings() {}

  static List<YearOpening> all() {
    return NAMES.stream().map(YearOpenings::lookup).toList();
  }

  private static YearOpening lookup(String name) {
    try {
      return InitialContext.doLookup(name);
    } catch (NamingException e) {
      throw new IllegalStateException("The year opening " + name + " is not deployed", e);
    }
  }
}
