package org.jixiao.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jixiao.domain.Checks;

/**
 * Evidence of a record (佐证材料): a link (http or https only: no javascript: or file: address reaches a page), or
 * a file stored outside the web root under a generated name (never the uploader's), with its original name, type
 * and size. Indicators and procurements each keep theirs in their own table.
 */
@MappedSuperclass
public abstract class Evidence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

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

  @Column(name = "stored_as", length = 300)
  private String storedAs;

  @Column(name = "added_by", nullable = false, length = 100)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private LocalDateTime addedAt;

  protected Evidence() {}

  protected Evidence(String title, String titleKey, String by, LocalDateTime at) {
    this.title = Checks.requireText(title, 200, titleKey);
    this.addedBy = Objects.requireNonNull(by, "by");
    this.addedAt = Objects.requireNonNull(at, "at");
  }

  protected void linkTo(String url, String fieldKey) {
    this.link = Checks.requireWebLink(url, fieldKey);
  }

  /** A file whose type and size the caller checked (EvidenceStore); {@link #storedAs(String)} names it on disk. */
  protected void fileOf(String name, String fieldKey, String type, long size) {
    this.fileName = Checks.requireText(name, 200, fieldKey);
    this.contentType = Objects.requireNonNull(type, "type");
    this.sizeBytes = size;
  }

  /** Where the file was written, once every check has passed. */
  public void storedAs(String generatedName) {
    if (storedAs != null || link != null) {
      throw new IllegalStateException("Evidence " + id + " already has its content");
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
  public String addedBy() { return addedBy; }
  public LocalDateTime addedAt() { return addedAt; }
}
