package mx.ine.cspen.seguimiento.commitment;

import java.util.Optional;

/**
 * A commitment with the latest of its history only: what a task's form and a notice show, read
 * without loading the whole history.
 *
 * @param lastProgress the latest progress report, with its references
 * @param lastEvent the latest event
 */
public record CommitmentLatest(
    Commitment commitment,
    Optional<ProgressReport> lastProgress,
    Optional<CommitmentEvent> lastEvent) {

  /** Whether the latest thing that happened is a closure request sent back to the area. */
  public boolean justReturned() {
    return lastEvent
        .map(e -> e.getEventType() == CommitmentEventType.CLOSURE_RETURNED)
        .orElse(false);
  }

  /** The Secretaría Técnica's observations, when the latest thing is a returned closure request. */
  public String returnObservations() {
    return justReturned() ? lastEvent.get().getNote() : "";
  }
}
