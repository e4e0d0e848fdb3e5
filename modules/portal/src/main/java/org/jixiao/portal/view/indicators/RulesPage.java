package org.jixiao.portal.view.indicators;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.Label;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.indicators.ScoringSettings;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.indicators.api.RuleVersion;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.shared.FacesMessages;

/** Admins edit the year's scoring rules (评分规则); every save is a new, audited version. */
@Named
@ViewScoped
public class RulesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Indicators indicators;

  private Integer year;
  private List<RuleVersion> versions;
  private BigDecimal overshootThreshold;
  private BigDecimal overshootPercent;
  private Integer scale;
  private BigDecimal outputPoints;
  private BigDecimal benefitPoints;
  private BigDecimal specialFundPoints;

  public void load() {
    year = budgetYear.orCurrent(year);
    if (year == null) {
      return;
    }
    try {
      versions = indicators.rules(currentUser.caller(), year);
      ScoringSettings current = versions.isEmpty() ? ScoringSettings.GUANGZHOU_DEFAULTS : versions.get(0).settings();
      overshootThreshold = current.overshootThreshold();
      overshootPercent = current.overshootFactor().movePointRight(2).stripTrailingZeros();
      scale = current.scale();
      outputPoints = current.outputPoints();
      benefitPoints = current.benefitPoints();
      specialFundPoints = current.specialFundPoints();
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public void save() {
    try {
      if (overshootPercent == null || scale == null) {
        throw new BusinessException("validation.required", new Label("scoring.rule.title"));
      }
      indicators.changeRules(currentUser.caller(), year, new ScoringSettings(overshootThreshold,
          overshootPercent.movePointLeft(2), scale, outputPoints, benefitPoints, specialFundPoints));
      FacesMessages.info("scoring.rule.saved");
      load();
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public List<RuleVersion> getVersions() { return versions; }
  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
  public BigDecimal getOvershootThreshold() { return overshootThreshold; }
  public void setOvershootThreshold(BigDecimal v) { this.overshootThreshold = v; }
  public BigDecimal getOvershootPercent() { return overshootPercent; }
  public void setOvershootPercent(BigDecimal v) { this.overshootPercent = v; }
  public Integer getScale() { return scale; }
  public void setScale(Integer v) { this.scale = v; }
  public BigDecimal getOutputPoints() { return outputPoints; }
  public void setOutputPoints(BigDecimal v) { this.outputPoints = v; }
  public BigDecimal getBenefitPoints() { return benefitPoints; }
  public void setBenefitPoints(BigDecimal v) { this.benefitPoints = v; }
  public BigDecimal getSpecialFundPoints() { return specialFundPoints; }
  public void setSpecialFundPoints(BigDecimal v) { this.specialFundPoints = v; }
}
