package mx.ine.cspen.seguimiento.commitment;

import java.util.List;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The drift check on demand, for administrators: {@code GET} runs it over every commitment, and a
 * repair brings one commitment's process back to what the commitment says.
 */
@RestController
@RequestMapping("/api/admin/process-drift")
class ProcessDriftController {

  private final CommitmentDriftCheck check;

  ProcessDriftController(CommitmentDriftCheck check) {
    this.check = check;
  }

  @GetMapping
  List<ProcessDrift> all(CurrentUser user) {
    RoleChecks.requireAdministrator(user, REVIEWS);
    return check.checkAll();
  }

  /** One commitment: its disagreements, none when it agrees. */
  @GetMapping("/{commitmentId}")
  ProcessDrift one(@PathVariable long commitmentId, CurrentUser user) {
    RoleChecks.requireAdministrator(user, REVIEWS);
    return check
        .check(commitmentId)
        .orElseGet(() -> new ProcessDrift(commitmentId, null, null, List.of()));
  }

  record Repair(String reason) {}

  /** Answers what was repaired. */
  @PostMapping("/{commitmentId}/repair")
  ProcessDrift repair(
      @PathVariable long commitmentId, @RequestBody Repair repair, CurrentUser user) {
    return check.repair(commitmentId, repair.reason(), user);
  }

  /** What only administrators do here, for the refusal. */
  static final String REVIEWS = "revisa y repara los procesos de los compromisos";
}
