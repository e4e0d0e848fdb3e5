package org.jixiao.reporting.internal;

import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jixiao.domain.evaluation.MeasureSource;

/**
 * The modules' measure sources by their portable JNDI names (module = the EJB jar in the EAR); looked up rather
 * than injected so reporting depends on no other module.
 */
final class MeasureSources {

  private static final List<String> NAMES = List.of(
      "java:app/indicators/IndicatorMeasures!org.jixiao.domain.evaluation.MeasureSource",
      "java:app/budgeting/BudgetMeasures!org.jixiao.domain.evaluation.MeasureSource",
      "java:app/procurement/ProcurementMeasures!org.jixiao.domain.evaluation.MeasureSource");

  private MeasureSources() {}

  static List<MeasureSource> all() {
    return NAMES.stream().map(MeasureSources::lookup).toList();
  }

  private static MeasureSource lookup(String name) {
    try {
      return InitialContext.doLookup(name);
    } catch (NamingException e) {
      throw new IllegalStateException("The measure source " + name + " is not deployed", e);
    }
  }
}
