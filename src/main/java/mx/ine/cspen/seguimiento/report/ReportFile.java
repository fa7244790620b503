package mx.ine.cspen.seguimiento.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** One file of a report (JSON, DOCX or PDF) with its SHA-256. */
@Entity
@Table(name = "follow_up_report_file")
public class ReportFile {

  @EmbeddedId private Key key;

  private byte[] content;

  private String sha256;

  private Instant generatedAt;

  protected ReportFile() {}

  ReportFile(long reportId, ReportFileKind kind, byte[] content, Instant generatedAt) {
    this.key = new Key(reportId, kind);
    replace(content, generatedAt);
  }

  /** A regenerated draft's file; the service never calls this for an issued report. */
  void replace(byte[] newContent, Instant at) {
    this.content = newContent.clone();
    this.sha256 = sha256(newContent);
    this.generatedAt = at;
  }

  public ReportFileKind getKind() {
    return key.kind();
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getGeneratedAt() {
    return generatedAt;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** The report and the kind of file: one file of each kind per report. */
  @Embeddable
  public record Key(
      @Column(name = "report_id") long reportId,
      @Enumerated(EnumType.STRING) @Column(name = "file_kind") ReportFileKind kind)
      implements Serializable {}
}
