package org.jixiao.domain.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.year.FiscalYear;

/**
 * A special fund (专项资金) of a year, e.g. 市促进工业和信息化产业高质量发展专项资金: its budget lines, its
 * responsible divisions and, from the indicators module, its own performance score.
 */
@Entity
@Table(name = "special_fund")
@NamedQuery(
    name = SpecialFund.OF_YEAR,
    query = "SELECT f FROM SpecialFund f WHERE f.fiscalYear.id = :yearId ORDER BY f.sortOrder")
public class SpecialFund {

  public static final String OF_YEAR = "SpecialFund.ofYear";

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private FundSource source;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "special_fund_division",
      joinColumns = @JoinColumn(name = "special_fund_id"),
      inverseJoinColumns = @JoinColumn(name = "division_id"))
  private Set<Division> responsibleDivisions = new LinkedHashSet<>();

  @Version private long version;

  protected SpecialFund() {}

  /** Next year's fund of the same code, name, source, order and responsible divisions; its lines come later. */
  public SpecialFund copyTo(FiscalYear next) {
    next.requireOpen();
    SpecialFund copy = new SpecialFund();
    copy.fiscalYear = next;
    copy.code = code;
    copy.name = name;
    copy.source = source;
    copy.sortOrder = sortOrder;
    copy.responsibleDivisions = new LinkedHashSet<>(responsibleDivisions);
    return copy;
  }

  public Long id() {
    return id;
  }

  public FiscalYear fiscalYear() {
    return fiscalYear;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public FundSource source() {
    return source;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public Set<Division> responsibleDivisions() {
    return Set.copyOf(responsibleDivisions);
  }
}
