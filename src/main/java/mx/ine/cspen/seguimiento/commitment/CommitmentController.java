package mx.ine.cspen.seguimiento.commitment;

import java.net.URI;
import java.util.List;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

  @GetMapping("/{id}")
  CommitmentDetailView get(@PathVariable long id, CurrentUser user) {
    return CommitmentDetailView.of(commitments.detail(id, user));
  }

  @PostMapping("/{id}/assignment")
  CommitmentDetailView assign(
      @PathVariable long id, @RequestBody AssignArea command, CurrentUser user) {
    commitments.assign(id, command, user);
    return get(id, user);
  }

  @PostMapping("/{id}/progress")
  CommitmentDetailView reportProgress(
      @PathVariable long id, @RequestBody ReportProgress command, CurrentUser user) {
    commitments.reportProgress(id, command, user);
    return get(id, user);
  }

  @PostMapping("/{id}/verification")
  CommitmentDetailView verify(
      @PathVariable long id, @RequestBody VerifyFulfilment command, CurrentUser user) {
    commitments.verify(id, command, user);
    return get(id, user);
  }

  @PostMapping("/{id}/due-date")
  CommitmentDetailView changeDueDate(
      @PathVariable long id, @RequestBody ChangeDueDate command, CurrentUser user) {
    commitments.changeDueDate(id, command, user);
    return get(id, user);
  }

  @PostMapping("/{id}/cancellation")
  CommitmentDetailView cancel(
      @PathVariable long id, @RequestBody CancelCommitment command, CurrentUser user) {
    commitments.cancel(id, command, user);
    return get(id, user);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
