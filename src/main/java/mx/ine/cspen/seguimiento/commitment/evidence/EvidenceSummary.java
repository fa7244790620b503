package mx.ine.cspen.seguimiento.commitment.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An evidence file as lists show it, without its bytes.
 *
 * @param size in bytes
 * @param sha256 the content's SHA-256, in hexadecimal
 */
public record EvidenceSummary(
    Long id,
    @JsonIgnore Long progressReportId,
    String name,
    String contentType,
    long size,
    String sha256) {

  /** "245 KB", "1.2 MB", for pages. */
  public String readableSize() {
    return EvidenceSettings.readable(size);
  }
}
