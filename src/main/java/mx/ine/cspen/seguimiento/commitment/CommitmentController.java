package mx.ine.cspen.seguimiento.commitment;

import java.net.URI;
import java.util.List;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commitments")
class CommitmentController {

  private final CommitmentService commitments;

  CommitmentController(CommitmentService commitments) {
    this.commitments = commitments;
  }

  @PostMapping
  ResponseEntity<CommitmentView> register(
      @RequestBody RegisterCommitment command, CurrentUser user) {
    CommitmentView created = CommitmentView.of(commitments.register(command, user));
    return ResponseEntity.created(URI.create("/api/commitments/" + created.id())).body(created);
  }

  @GetMapping
  List<CommitmentView> list(
      @RequestParam(required = false) CommitmentStatus status,
      @RequestParam(required = false) String areaCode,
      @RequestParam(required = false) Long sessionId,
      CurrentUser user) {
    return commitments.search(status, blankToNull(areaCode), sessionId, user).stream()
        .map(CommitmentView::of)
        .toList();
  }

  /**
   * The commitment with its progress and history; its ETag is the commitment's version, which every
   * write on it accepts as If-Match (a stale one answers 412 and changes nothing).
   */
  @GetMapping("/{id}")
  ResponseEntity<CommitmentDetailView> get(
      @PathVariable long id,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      CurrentUser user) {
    CommitmentService.CommitmentDetail detail = commitments.detail(id, user);
    String etag = CommitmentVersions.etag(detail.commitment());
    if (etag.equals(ifNoneMatch)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
    }
    return ResponseEntity.ok().eTag(etag).body(CommitmentDetailView.of(detail));
  }

  @PostMapping("/{id}/assignment")
  ResponseEntity<CommitmentDetailView> assign(
      @PathVariable long id,
      @RequestBody AssignArea command,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      CurrentUser user) {
    commitments.assign(id, command, user, CommitmentVersions.expected(ifMatch));
    return get(id, null, user);
  }

  @PostMapping("/{id}/progress")
  ResponseEntity<CommitmentDetailView> reportProgress(
      @PathVariable long id,
      @RequestBody ReportProgress command,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      CurrentUser user) {
    commitments.reportProgress(id, command, user, CommitmentVersions.expected(ifMatch));
    return get(id, null, user);
  }

  @PostMapping("/{id}/verification")
  ResponseEntity<CommitmentDetailView> verify(
      @PathVariable long id,
      @RequestBody VerifyFulfilment command,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      CurrentUser user) {
    commitments.verify(id, command, user, CommitmentVersions.expected(ifMatch));
    return get(id, null, user);
  }

  @PostMapping("/{id}/due-date")
  ResponseEntity<CommitmentDetailView> changeDueDate(
      @PathVariable long id,
      @RequestBody ChangeDueDate command,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      CurrentUser user) {
    commitments.changeDueDate(id, command, user, CommitmentVersions.expected(ifMatch));
    return get(id, null, user);
  }

  @PostMapping("/{id}/cancellation")
  ResponseEntity<CommitmentDetailView> cancel(
      @PathVariable long id,
      @RequestBody CancelCommitment command,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      CurrentUser user) {
    commitments.cancel(id, command, user, CommitmentVersions.expected(ifMatch));
    return get(id, null, user);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
