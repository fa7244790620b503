package mx.ine.cspen.seguimiento.commitment;

import java.util.List;

/**
 * A commitment with its whole history, oldest first.
 *
 * @param changes the values each correction changed, with their event
 */
public record CommitmentDetail(
    Commitment commitment,
    List<ProgressReport> progress,
    List<CommitmentEvent> events,
    List<CommitmentChange> changes) {

  /** What one event of the history changed, in order; empty for all but corrections. */
  public List<CommitmentChange> changesOf(CommitmentEvent event) {
    return changes.stream().filter(c -> c.getEvent().getId().equals(event.getId())).toList();
  }
}
