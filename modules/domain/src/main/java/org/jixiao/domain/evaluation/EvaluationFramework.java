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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.domain.year.FiscalYear;

/**
 * A year's evaluation framework: its items with weights adding up to 100, and the leadership group's chair who
 * records the consensus. Admins edit a draft; it is frozen once scoring starts.
 */
@Entity
@Table(name = "evaluation_framework")
@NamedQuery(
    name = EvaluationFramework.OF_YEAR,
    query = "SELECT f FROM EvaluationFramework f WHERE f.fiscalYear.id = :yearId")
public class EvaluationFramework {

  public static final String OF_YEAR = "EvaluationFramework.ofYear";
  public static final BigDecimal TOTAL_WEIGHT = new BigDecimal("100");

  public enum Status {
    DRAFT,
    FROZEN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(nullable = false, length = 100)
  private String chair;

  /** The leadership group's members who each fill in a review sheet, comma-separated usernames. */
  @Column(nullable = false, length = 500)
  private String members;

  @OneToMany(mappedBy = "framework")
  @OrderBy("sortOrder")
  private List<FrameworkItem> items = new ArrayList<>();

  @Version private long version;

  protected EvaluationFramework() {}

  /** A new draft framework of {@code year}; its items are added while it is a draft. */
  public EvaluationFramework(FiscalYear year, String chair, List<String> members) {
    Objects.requireNonNull(year, "year").requireOpen();
    this.fiscalYear = year;
    this.status = Status.DRAFT;
    this.chair = org.jixiao.domain.Checks.requireText(chair, 100, "evaluation.field.chair");
    this.members = String.join(",", Objects.requireNonNull(members, "members"));
    if (!members().contains(this.chair)) {
      throw new org.jixiao.domain.BusinessException("evaluation.chairNotMember", this.chair);
    }
  }

  /**
   * Next year's framework as a draft with this one's chair, members and items (not frozen, no scores); the caller
   * persists it and its items.
   */
  public EvaluationFramework draftFor(FiscalYear next) {
    EvaluationFramework copy = new EvaluationFramework(next, chair, members());
    for (FrameworkItem i : items) {
      copy.addItem(i.code(), i.block(), i.name(), i.weight(), i.source(), i.fullMarksAtRate().orElse(null));
    }
    return copy;
  }

  /** Adds an item to a draft (the caller persists it). */
  public FrameworkItem addItem(String code, FrameworkBlock block, String name, BigDecimal weight, ItemSource source,
      BigDecimal fullMarksAtRate) {
    requireDraft();
    if (code != null && item(code.strip()).isPresent()) {
      throw new org.jixiao.domain.BusinessException("evaluation.item.duplicate", code.strip());
    }
    FrameworkItem item = new FrameworkItem(this, code, block, name, weight, source, fullMarksAtRate, items.size() + 1);
    items.add(item);
    return item;
  }

  /** Changes a draft's item (its code stays). */
  public void changeItem(String code, FrameworkBlock block, String name, BigDecimal weight, ItemSource source,
      BigDecimal fullMarksAtRate) {
    requireDraft();
    FrameworkItem item = item(code).orElseThrow(
        () -> new org.jixiao.domain.BusinessException("evaluation.unknownItem", String.valueOf(code)));
    item.define(block, name, weight, source, fullMarksAtRate);
  }

  /** Takes an item out of a draft; the caller removes it. */
  public FrameworkItem removeItem(String code) {
    requireDraft();
    FrameworkItem item = item(code).orElseThrow(
        () -> new org.jixiao.domain.BusinessException("evaluation.unknownItem", String.valueOf(code)));
    items.remove(item);
    return item;
  }

  /**
   * Freezes the draft so the year is scored against a fixed framework: its weights must add up to 100 and a
   * leadership item or a computed one of each kind may appear once at most. Frozen stays frozen.
   */
  public void freeze() {
    fiscalYear.requireOpen();
    if (status == Status.FROZEN) {
      return;
    }
    if (items.isEmpty() || totalWeight().compareTo(TOTAL_WEIGHT) != 0) {
      throw new org.jixiao.domain.BusinessException("evaluation.freeze.weights", totalWeight().toPlainString());
    }
    long computedKinds = items.stream().filter(i -> !i.source().isLeadership()).map(FrameworkItem::source).distinct()
        .count();
    if (computedKinds != items.stream().filter(i -> !i.source().isLeadership()).count()) {
      throw new org.jixiao.domain.BusinessException("evaluation.freeze.sourceTwice");
    }
    status = Status.FROZEN;
  }

  private void requireDraft() {
    fiscalYear.requireOpen();
    if (status != Status.DRAFT) {
      throw new org.jixiao.domain.BusinessException("evaluation.frozen", fiscalYear.yearNumber());
    }
  }

  public Long id() { return id; }
  public FiscalYear fiscalYear() { return fiscalYear; }
  public Status status() { return status; }
  public String chair() { return chair; }
  public List<FrameworkItem> items() { return List.copyOf(items); }

  public Optional<FrameworkItem> item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public BigDecimal totalWeight() {
    return items.stream().map(FrameworkItem::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public List<String> members() {
    return java.util.Arrays.stream(members.split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList();
  }

  public boolean isMember(String username) {
    return members().contains(username);
  }

  public boolean isChair(String username) {
    return chair.equals(username);
  }
}
