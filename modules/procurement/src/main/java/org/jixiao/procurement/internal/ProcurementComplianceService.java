package org.jixiao.procurement.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.organisation.Department;
import org.jixiao.domain.procurement.DeadlineCheck;
import org.jixiao.domain.procurement.ProcurementDeadlines;
import org.jixiao.domain.procurement.ProcurementProject;
import org.jixiao.domain.procurement.ProcurementScoring;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.YearScope;
import org.jixiao.procurement.api.ComplianceReport;
import org.jixiao.procurement.api.ProcurementCompliance;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class ProcurementComplianceService implements ProcurementCompliance {

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;

  @Override
  public ComplianceReport reportOf(Caller caller, int yearNumber, LocalDate asOf) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    ProcurementYear py = ProcurementYear.load(em, scope.year());
    boolean mayEdit = scope.caller().has(Role.DIVISION_HEAD) && !scope.year().isSealed();
    List<ComplianceReport.Record> visible = new ArrayList<>();
    List<List<DeadlineCheck>> all = new ArrayList<>();
    for (ProcurementProject p : py.projects(em)) {
      boolean own = p.division().code().equals(scope.caller().divisionCode());
      ComplianceReport.Record record = py.record(p, asOf, mayEdit && own);
      all.add(record.checks());
      if (scope.caller().mayRead(p.division().code())) {
        visible.add(record);
      }
    }
    return new ComplianceReport(yearNumber, py.budgetApproved, asOf, scope.year().isSealed(), py.ruleVersion,
        py.settings, visible, ProcurementScoring.score(all, py.settings.points()));
  }

  @Override
  public String ocdsPackage(Caller caller, int yearNumber, String packageUri) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    ProcurementYear py = ProcurementYear.load(em, scope.year());
    List<OcdsExport.Project> projects = py.projects(em).stream()
        .filter(p -> scope.caller().mayRead(p.division().code()))
        .map(p -> {
          ProcurementDeadlines.Events e = p.events(py.budgetApproved);
          return new OcdsExport.Project(p.code(), p.name(), p.division().name(), p.method().legalName(),
              p.amount().amount(), p.budgetLine().map(l -> l.code()).orElse(null),
              p.budgetLine().map(l -> l.name()).orElse(null), e.budgetApproved(), e.intentionPublished(),
              e.procurementStarted(), e.awardNotice(), e.contractSigned(), e.contractAnnounced(), e.contractFiled());
        })
        .toList();
    if (projects.isEmpty()) {
      throw new BusinessException("procurement.ocds.none", yearNumber);
    }
    Department department = scope.year().department();
    // the prefix stands in for a registered OCDS prefix (ocds-xxxxxx), which a real publisher obtains once
    return OcdsExport.releasePackage(new OcdsExport.Publisher(department.name(), department.code(), null),
        "ocds-jixiao-" + department.code(), yearNumber, Instant.now(), packageUri, projects).toString();
  }
}
