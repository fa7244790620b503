package mx.ine.cspen.seguimiento.commitment;

import java.util.List;

/**
 * Where a commitment's process disagrees with what the commitment says (its status, its area), as
 * the drift check finds it.
 *
 * @param commitmentId the commitment
 * @param folio its folio
 * @param status its status, as the domain records it
 * @param problems each disagreement, in Spanish, for the administrator who repairs it
 */
public record ProcessDrift(
    long commitmentId, String folio, CommitmentStatus status, List<Problem> problems) {

  public record Problem(Kind kind, String description) {}

  /** The kinds of disagreement, each repaired in its own way. */
  public enum Kind {
    /** An open commitment has no running process (deleted, or ended behind its back). */
    NO_PROCESS,
    /** A concluded or cancelled commitment still has a running process. */
    PROCESS_STILL_RUNNING,
    /** A process runs for the commitment besides the one bound to it. */
    EXTRA_PROCESS,
    /** The commitment's process is suspended. */
    SUSPENDED,
    /** The process does not wait where the status says (or waits in two places). */
    WRONG_TASK,
    /** The area's progress task is offered to a group other than the commitment's area. */
    WRONG_GROUP
  }
}
