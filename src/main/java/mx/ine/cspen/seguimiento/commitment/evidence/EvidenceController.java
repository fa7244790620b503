package mx.ine.cspen.seguimiento.commitment.evidence;

import java.nio.charset.StandardCharsets;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evidence files and the commitment's whole file, for whoever may read the commitment. Files
 * are always downloaded (attachment), never shown inside the application's pages.
 */
@RestController
@RequestMapping("/api/commitments/{id}")
class EvidenceController {

  private final EvidenceService evidence;
  private final CommitmentFileArchive archive;

  EvidenceController(EvidenceService evidence, CommitmentFileArchive archive) {
    this.evidence = evidence;
    this.archive = archive;
  }

  @GetMapping("/files/{fileId}")
  ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId, CurrentUser user) {
    EvidenceFile file = evidence.file(id, fileId, user);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.getContentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.getFileName()))
        .header("X-Content-SHA256", file.getSha256())
        .body(file.getContent());
  }

  @GetMapping("/expediente.zip")
  ResponseEntity<byte[]> expediente(@PathVariable long id, CurrentUser user) {
    CommitmentFileArchive.Archive zip = archive.archive(id, user);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(zip.fileName()))
        .body(zip.bytes());
  }

  static String attachment(String name) {
    return ContentDisposition.attachment()
        .filename(name, StandardCharsets.UTF_8)
        .build()
        .toString();
  }
}
