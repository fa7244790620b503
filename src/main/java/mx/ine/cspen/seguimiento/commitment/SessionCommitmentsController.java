package mx.ine.cspen.seguimiento.commitment;

import java.net.URI;
import java.util.List;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A session's agreements and commitments registered at once: all or nothing. */
@RestController
class SessionCommitmentsController {

  private final CommitmentRegistry commitments;

  SessionCommitmentsController(CommitmentRegistry commitments) {
    this.commitments = commitments;
  }

  @PostMapping("/api/sessions/{id}/commitments")
  ResponseEntity<List<RegisteredView>> registerAll(
      @PathVariable long id, @RequestBody List<SessionCommitment> rows, CurrentUser user) {
    List<RegisteredView> created =
        commitments.registerAll(id, rows, user).stream()
            .map(c -> RegisteredView.of(c, commitments))
            .toList();
    return ResponseEntity.created(URI.create("/api/commitments?sessionId=" + id)).body(created);
  }
}
