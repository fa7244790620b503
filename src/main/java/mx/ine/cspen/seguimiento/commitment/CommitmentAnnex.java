package mx.ine.cspen.seguimiento.commitment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment.AnnexProgress;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments as rows of the annex ("Anexo" of the follow-up report): read for the export and to
 * compare a re-imported annex. An imported annex is written by {@link
 * CommitmentRegistry#registerImported}, like every other commitment's history.
 */
@Service
public class CommitmentAnnex {

  /** Keeps each query's list of ids well under the database's limit of bound parameters. */
  private static final int BATCH = 500;

  private final CommitmentRepository commitments;
  private final ProgressReportRepository progressReports;
  private final CommitmentEventRepository events;

  CommitmentAnnex(
      CommitmentRepository commitments,
      ProgressReportRepository progressReports,
      CommitmentEventRepository events) {
    this.commitments = commitments;
    this.progressReports = progressReports;
    this.events = events;
  }

  /** A commitment with what the annex shows of it. */
  public record Entry(
      Commitment commitment,
      List<AnnexProgress> progress,
      String cancellationReason,
      Instant lastChangeAt) {

    public Optional<AnnexProgress> latest() {
      return progress.isEmpty() ? Optional.empty() : Optional.of(progress.get(progress.size() - 1));
    }

    /** The annex's "Avance/cumplimiento": the latest narrative, or why it is without effect. */
    public String narrative() {
      if (commitment.getStatus() == CommitmentStatus.CANCELLED && cancellationReason != null) {
        return cancellationReason;
      }
      return latest().map(AnnexProgress::narrative).orElse("");
    }

    /** The latest report's references; none when the commitment is without effect. */
    public List<ReferenceInput> references() {
      if (commitment.getStatus() == CommitmentStatus.CANCELLED) {
        return List.of();
      }
      return latest().map(AnnexProgress::references).orElse(List.of());
    }
  }

  // --- Reading --------------------------------------------------------------------------------

  /** The annex's view of these commitments, in the same order. */
  @Transactional(readOnly = true)
  public List<Entry> entries(List<Commitment> list) {
    Map<Long, List<AnnexProgress>> progress = new HashMap<>();
    Map<Long, String> reasons = new HashMap<>();
    Map<Long, Instant> lastChanges = new HashMap<>();
    for (int from = 0; from < list.size(); from += BATCH) {
      List<Commitment> batch = list.subList(from, Math.min(list.size(), from + BATCH));
      for (ProgressReport report : progressReports.findWithReferencesByCommitmentIn(batch)) {
        progress
            .computeIfAbsent(report.getCommitment().getId(), id -> new ArrayList<>())
            .add(annexProgress(report));
      }
      for (CommitmentEvent event : events.findByCommitmentInOrderByOccurredAtAscIdAsc(batch)) {
        Long id = event.getCommitment().getId();
        lastChanges.merge(id, event.getOccurredAt(), (a, b) -> a.isAfter(b) ? a : b);
        if (event.getEventType() == CommitmentEventType.CANCELLED) {
          reasons.put(id, event.getNote());
        }
      }
    }
    return list.stream()
        .map(
            c ->
                new Entry(
                    c,
                    List.copyOf(progress.getOrDefault(c.getId(), List.of())),
                    reasons.get(c.getId()),
                    lastChanges.getOrDefault(c.getId(), c.getCreatedAt())))
        .toList();
  }

  /** Every commitment of the session, oldest first. */
  @Transactional(readOnly = true)
  public List<Commitment> ofSession(CommissionSession session) {
    return commitments.search(null, null, session.getId()).stream()
        .sorted(Comparator.comparing(Commitment::getId))
        .toList();
  }

  private static AnnexProgress annexProgress(ProgressReport report) {
    return new AnnexProgress(
        report.getPercent(),
        report.getNarrative(),
        report.getReferences().stream()
            .map(r -> new ReferenceInput(r.getType(), r.getNumber(), r.getDate(), r.getUrl()))
            .toList());
  }
}
