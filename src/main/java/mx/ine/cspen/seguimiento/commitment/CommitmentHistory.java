package mx.ine.cspen.seguimiento.commitment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one writer of a commitment's history: its events, the values each correction changed, and its
 * progress reports. The services decide what happened; this records it, dated now (or, for an
 * imported annex, at the annex's date), with who did it and the engine task it completed.
 */
@Component
class CommitmentHistory {

  private final CommitmentEventRepository events;
  private final CommitmentChangeRepository changes;
  private final ProgressReportRepository progressReports;
  private final CommitmentChanges changed;
  private final Clock clock;

  CommitmentHistory(
      CommitmentEventRepository events,
      CommitmentChangeRepository changes,
      ProgressReportRepository progressReports,
      CommitmentChanges changed,
      Clock clock) {
    this.events = events;
    this.changes = changes;
    this.progressReports = progressReports;
    this.changed = changed;
    this.clock = clock;
  }

  /** One value a correction changed, as shown before and after. */
  record Change(CommitmentChange.Field field, String before, String after) {}

  /**
   * Whether the engine task has been recorded already: a task completed through the API is recorded
   * before the engine completes it, and its listener then records nothing again.
   */
  boolean recorded(String taskId) {
    return events.existsByTaskId(taskId);
  }

  /** Records that something happened to the commitment now. */
  CommitmentEvent record(
      Commitment commitment,
      CommitmentEventType type,
      String actor,
      String areaCode,
      String note,
      String taskId) {
    return recordAt(commitment, type, clock.instant(), actor, areaCode, note, taskId);
  }

  /** Records that something happened to the commitment at {@code at}. */
  CommitmentEvent recordAt(
      Commitment commitment,
      CommitmentEventType type,
      Instant at,
      String actor,
      String areaCode,
      String note,
      String taskId) {
    changed.recorded();
    return events.save(
        new CommitmentEvent(commitment, type, at, actor, areaCode, null, note, taskId));
  }

  /** A correction, with each value it changed in order. */
  void corrected(
      Commitment commitment,
      CommitmentEventType type,
      String actor,
      String reason,
      List<Change> changed) {
    CommitmentEvent event = record(commitment, type, actor, null, reason, null);
    for (int i = 0; i < changed.size(); i++) {
      Change change = changed.get(i);
      changes.save(new CommitmentChange(event, i, change.field(), change.before(), change.after()));
    }
  }

  /**
   * A progress report (a closure request when {@code closure}) as the commitment now carries it,
   * with its event.
   */
  ProgressReport progress(
      Commitment commitment,
      Instant at,
      String actor,
      Progress progress,
      List<DocumentReference> references,
      String taskId) {
    changed.recorded();
    ProgressReport report =
        progressReports.save(
            new ProgressReport(
                commitment,
                at,
                progress.percent(),
                progress.narrative(),
                progress.justification(),
                progress.closure(),
                actor,
                references));
    events.save(
        new CommitmentEvent(
            commitment,
            progress.closure()
                ? CommitmentEventType.CLOSURE_REQUESTED
                : CommitmentEventType.PROGRESS_REPORTED,
            at,
            actor,
            null,
            report,
            null,
            taskId));
    return report;
  }

  /** What a progress report says, as recorded. */
  record Progress(int percent, String narrative, String justification, boolean closure) {}

  /** The commitment's whole history, for reading. */
  CommitmentLatest latestOf(Commitment commitment) {
    return new CommitmentLatest(
        commitment, progressReports.latestOf(commitment), events.latestOf(commitment));
  }

  CommitmentDetail detailOf(Commitment commitment) {
    return new CommitmentDetail(
        commitment,
        progressReports.reportsOf(commitment),
        events.eventsOf(commitment),
        changes.findByCommitment(commitment));
  }
}
