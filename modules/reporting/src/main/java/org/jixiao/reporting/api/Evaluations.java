package org.jixiao.reporting.api;

import jakarta.ejb.Local;
import org.jixiao.domain.evaluation.ItemScore;
import org.jixiao.domain.security.Caller;

/**
 * The 100-point self-evaluation of a year: computed items from the other modules' data, the leadership group's
 * review, approval and sealing (read-only everywhere, fingerprinted), and unsealing by an admin with a reason.
 * Department-wide: for the leadership group, finance and admins.
 */
@Local
public interface Evaluations {

  EvaluationView evaluation(Caller caller, int yearNumber);

  ReviewBoard reviewBoard(Caller caller, int yearNumber);

  /** A member scores an item on their own sheet. */
  void scoreItem(Caller caller, int yearNumber, String itemCode, ItemScore score);

  /** The chair records the group's consensus on an item. */
  void recordConsensus(Caller caller, int yearNumber, String itemCode, ItemScore score);

  /** The chair approves the complete evaluation: the year is sealed; the fingerprint of its snapshot. */
  String approveAndSeal(Caller caller, int yearNumber);

  FrameworkView framework(Caller caller, int yearNumber);

  /** Admins: adds an item to the year's draft framework, or changes the item with the same code. */
  void saveItem(Caller caller, int yearNumber, FrameworkView.Item item);

  void removeItem(Caller caller, int yearNumber, String itemCode);

  /** Admins freeze the draft (weights 100); the first score the leadership group gives freezes it too. */
  void freeze(Caller caller, int yearNumber);

  /** The department's years side by side, oldest first (历年对比): leadership, finance and admins. */
  java.util.List<YearComparison> yearOverYear(Caller caller);

  /** An admin opens a sealed year again, with a reason. */
  void unseal(Caller caller, int yearNumber, String reason);
}
