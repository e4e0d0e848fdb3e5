package org.jixiao.domain.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.money.Rate;
import org.jixiao.domain.year.FiscalYear;

/**
 * When budget execution lagging the time pace (序时进度) warns, per year: a lag of more than {@code yellowLag}
 * percentage points is yellow, more than {@code redLag} red. Defaults 5 and 15 points [C].
 */
@Entity
@Table(name = "budget_warning_rule")
public class BudgetWarningRule {

  public static final BigDecimal DEFAULT_YELLOW_LAG = new BigDecimal("5.00");
  public static final BigDecimal DEFAULT_RED_LAG = new BigDecimal("15.00");

  @Id
  @Column(name = "fiscal_year_id")
  private Long fiscalYearId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Column(name = "yellow_lag", nullable = false, precision = 5, scale = 2)
  private BigDecimal yellowLag;

  @Column(name = "red_lag", nullable = false, precision = 5, scale = 2)
  private BigDecimal redLag;

  @Version private long version;

  protected BudgetWarningRule() {}

  public BudgetWarningRule(FiscalYear fiscalYear) {
    this.fiscalYear = fiscalYear;
    this.yellowLag = DEFAULT_YELLOW_LAG;
    this.redLag = DEFAULT_RED_LAG;
  }

  /** Next year's rule, with this year's thresholds. */
  public BudgetWarningRule copyTo(FiscalYear next) {
    BudgetWarningRule copy = new BudgetWarningRule(next);
    copy.yellowLag = yellowLag;
    copy.redLag = redLag;
    return copy;
  }

  /** The defaults, for a year that has no rule of its own. */
  public static Thresholds defaults() {
    return new Thresholds(DEFAULT_YELLOW_LAG, DEFAULT_RED_LAG);
  }

  public Thresholds thresholds() {
    return new Thresholds(yellowLag, redLag);
  }

  public void change(BigDecimal yellow, BigDecimal red) {
    fiscalYear.requireOpen();
    Thresholds checked = new Thresholds(yellow, red);
    this.yellowLag = checked.yellowLag();
    this.redLag = checked.redLag();
  }

  /** The two thresholds, in percentage points of lag behind the pace. */
  public record Thresholds(BigDecimal yellowLag, BigDecimal redLag) {
    public Thresholds {
      if (yellowLag == null || redLag == null || yellowLag.signum() < 0 || redLag.compareTo(yellowLag) < 0
          || redLag.compareTo(new BigDecimal("100")) > 0) {
        throw new BusinessException("budget.warning.thresholds", yellowLag, redLag);
      }
      // percentage points with 2 decimals, as the table keeps them
      yellowLag = yellowLag.setScale(2, java.math.RoundingMode.HALF_UP);
      redLag = redLag.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The warning for an actual rate against the expected rate by now. */
    public PaceWarning warningFor(Rate actual, Rate expected) {
      BigDecimal lag = expected.percent().subtract(actual.percent());
      if (lag.compareTo(redLag) > 0) {
        return PaceWarning.RED;
      }
      return lag.compareTo(yellowLag) > 0 ? PaceWarning.YELLOW : PaceWarning.GREEN;
    }
  }
}
