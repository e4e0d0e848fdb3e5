package org.jixiao.procurement.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.domain.procurement.DeadlineCheck;
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
}
