package org.jixiao.domain.evaluation;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.text.Markup;
import org.jixiao.domain.text.RichText;
import org.jixiao.domain.year.FiscalYear;

/**
 * A narrative part of a year's report as the responsible people write it in the portal's editor (rich text:
 * paragraphs, headings, lists, bold, italic, underline), who last edited it and when. Every save is a
 * {@link ReportSectionRevision} (修改记录: who, when, the text), and is in the audit trail. Text written before the
 * editor existed is plain, one paragraph per line, and reads as such.
 */
@Entity
@Table(name = "report_section")
@NamedQuery(
    name = ReportSection.OF_YEAR,
    query = "SELECT s FROM ReportSection s WHERE s.fiscalYear.id = :yearId")
public class ReportSection {

  public static final String OF_YEAR = "ReportSection.ofYear";
  /** Characters of text, markup not counted. */
  public static final int MAX_CHARACTERS = 20_000;

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Markup markup;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "section", cascade = CascadeType.PERSIST)
  @OrderBy("number")
  private List<ReportSectionRevision> revisions = new ArrayList<>();

  protected ReportSection() {}

  public ReportSection(FiscalYear year, ReportSectionKind kind, RichText text, String by, LocalDateTime at) {
    this.fiscalYear = Objects.requireNonNull(year, "year");
    this.kind = Objects.requireNonNull(kind, "kind");
    write(text, by, at);
  }

  /** The editor's HTML, checked and sanitised ({@link RichText#fromEditor}) as this part's text. */
  public static RichText checkedText(ReportSectionKind kind, String editorHtml) {
    return RichText.fromEditor(editorHtml, MAX_CHARACTERS, fieldKey(kind));
  }

  /** Saves a new text as the next revision. */
  public ReportSectionRevision write(RichText text, String by, LocalDateTime at) {
    return store(Markup.HTML, Objects.requireNonNull(text, "text").html(), by, at);
  }

  /** Saves an earlier revision's text again, as it was written (plain stays plain), as the next revision. */
  public ReportSectionRevision restore(ReportSectionRevision earlier, String by, LocalDateTime at) {
    if (earlier.section() != this) {
      throw new IllegalArgumentException("a revision of another section");
    }
    return store(earlier.markup(), earlier.content(), by, at);
  }

  private ReportSectionRevision store(Markup markup, String content, String by, LocalDateTime at) {
    fiscalYear.requireOpen();
    RichText text = markup.read(content);
    if (text.isEmpty()) {
      throw new BusinessException("validation.required", new org.jixiao.domain.Label(fieldKey(kind)));
    }
    this.markup = markup;
    this.content = content;
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = Objects.requireNonNull(at, "at");
    ReportSectionRevision revision =
        new ReportSectionRevision(this, revisions.size() + 1, markup, content, by, at);
    revisions.add(revision);
    return revision;
  }

  /**
   * A save based on {@code seenVersion} is refused when someone saved since: "changed by X at T, reload", naming
   * the last editor.
   */
  public void requireVersion(long seenVersion) {
    if (seenVersion != version) {
      throw new BusinessException("concurrency.changed", updatedBy,
          updatedAt.withNano(0).toString().replace('T', ' '));
    }
  }

  /** The text as written, plain or rich. */
  public RichText text() {
    return markup.read(content);
  }

  /** Every save, oldest first. */
  public List<ReportSectionRevision> revisions() {
    return List.copyOf(revisions);
  }

  public ReportSectionRevision revision(int number) {
    return revisions.stream().filter(r -> r.number() == number).findFirst()
        .orElseThrow(() -> new BusinessException("report.revision.unknown", number));
  }

  private static String fieldKey(ReportSectionKind kind) {
    return "report.section." + kind.name();
  }

  public ReportSectionKind kind() { return kind; }
  public String content() { return content; }
  public Markup markup() { return markup; }
  public String updatedBy() { return updatedBy; }
  public LocalDateTime updatedAt() { return updatedAt; }
  public long version() { return version; }
}
