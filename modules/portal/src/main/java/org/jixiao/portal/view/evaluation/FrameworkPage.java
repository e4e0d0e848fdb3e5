package org.jixiao.portal.view.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.evaluation.FrameworkBlock;
import org.jixiao.domain.evaluation.ItemSource;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.reporting.api.Evaluations;
import org.jixiao.reporting.api.FrameworkView;

/**
 * The year's evaluation framework (评价指标体系) for admins: its items with weights and sources; a draft is edited
 * here and frozen when whole (weights 100) — a frozen one is shown read-only.
 */
@Named
@ViewScoped
public class FrameworkPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Evaluations evaluations;

  private Integer year;
  private FrameworkView framework;
  private String code;
  private FrameworkBlock block;
  private String name;
  private BigDecimal weight;
  private ItemSource source;
  private BigDecimal fullMarksAtRate;

  public void load() {
    year = budgetYear.orCurrent(year);
    if (year == null) {
      return;
    }
    try {
      framework = evaluations.framework(currentUser.caller(), year);
    } catch (BusinessException e) {
      framework = null;
      FacesMessages.refused(e);
    }
  }

  /** Puts an item into the form to change it. */
  public void edit(FrameworkView.Item item) {
    code = item.code();
    block = item.block();
    name = item.name();
    weight = item.weight();
    source = item.source();
    fullMarksAtRate = item.fullMarksAtRate();
  }

  public void save() {
    change(() -> evaluations.saveItem(currentUser.caller(), year,
        new FrameworkView.Item(code, block, name, weight, source, fullMarksAtRate)), "evaluation.framework.saved");
  }

  public void remove(String itemCode) {
    change(() -> evaluations.removeItem(currentUser.caller(), year, itemCode), "evaluation.framework.removed");
  }

  public void freeze() {
    change(() -> evaluations.freeze(currentUser.caller(), year), "evaluation.framework.frozen");
  }

  private void change(Runnable action, String doneKey) {
    try {
      action.run();
      FacesMessages.info(doneKey);
      code = null;
      name = null;
      weight = null;
      fullMarksAtRate = null;
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public FrameworkBlock[] getBlocks() { return FrameworkBlock.values(); }
  public ItemSource[] getSources() { return ItemSource.values(); }
  public FrameworkView getFramework() { return framework; }
  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public FrameworkBlock getBlock() { return block; }
  public void setBlock(FrameworkBlock block) { this.block = block; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public BigDecimal getWeight() { return weight; }
  public void setWeight(BigDecimal weight) { this.weight = weight; }
  public ItemSource getSource() { return source; }
  public void setSource(ItemSource source) { this.source = source; }
  public BigDecimal getFullMarksAtRate() { return fullMarksAtRate; }
  public void setFullMarksAtRate(BigDecimal rate) { this.fullMarksAtRate = rate; }
}
