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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jixiao.domain.Checks;
import org.jixiao.domain.year.FiscalYear;

/**
 * A narrative part of a year's report as plain paragraphs (one per line), who last edited it and when; every
 * edit is in the audit trail with the old and new text.
 */
@Entity
@Table(name = "report_section")
@NamedQuery(
    name = ReportSection.OF_YEAR,
    query = "SELECT s FROM ReportSection s WHERE s.fiscalYear.id = :yearId")
public class ReportSection {

  public static final String OF_YEAR = "ReportSection.ofYear";
  public static final int MAX_LENGTH = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ReportSectionKind kind;

  @Column(nullable = false)
  private String content;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected ReportSection() {}

  public ReportSection(FiscalYear year, ReportSectionKind kind, String content, String by, LocalDateTime at) {
    this.fiscalYear = Objects.requireNonNull(year, "year");
    this.kind = Objects.requireNonNull(kind, "kind");
    write(content, by, at);
  }

  public void write(String text, String by, LocalDateTime at) {
    fiscalYear.requireOpen();
    this.content = Checks.requireText(text == null ? null : text.replace("\r\n", "\n"), MAX_LENGTH,
        "report.section." + kind.name());
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = Objects.requireNonNull(at, "at");
  }

  /** The text's paragraphs, blank lines dropped. */
  public List<String> paragraphs() {
    return Arrays.stream(content.split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  public ReportSectionKind kind() { return kind; }
  public String content() { return content; }
  public String updatedBy() { return updatedBy; }
  public LocalDateTime updatedAt() { return updatedAt; }
  public long version() { return version; }
}
