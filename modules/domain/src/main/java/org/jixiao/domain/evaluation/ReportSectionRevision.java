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
import java.time.LocalDateTime;
import java.util.Objects;
import org.jixiao.domain.text.Markup;
import org.jixiao.domain.text.RichText;

/**
 * One save of a report's narrative part (修改记录): its number within the part, who saved it, when, and the text as
 * saved. Never changed afterwards.
 */
@Entity
@Table(name = "report_section_revision")
public class ReportSectionRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "section_id")
  private ReportSection section;

  @Column(name = "revision_number", nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Markup markup;

  @Column(nullable = false)
  private String content;

  @Column(name = "edited_by", nullable = false, length = 100)
  private String editedBy;

  @Column(name = "edited_at", nullable = false)
  private LocalDateTime editedAt;

  protected ReportSectionRevision() {}

  ReportSectionRevision(ReportSection section, int number, Markup markup, String content, String by,
      LocalDateTime at) {
    this.section = Objects.requireNonNull(section, "section");
    this.number = number;
    this.markup = Objects.requireNonNull(markup, "markup");
    this.content = Objects.requireNonNull(content, "content");
    this.editedBy = Objects.requireNonNull(by, "by");
    this.editedAt = Objects.requireNonNull(at, "at");
  }

  public RichText text() {
    return markup.read(content);
  }

  ReportSection section() { return section; }
  public int number() { return number; }
  public Markup markup() { return markup; }
  public String content() { return content; }
  /** Characters of text, formatting not counted. */
  public int characters() { return text().characters(); }
  public String editedBy() { return editedBy; }
  public LocalDateTime editedAt() { return editedAt; }
}
