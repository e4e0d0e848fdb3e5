package org.jixiao.procurement.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.evidence.EvidenceFile;
import org.jixiao.domain.procurement.ProcurementSettings;
import org.jixiao.domain.security.Caller;

/**
 * Entering and changing procurement records (division heads, their own division's, in an open year), the
 * leadership group's approval of an over-budget record, documents, the year's rule (admins), Excel and OCDS.
 */
@Local
public interface ProcurementRecords {

  RecordDetail record(Caller caller, int yearNumber, String code, LocalDate asOf);

  /**
   * A new record of the caller's division; its code. An amount above the budget line's available budget is
   * refused with {@code procurement.overBudget} unless {@code acceptOverBudget}: then it is saved, flagged for the
   * leadership group.
   */
  String create(Caller caller, int yearNumber, RecordDraft draft, boolean acceptOverBudget);

  /** Changes a record seen at {@code version}; the over-budget check as for {@link #create}. */
  void update(Caller caller, int yearNumber, String code, RecordDraft draft, long version, boolean acceptOverBudget);

  /**
   * Withdraws a record entered by mistake (seen at {@code version}): it, its documents and its commitment go;
   * the audit trail keeps what it said.
   */
  void withdraw(Caller caller, int yearNumber, String code, long version);

  /** The leadership group accepts a flagged record's excess over its budget line, with a reason. */
  void approveOverBudget(Caller caller, int yearNumber, String code, String reason);

  void addDocument(Caller caller, int yearNumber, String code, String title, String link);

  /** A document file (pdf, png, jpg, docx, xlsx; checked by its first bytes; at most 10 MB), kept off the web root. */
  void addDocumentFile(Caller caller, int yearNumber, String code, String title, String fileName, byte[] content);

  /** A document's file, for whoever may read the record. */
  EvidenceFile documentFile(Caller caller, int yearNumber, String code, long documentId);

  /** The lines the caller's division may charge a procurement to. */
  List<BudgetLineChoice> budgetLines(Caller caller, int yearNumber);

  /** The year's rule versions, newest first; empty while the defaults apply. */
  List<ProcurementRuleVersion> rules(Caller caller, int yearNumber);

  /** Admins: a new version of the year's rule. */
  void changeRule(Caller caller, int yearNumber, ProcurementSettings settings);

  /** The caller's records as a workbook, with each requirement's status as of {@code asOf}. */
  byte[] exportSheet(Caller caller, int yearNumber, LocalDate asOf);

  /** A division head's workbook of their division's records: all rows applied, or none. */
  ImportReport importSheet(Caller caller, int yearNumber, byte[] xlsx);
}
