package org.jixiao.portal.view.indicators;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.domain.BusinessException;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.indicators.api.ReviewItem;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.shared.FacesMessages;

/** The leadership group's review queue (指标审核): submitted targets and actuals, adjustment requests. */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Indicators indicators;

  private Integer year;
  private List<ReviewItem> queue;
  /** The comment typed per queue item (kind + code). */
  private final Map<String, String> comments = new HashMap<>();

  public void load() {
    year = budgetYear.orCurrent(year);
    if (year == null) {
      return;
    }
    try {
      queue = indicators.reviewQueue(currentUser.caller(), year);
    } catch (BusinessException e) {
      queue = List.of();
      FacesMessages.refused(e);
    }
  }

  public static String keyOf(ReviewItem item) {
    return item.kind().name() + ":" + item.indicator().code();
  }

  public void decide(ReviewItem item, boolean approve) {
    String code = item.indicator().code();
    String comment = comments.get(keyOf(item));
    try {
      switch (item.kind()) {
        case TARGET -> indicators.reviewTarget(currentUser.caller(), year, code, approve, comment);
        case ACTUAL -> indicators.reviewActual(currentUser.caller(), year, code, approve, comment);
        case ADJUSTMENT -> indicators.decideAdjustment(currentUser.caller(), year, code, approve, comment);
      }
      comments.remove(keyOf(item));
      FacesMessages.info("indicators.reviewed");
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public List<ReviewItem> getQueue() { return queue; }
  public Map<String, String> getComments() { return comments; }
  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
}
