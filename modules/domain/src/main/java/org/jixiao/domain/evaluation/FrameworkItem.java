package org.jixiao.domain.evaluation;

import org.jixiao.domain.audit.AuditState;
import org.jixiao.domain.audit.Audited;

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
public class FrameworkItem implements Audited {

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
    this.sortOrder = sortOrder;
    define(block, name, weight, source, fullMarksAtRate);
  }

  /** Every check before any change: a name, a weight of (0, 100] with 2 decimals, a rate rule only on rate items. */
  void define(FrameworkBlock newBlock, String newName, BigDecimal newWeight, ItemSource newSource,
      BigDecimal newFullMarksAtRate) {
    if (newBlock == null) {
      throw new org.jixiao.domain.BusinessException("validation.required",
          new org.jixiao.domain.Label("evaluation.field.block"));
    }
    if (newSource == null) {
      throw new org.jixiao.domain.BusinessException("validation.required",
          new org.jixiao.domain.Label("evaluation.field.source"));
    }
    String checkedName = org.jixiao.domain.Checks.requireText(newName, 100, "evaluation.field.name");
    if (newWeight == null || newWeight.signum() <= 0 || newWeight.compareTo(EvaluationFramework.TOTAL_WEIGHT) > 0
        || newWeight.stripTrailingZeros().scale() > 2) {
      throw new org.jixiao.domain.BusinessException("evaluation.weight.range", checkedName);
    }
    boolean rate = newSource.measure().map(MeasureKind::isRate).orElse(false);
    if (newFullMarksAtRate != null && (!rate || newFullMarksAtRate.signum() <= 0
        || newFullMarksAtRate.compareTo(EvaluationFramework.TOTAL_WEIGHT) > 0)) {
      throw new org.jixiao.domain.BusinessException("evaluation.fullMarks.invalid", checkedName);
    }
    this.block = newBlock;
    this.name = checkedName;
    this.weight = newWeight;
    this.source = newSource;
    this.fullMarksAtRate = newFullMarksAtRate;
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


  @Override
  public String auditState() {
    return new AuditState()
        .with("编码", code)
        .with("名称", name)
        .with("部分", block)
        .with("分值", weight)
        .with("来源", source)
        .with("满分完成率", fullMarksAtRate)
        .toString();
  }
}
