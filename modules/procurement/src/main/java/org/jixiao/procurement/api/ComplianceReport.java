package org.jixiao.procurement.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.procurement.ComplianceStatus;
import org.jixiao.domain.procurement.DeadlineCheck;
import org.jixiao.domain.procurement.ProcurementDeadlines;
import org.jixiao.domain.procurement.ProcurementMethod;
import org.jixiao.domain.procurement.ProcurementScoring;
import org.jixiao.domain.procurement.ProcurementSettings;

/**
 * The records (scoped to the caller) with their checks, and the department's score (of all records) under the
 * year's rule (version 0: the defaults, no rule saved yet).
 */
public record ComplianceReport(int yearNumber, LocalDate budgetApproved, LocalDate asOf, boolean sealed,
    int ruleVersion, ProcurementSettings settings, List<Record> records, ProcurementScoring.Score score)
    implements Serializable {

  /** One procurement, its events and its checks; {@code editable} when the caller may change it now. */
  public record Record(String code, String name, String divisionCode, String divisionName, ProcurementMethod method,
      Money amount, String budgetLineCode, String budgetLineName, ProcurementDeadlines.Events events,
      List<DeadlineCheck> checks, Money overBudgetExcess, String overBudgetApprovedBy, String overBudgetReason,
      long version, boolean editable) implements Serializable {

    /** Any requirement late or missing: the red flag of the register. */
    public boolean flagged() {
      return checks.stream().anyMatch(
          c -> c.status() == ComplianceStatus.LATE || c.status() == ComplianceStatus.MISSING);
    }

    public boolean overBudgetUnapproved() {
      return overBudgetExcess != null && overBudgetApprovedBy == null;
    }

    public boolean has(ComplianceStatus status) {
      return checks.stream().anyMatch(c -> c.status() == status);
    }
  }
}
