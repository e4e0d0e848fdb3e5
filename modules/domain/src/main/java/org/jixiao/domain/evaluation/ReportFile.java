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
import java.time.LocalDateTime;
import java.util.Objects;
import org.jixiao.domain.year.FiscalYear;

/** A generated report file: which format, how big, its SHA-256, who generated it and when. */
@Entity
@Table(name = "report_file")
@NamedQuery(
    name = ReportFile.OF_YEAR,
    query = "SELECT f FROM ReportFile f WHERE f.fiscalYear.id = :yearId ORDER BY f.generatedAt DESC, f.id DESC")
public class ReportFile {

  public static final String OF_YEAR = "ReportFile.ofYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ReportFormat format;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "generated_by", nullable = false, length = 100)
  private String generatedBy;

  @Column(name = "generated_at", nullable = false)
  private LocalDateTime generatedAt;

  protected ReportFile() {}

  public ReportFile(FiscalYear year, ReportFormat format, byte[] content, String by, LocalDateTime at) {
    this.fiscalYear = Objects.requireNonNull(year, "year");
    this.format = Objects.requireNonNull(format, "format");
    this.sizeBytes = content.length;
    this.sha256 = EvaluationSeal.sha256(content);
    this.generatedBy = Objects.requireNonNull(by, "by");
    this.generatedAt = Objects.requireNonNull(at, "at");
  }

  public ReportFormat format() { return format; }
  public long sizeBytes() { return sizeBytes; }
  public String sha256() { return sha256; }
  public String generatedBy() { return generatedBy; }
  public LocalDateTime generatedAt() { return generatedAt; }
}
