package org.jixiao.portal.view.procurement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;
import org.jixiao.domain.procurement.ProcurementDeadlines;
import org.jixiao.domain.procurement.ProcurementRequirement;
import org.jixiao.domain.procurement.ProcurementScoring;
import org.jixiao.domain.procurement.ProcurementSettings;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.procurement.api.ProcurementRecords;
import org.jixiao.procurement.api.ProcurementRuleVersion;

/** Admins edit the year's procurement rule (deadline lengths, points of 采购管理); each save is a new version. */
@Named
@ViewScoped
public class ProcurementRulePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private ProcurementRecords records;

  private Integer year;
  private List<ProcurementRuleVersion> versions = List.of();
  private Integer[] days = new Integer[5];
  private final Map<ProcurementRequirement, BigDecimal> points = new EnumMap<>(ProcurementRequirement.class);

  public void load(Integer requestedYear) {
    year = budgetYear.orCurrent(requestedYear);
    if (year == null) {
      return;
    }
    try {
      versions = records.rules(currentUser.caller(), year);
      ProcurementSettings current = versions.isEmpty() ? ProcurementSettings.DEFAULTS : versions.get(0).settings();
      ProcurementDeadlines.Lengths l = current.lengths();
      days = new Integer[] {l.intentionDaysAfterApproval(), l.intentionDaysBeforeStart(), l.signDaysAfterAward(),
        l.announceWorkingDays(), l.fileWorkingDays()};
      points.clear();
      points.putAll(current.points().byRequirement());
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public void save() {
    try {
      for (Integer d : days) {
        if (d == null) {
          throw new BusinessException("validation.required", new Label("procurement.rule.title"));
        }
      }
      records.changeRule(currentUser.caller(), year, new ProcurementSettings(
          new ProcurementDeadlines.Lengths(days[0], days[1], days[2], days[3], days[4]),
          new ProcurementScoring.Points(new EnumMap<>(points))));
      FacesMessages.info("procurement.rule.saved");
      load(year);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public ProcurementRequirement[] getRequirements() {
    return ProcurementRequirement.values();
  }

  public List<ProcurementRuleVersion> getVersions() { return versions; }
  public Integer getYear() { return year; }
  public Integer[] getDays() { return days; }
  public Map<ProcurementRequirement, BigDecimal> getPoints() { return points; }
}
