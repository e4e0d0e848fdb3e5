package org.jixiao.domain.procurement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jixiao.domain.evidence.Evidence;

/** Evidence of a procurement's event: a link to the published notice (意向公开, 中标公告, 合同公告 …) or a file. */
@Entity
@Table(name = "procurement_document")
@NamedQuery(
    name = ProcurementDocument.OF_PROJECT,
    query = "SELECT d FROM ProcurementDocument d WHERE d.project.id = :projectId ORDER BY d.addedAt, d.id")
public class ProcurementDocument extends Evidence {

  public static final String OF_PROJECT = "ProcurementDocument.ofProject";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id")
  private ProcurementProject project;

  protected ProcurementDocument() {}

  private ProcurementDocument(ProcurementProject project, String title, String by, LocalDateTime at) {
    super(title, "procurement.field.documentTitle", by, at);
    Objects.requireNonNull(project, "project").fiscalYear().requireOpen();
    this.project = project;
  }

  public static ProcurementDocument link(ProcurementProject project, String title, String link, String by,
      LocalDateTime at) {
    ProcurementDocument d = new ProcurementDocument(project, title, by, at);
    d.linkTo(link, "procurement.field.documentLink");
    return d;
  }

  /** A file whose type and size the caller checked (EvidenceStore); written to disk once every check passed. */
  public static ProcurementDocument file(ProcurementProject project, String title, String fileName,
      String contentType, long size, String by, LocalDateTime at) {
    ProcurementDocument d = new ProcurementDocument(project, title, by, at);
    d.fileOf(fileName, "procurement.field.documentFile", contentType, size);
    return d;
  }

  public ProcurementProject project() { return project; }
}
