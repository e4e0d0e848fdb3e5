package org.jixiao.domain.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.year.FiscalYear;

/** A government procurement (政府采购项目) of a year with its dated events; its deadlines are computed. */
@Entity
@Table(name = "procurement_project")
@NamedQuery(
    name = ProcurementProject.OF_YEAR,
    query = "SELECT p FROM ProcurementProject p JOIN FETCH p.division WHERE p.fiscalYear.id = :yearId ORDER BY p.code")
public class ProcurementProject {

  public static final String OF_YEAR = "ProcurementProject.ofYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "division_id")
  private Division division;

  @Column(nullable = false)
  private Money amount;

  @Column(nullable = false, length = 30)
  private String method;

  @Column(name = "intention_published")
  private LocalDate intentionPublished;

  @Column(name = "procurement_started")
  private LocalDate procurementStarted;

  @Column(name = "award_notice")
  private LocalDate awardNotice;

  @Column(name = "contract_signed")
  private LocalDate contractSigned;

  @Column(name = "contract_announced")
  private LocalDate contractAnnounced;

  @Column(name = "contract_filed")
  private LocalDate contractFiled;

  @Version private long version;

  protected ProcurementProject() {}

  /** The events the deadlines count from and to, with the year's budget approval date. */
  public ProcurementDeadlines.Events events(LocalDate budgetApproved) {
    return new ProcurementDeadlines.Events(budgetApproved, intentionPublished, procurementStarted, awardNotice,
        contractSigned, contractAnnounced, contractFiled);
  }

  public Long id() { return id; }
  public String code() { return code; }
  public String name() { return name; }
  public Division division() { return division; }
  public Money amount() { return amount; }
  public String method() { return method; }
}
