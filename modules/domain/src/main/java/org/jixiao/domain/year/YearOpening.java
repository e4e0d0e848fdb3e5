package org.jixiao.domain.year;

import jakarta.ejb.Local;

/**
 * A module's part in opening a new fiscal year (开启新年度): each module copies what it owns of the closing year
 * into the new one — rules, structures, proposals. One session bean per module; the orchestrating service finds
 * them by their portable JNDI names and calls them in its own transaction, so the opening is all or nothing.
 *
 * <p>Two rounds: first every module {@link #gather gathers} what the others need of the closing year (reporting
 * its measures, indicators its shortfalls), then every module {@link #open opens} its part, in the order
 * budgeting, indicators, procurement, reporting (indicators find the special funds budgeting copied).
 */
@Local
public interface YearOpening {

  /** Findings of the closing year other modules act on; none by default. */
  default void gather(YearOpeningContext context) {}

  /** Copies this module's part into the new year and notes what it did in the context. */
  void open(YearOpeningContext context);
}
