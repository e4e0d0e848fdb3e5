package org.jixiao.domain.evaluation;

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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.domain.Checks;
import org.jixiao.domain.year.FiscalYear;

/**
 * One sealing of a year: the approved evaluation's snapshot (scores, traces, report inputs) and its SHA-256,
 * printed on the report so a copy can be checked. Unsealing keeps the row with who, when and why.
 */
@Entity
@Table(name = "evaluation_seal")
@NamedQuery(
    name = EvaluationSeal.OF_YEAR,
    query = "SELECT s FROM EvaluationSeal s WHERE s.fiscalYear.id = :yearId ORDER BY s.sealedAt DESC, s.id DESC")
public class EvaluationSeal {

  public static final String OF_YEAR = "EvaluationSeal.ofYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id")
  private FiscalYear fiscalYear;

  @Column(name = "sealed_by", nullable = false, length = 100)
  private String sealedBy;

  @Column(name = "sealed_at", nullable = false)
  private LocalDateTime sealedAt;

  @Column(nullable = false)
  private String snapshot;

  @Column(nullable = false, length = 64)
  private String fingerprint;

  @Column(name = "unsealed_by", length = 100)
  private String unsealedBy;

  @Column(name = "unsealed_at")
  private LocalDateTime unsealedAt;

  @Column(name = "unseal_reason", length = 1000)
  private String unsealReason;

  @Version private long version;

  protected EvaluationSeal() {}

  /** Seals {@code year} with {@code snapshot}; the year becomes read-only. */
  public EvaluationSeal(FiscalYear year, String snapshot, String by, LocalDateTime at) {
    Objects.requireNonNull(year, "year").seal();
    this.fiscalYear = year;
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.fingerprint = sha256(snapshot);
    this.sealedBy = Objects.requireNonNull(by, "by");
    this.sealedAt = Objects.requireNonNull(at, "at");
  }

  /** An admin opens the year again, with a reason. */
  public void unseal(String reason, String by, LocalDateTime at) {
    String checked = Checks.requireText(reason, 1000, "evaluation.field.unsealReason");
    fiscalYear.unseal();
    this.unsealReason = checked;
    this.unsealedBy = Objects.requireNonNull(by, "by");
    this.unsealedAt = Objects.requireNonNull(at, "at");
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  public boolean isInForce() {
    return unsealedAt == null;
  }

  public String snapshot() { return snapshot; }
  public String fingerprint() { return fingerprint; }
  public String sealedBy() { return sealedBy; }
  public LocalDateTime sealedAt() { return sealedAt; }
  public Optional<String> unsealedBy() { return Optional.ofNullable(unsealedBy); }
  public Optional<LocalDateTime> unsealedAt() { return Optional.ofNullable(unsealedAt); }
  public Optional<String> unsealReason() { return Optional.ofNullable(unsealReason); }
}
