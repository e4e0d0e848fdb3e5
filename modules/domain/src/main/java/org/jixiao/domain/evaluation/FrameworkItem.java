package org.jixiao.domain.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One item of the framework (e.g. 采购管理, 10 points, from procurement). A rate item scores weight × rate, or full
 * marks from {@code fullMarksAtRate} percent on when the year's rule says so.
 */
@Entity
@Table(name = "framework_item")
public class FrameworkItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id")
  private EvaluationFramework framework;

  @Column(nullable = false, length = 20)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private FrameworkBlock block;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false)
  private BigDecimal weight;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ItemSource source;

  @Column(name = "full_marks_at_rate")
  private BigDecimal fullMarksAtRate;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Version private long version;

  protected FrameworkItem() {}

  FrameworkItem(EvaluationFramework framework, String code, FrameworkBlock block, String name, BigDecimal weight,
      ItemSource source, BigDecimal fullMarksAtRate, int sortOrder) {
    this.framework = java.util.Objects.requireNonNull(framework, "framework");
    this.code = org.jixiao.domain.Checks.requireText(code, 20, "evaluation.field.code");
    this.block = java.util.Objects.requireNonNull(block, "block");
    this.name = org.jixiao.domain.Checks.requireText(name, 100, "evaluation.field.name");
    if (weight == null || weight.signum() <= 0 || weight.compareTo(EvaluationFramework.TOTAL_WEIGHT) > 0) {
      throw new org.jixiao.domain.BusinessException("evaluation.weight.range", name);
    }
    this.weight = weight;
    this.source = java.util.Objects.requireNonNull(source, "source");
    this.fullMarksAtRate = fullMarksAtRate;
    this.sortOrder = sortOrder;
  }

  public Long id() { return id; }
  public EvaluationFramework framework() { return framework; }
  public String code() { return code; }
  public FrameworkBlock block() { return block; }
  public String name() { return name; }
  public BigDecimal weight() { return weight; }
  public ItemSource source() { return source; }
  public Optional<BigDecimal> fullMarksAtRate() { return Optional.ofNullable(fullMarksAtRate); }
  public int sortOrder() { return sortOrder; }
}
