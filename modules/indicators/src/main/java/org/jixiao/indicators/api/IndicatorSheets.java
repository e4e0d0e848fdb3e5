package org.jixiao.indicators.api;

import jakarta.ejb.Local;
import org.jixiao.domain.security.Caller;

/**
 * The indicators as an Excel sheet (指标导入导出): targets and actuals with their scores, as the caller may see
 * them (a division head their division's, everyone else all), and the import of the same sheet by a division
 * head, row by row through the same rules as the forms. An import with any problem changes nothing.
 */
@Local
public interface IndicatorSheets {

  /** The year's indicators the caller may see, with completion rate, score and workflow status. */
  byte[] exportWorkbook(Caller caller, int yearNumber);

  /** The empty sheet for {@link #importWorkbook}, with the notes, the goals and the special funds. */
  byte[] importTemplate(Caller caller, int yearNumber);

  /**
   * Imports the sheet: a new code creates a draft indicator of the caller's division, an existing one changes
   * its target (while editable) or its actual (once the target is approved); with any problem nothing is
   * applied and the report lists them all. Division heads only; the outcome is audited.
   */
  SheetReport importWorkbook(Caller caller, int yearNumber, byte[] xlsx);
}
