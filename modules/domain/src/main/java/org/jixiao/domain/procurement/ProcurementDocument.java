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
import java.time.LocalDateTime;
import java.util.Objects;
import org.jixiao.domain.Checks;

/** Evidence of a procurement's event: a link to the published notice (意向公开, 中标公告, 合同公告 …). */
@Entity
@Table(name = "procurement_document")
@NamedQuery(
    name = ProcurementDocument.OF_PROJECT,
    query = "SELECT d FROM ProcurementDocument d WHERE d.project.id = :projectId ORDER BY d.addedAt, d.id")
public class ProcurementDocument {

  public static final String OF_PROJECT = "ProcurementDocument.ofProject";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id")
  private ProcurementProject project;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 1000)
  private String link;

  @Column(name = "added_by", nullable = false, length = 100)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private LocalDateTime addedAt;

  protected ProcurementDocument() {}

  public ProcurementDocument(ProcurementProject project, String title, String link, String by, LocalDateTime at) {
    Objects.requireNonNull(project, "project").fiscalYear().requireOpen();
    this.project = project;
    this.title = Checks.requireText(title, 200, "procurement.field.documentTitle");
    this.link = Checks.requireWebLink(link, "procurement.field.documentLink");
    this.addedBy = Objects.requireNonNull(by, "by");
    this.addedAt = Objects.requireNonNull(at, "at");
  }

  public Long id() { return id; }
  public String title() { return title; }
  public String link() { return link; }
  public String addedBy() { return addedBy; }
  public LocalDateTime addedAt() { return addedAt; }
}
