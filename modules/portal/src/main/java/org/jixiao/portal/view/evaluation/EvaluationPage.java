package org.jixiao.portal.view.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.evaluation.EvaluationScoring;
import org.jixiao.domain.evaluation.FrameworkBlock;
import org.jixiao.domain.evaluation.RecordRef;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.indicators.IndicatorTreePage;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.reporting.api.EvaluationView;
import org.jixiao.reporting.api.Evaluations;

/**
 * "Why 90.74" (自评得分): the framework by block, each item's score with its computation down to the records
 * (indicators, budget lines, late contracts) and the deduction reasons; the chair approves and seals, an admin
 * unseals with a reason.
 */
@Named
@ViewScoped
public class EvaluationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Evaluations evaluations;

  private Integer year;
  private EvaluationView view;
  private String unsealReason;

  public void load() {
    year = budgetYear.orCurrent(year);
    if (year == null) {
      return;
    }
    try {
      view = evaluations.evaluation(currentUser.caller(), year);
    } catch (BusinessException e) {
      view = null;
      FacesMessages.refused(e);
    }
  }

  public List<EvaluationScoring.ItemResult> itemsOf(FrameworkBlock block) {
    return view == null ? List.of()
        : view.result().items().stream().filter(i -> i.block() == block).toList();
  }

  public java.math.BigDecimal scoreOf(FrameworkBlock block) {
    return itemsOf(block).stream().filter(EvaluationScoring.ItemResult::isScored)
        .map(EvaluationScoring.ItemResult::score).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
  }

  public java.math.BigDecimal weightOf(FrameworkBlock block) {
    return itemsOf(block).stream().map(EvaluationScoring.ItemResult::weight)
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
  }

  public FrameworkBlock[] getBlocks() {
    return FrameworkBlock.values();
  }

  /** The page a trace's record opens on. */
  public String linkOf(RecordRef ref) {
    String context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
        .getRequestContextPath();
    String code = java.net.URLEncoder.encode(ref.code(), java.nio.charset.StandardCharsets.UTF_8);
    return switch (ref.kind()) {
      case INDICATOR -> context + "/indicators/tree.xhtml?year=" + year + "#" + IndicatorTreePage.anchorOf(ref.code());
      case BUDGET_LINE -> context + "/budget/line.xhtml?year=" + year + "&code=" + code;
      case PROCUREMENT -> context + "/procurement/record.xhtml?year=" + year + "&code=" + code;
    };
  }

  public boolean isMayApprove() {
    return view != null && !view.sealed() && currentUser.isLeadership()
        && currentUser.getUsername().equals(view.chair());
  }

  public boolean isMayUnseal() {
    return view != null && view.sealed() && currentUser.isAdmin();
  }

  public void approve() {
    try {
      String fingerprint = evaluations.approveAndSeal(currentUser.caller(), year);
      FacesMessages.info("evaluation.sealed", year, fingerprint);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public void unseal() {
    try {
      evaluations.unseal(currentUser.caller(), year, unsealReason);
      FacesMessages.info("evaluation.unsealed", year);
      unsealReason = null;
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public EvaluationView getView() { return view; }
  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
  public String getUnsealReason() { return unsealReason; }
  public void setUnsealReason(String reason) { this.unsealReason = reason; }
}
