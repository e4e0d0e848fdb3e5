package org.jixiao.domain.evaluation;

import jakarta.ejb.Local;
import java.util.List;
import org.jixiao.domain.security.Caller;

/**
 * What a module contributes to the framework: its measures of a year, department-wide. Budgeting, indicators and
 * procurement each provide one (a session bean); reporting finds them by name, so no module depends on another.
 */
@Local
public interface MeasureSource {

  List<Measure> measures(Caller caller, int yearNumber);

  /** The standard tables the module adds to the year's report; none by default. */
  default List<ReportTable> tables(Caller caller, int yearNumber) {
    return List.of();
  }
}
