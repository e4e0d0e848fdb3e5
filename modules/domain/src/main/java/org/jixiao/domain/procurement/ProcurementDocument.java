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

/** Evidence of a procurement's event: a link to the published notice (意向公开, 中标公告, 合同公告 …) or a file. */
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

  @Column(length = 1000)
  private String link;

  @Column(name = "file_name", length = 200)
  private String fileName;

  @Column(name = "content_type", length = 100)
  private String contentType;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  /** The generated name of the file on disk; set once every check has passed. */
  @Column(name = "stored_as", length = 100)
  private String storedAs;

  @Column(name = "added_by", nullable = false, length = 100)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private LocalDateTime addedAt;

  protected ProcurementDocument() {}

  private ProcurementDocument(ProcurementProject project, String title, String by, LocalDateTime at) {
    Objects.requireNonNull(project, "project").fiscalYear().requireOpen();
    this.project = project;
    this.title = Checks.requireText(title, 200, "procurement.field.documentTitle");
    this.addedBy = Objects.requireNonNull(by, "by");
    this.addedAt = Objects.requireNonNull(at, "at");
  }

  public static ProcurementDocument link(ProcurementProject project, String title, String link, String by,
      LocalDateTime at) {
    String checked = Checks.requireWebLink(link, "procurement.field.documentLink");
    ProcurementDocument d = new ProcurementDocument(project, title, by, at);
    d.link = checked;
    return d;
  }

  /** A file whose type and size the caller checked (EvidenceStore); {@link #storedAs(String)} names it on disk. */
  public static ProcurementDocument file(ProcurementProject project, String title, String fileName,
      String contentType, long size, String by, LocalDateTime at) {
    ProcurementDocument d = new ProcurementDocument(project, title, by, at);
    d.fileName = Checks.requireText(fileName, 200, "procurement.field.documentFile");
    d.contentType = Objects.requireNonNull(contentType, "contentType");
    d.sizeBytes = size;
    return d;
  }

  public void storedAs(String generatedName) {
    if (storedAs != null || link != null) {
      throw new IllegalStateException("Document " + id + " already has its content");
    }
    this.storedAs = Objects.requireNonNull(generatedName, "generatedName");
  }

  public Long id() { return id; }
  public String title() { return title; }
  public String link() { return link; }
  public String fileName() { return fileName; }
  public String contentType() { return contentType; }
  public Long sizeBytes() { return sizeBytes; }
  public String storedAs() { return storedAs; }
  public ProcurementProject project() { return project; }
  public String addedBy() { return addedBy; }
  public LocalDateTime addedAt() { return addedAt; }
}
