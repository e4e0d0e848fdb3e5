package org.jixiao.portal.view.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.evaluation.ItemScore;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.reporting.api.Evaluations;
import org.jixiao.reporting.api.ReviewBoard;

/**
 * The leadership review (领导小组评分表): every member's sheet side by side with disagreements marked; a member
 * fills in their own sheet, the chair records the consensus per item.
 */
@Named
@ViewScoped
public class ReviewSheetsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Evaluations evaluations;

  private Integer year;
  private ReviewBoard board;
  private final Map<String, BigDecimal> myScores = new HashMap<>();
  private final Map<String, String> myReasons = new HashMap<>();
  private final Map<String, BigDecimal> consensusScores = new HashMap<>();
  private final Map<String, String> consensusReasons = new HashMap<>();

  public void load() {
    year = budgetYear.orCurrent(year);
    if (year == null) {
      return;
    }
    try {
      board = evaluations.reviewBoard(currentUser.caller(), year);
      for (ReviewBoard.Row row : board.rows()) {
        ReviewBoard.Entry mine = row.sheetOf(currentUser.getUsername());
        myScores.put(row.itemCode(), mine == null ? null : mine.score());
        myReasons.put(row.itemCode(), mine == null ? null : mine.reason());
        consensusScores.put(row.itemCode(), row.consensus() == null ? null : row.consensus().score());
        consensusReasons.put(row.itemCode(), row.consensus() == null ? null : row.consensus().reason());
      }
    } catch (BusinessException e) {
      board = null;
      FacesMessages.refused(e);
    }
  }

  public void saveMine(String itemCode) {
    try {
      evaluations.scoreItem(currentUser.caller(), year, itemCode,
          new ItemScore(myScores.get(itemCode), myReasons.get(itemCode)));
      FacesMessages.info("evaluation.review.saved", itemCode);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public void saveConsensus(String itemCode) {
    try {
      evaluations.recordConsensus(currentUser.caller(), year, itemCode,
          new ItemScore(consensusScores.get(itemCode), consensusReasons.get(itemCode)));
      FacesMessages.info("evaluation.consensus.saved", itemCode);
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public ReviewBoard getBoard() { return board; }
  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
  public Map<String, BigDecimal> getMyScores() { return myScores; }
  public Map<String, String> getMyReasons() { return myReasons; }
  public Map<String, BigDecimal> getConsensusScores() { return consensusScores; }
  public Map<String, String> getConsensusReasons() { return consensusReasons; }
}
