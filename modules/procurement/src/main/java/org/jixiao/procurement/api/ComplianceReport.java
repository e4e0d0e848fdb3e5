package org.jixiao.procurement.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.procurement.DeadlineCheck;
import org.jixiao.domain.procurement.ProcurementScoring;

/** The records (scoped to the caller) with their checks, and the department's score (of all records). */
public record ComplianceReport(int yearNumber, LocalDate budgetApproved, LocalDate asOf, List<Record> records,
    ProcurementScoring.Score score) implements Serializable {

  /** One procurement and its checks. */
  public record Record(String code, String name, String divisionCode, String divisionName, String method,
      List<DeadlineCheck> checks) implements Serializable {}
}
