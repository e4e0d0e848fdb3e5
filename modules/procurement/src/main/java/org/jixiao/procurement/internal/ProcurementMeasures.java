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
    List<RecordRef> late = report.records().stream().filter(ComplianceReport.Record::flagged)
        .map(r -> new RecordRef(RecordRef.Kind.PROCUREMENT, r.code(), r.name()))
        .toList();
    return List.of(new Measure(MeasureKind.PROCUREMENT_SCORE, report.score().score(), report.score().points(),
        report.score().trace(), late));
  }
}
