package mx.ine.cspen.seguimiento.commitment.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.ProgressReport;

/** A document handed in with a progress report. Never changed once written. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "commitment_id")
  private Commitment commitment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "progress_report_id")
  private ProgressReport progressReport;

  private int position;

  private String fileName;

  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;

  private byte[] content;

  private Instant uploadedAt;

  private String uploadedBy;

  protected EvidenceFile() {}

  EvidenceFile(
      ProgressReport progressReport,
      int position,
      CheckedFile file,
      Instant uploadedAt,
      String uploadedBy) {
    this.commitment = progressReport.getCommitment();
    this.progressReport = progressReport;
    this.position = position;
    this.fileName = file.name();
    this.contentType = file.contentType();
    this.size = file.content().length;
    this.sha256 = file.sha256();
    this.content = file.content();
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public Long getId() {
    return id;
  }

  Long progressReportId() {
    return progressReport.getId();
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
