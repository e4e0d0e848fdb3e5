package org.jixiao.domain.year;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.security.Caller;

/**
 * What one opening of a year passes between the modules: who opens which year from which, what the modules
 * found in the closing year (the measures linked to each indicator, the indicators of each special fund that fell
 * short) and what each module copied, for the audit trail and the page. Lives for one call, never stored.
 */
public final class YearOpeningContext {

  /**
   * An indicator of a special fund that fell short of its target in the closing year; {@code result} is its
   * completion ("82.9%") or, for a direction indicator, its change the wrong way ("+0.4").
   */
  public record Shortfall(String indicatorCode, String name, String result) {}

  private final Caller caller;
  private final long departmentId;
  private final int fromYear;
  private final int toYear;
  private final Map<String, List<String>> measuresByIndicator = new LinkedHashMap<>();
  private final Map<String, List<Shortfall>> shortfallsByFund = new LinkedHashMap<>();
  private final List<TraceStep> copied = new ArrayList<>();

  public YearOpeningContext(Caller caller, long departmentId, int fromYear, int toYear) {
    this.caller = Objects.requireNonNull(caller, "caller");
    this.departmentId = departmentId;
    this.fromYear = fromYear;
    this.toYear = toYear;
  }

  public Caller caller() { return caller; }
  public long departmentId() { return departmentId; }
  public int fromYear() { return fromYear; }
  public int toYear() { return toYear; }

  /** Reporting: a measure (下一步改进措施) of the closing year that is linked to the indicator with this code. */
  public void addMeasure(String indicatorCode, String measure) {
    measuresByIndicator.computeIfAbsent(indicatorCode, c -> new ArrayList<>()).add(measure);
  }

  public List<String> measuresOf(String indicatorCode) {
    return List.copyOf(measuresByIndicator.getOrDefault(indicatorCode, List.of()));
  }

  /** Indicators: an indicator of the special fund with this code fell short in the closing year. */
  public void addShortfall(String fundCode, Shortfall shortfall) {
    shortfallsByFund.computeIfAbsent(fundCode, c -> new ArrayList<>()).add(shortfall);
  }

  public List<Shortfall> shortfallsOf(String fundCode) {
    return fundCode == null ? List.of() : List.copyOf(shortfallsByFund.getOrDefault(fundCode, List.of()));
  }

  /** A module notes what it copied, as a message key with its arguments (e.g. the number of indicators). */
  public void copied(String key, Object... arguments) {
    copied.add(TraceStep.of(key, arguments));
  }

  public List<TraceStep> copied() {
    return List.copyOf(copied);
  }
}
