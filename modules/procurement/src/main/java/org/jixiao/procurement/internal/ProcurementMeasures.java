package org.jixiao.procurement.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.domain.evaluation.Measure;
import org.jixiao.domain.evaluation.MeasureKind;
import org.jixiao.domain.evaluation.MeasureSource;
import org.jixiao.domain.evaluation.RecordRef;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.procurement.ComplianceStatus;
import org.jixiao.domain.procurement.ProcurementRequirement;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Roles;
import org.jixiao.procurement.api.ComplianceReport;
import org.jixiao.procurement.api.ProcurementCompliance;

/**
 * The framework's measure from procurement: 采购管理 as of the year end (as the self-evaluation counts it), with
 * the records that missed a deadline.
 */
@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class ProcurementMeasures implements MeasureSource {

  @EJB private ProcurementCompliance compliance;

  @Override
  public List<Measure> measures(Caller caller, int yearNumber) {
    ComplianceReport report = compliance.reportOf(caller, yearNumber, LocalDate.of(yearNumber, 12, 31));
    if (report.records().isEmpty()) {
      return List.of(); // nothing recorded yet (a year just opened): no score rather than full marks
    }
    List<RecordRef> late = report.records().stream().filter(ComplianceReport.Record::flagged)
        .map(r -> new RecordRef(RecordRef.Kind.PROCUREMENT, r.code(), r.name()))
        .toList();
    return List.of(new Measure(MeasureKind.PROCUREMENT_SCORE, report.score().score(), report.score().points(),
        report.score().trace(), reasons(report), late));
  }

  /** Per requirement that scores, how many records missed it: the report's "一是…逾期" sentences. */
  private static List<TraceStep> reasons(ComplianceReport report) {
    List<TraceStep> reasons = new java.util.ArrayList<>();
    for (ProcurementRequirement r : ProcurementRequirement.values()) {
      if (report.settings().points().byRequirement().get(r).signum() == 0) {
        continue;
      }
      long missed = report.records().stream().flatMap(rec -> rec.checks().stream())
          .filter(c -> c.requirement() == r
              && (c.status() == ComplianceStatus.LATE || c.status() == ComplianceStatus.MISSING))
          .count();
      if (missed > 0) {
        reasons.add(TraceStep.of("evaluation.reason.procurement", "ProcurementRequirement." + r.name(), missed,
            r.legalBasis()));
      }
    }
    return reasons;
  }
}
