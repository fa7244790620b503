package mx.ine.cspen.seguimiento.commitment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment.AnnexProgress;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.system.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments as rows of the annex ("Anexo" of the follow-up report): read for the export and to
 * compare a re-imported annex, and written when an existing annex is imported.
 *
 * <p>An import records history that happened before the system existed. Every entry it writes is
 * dated at the import's "as of" instant, its actor is the importing user, and it takes the path the
 * process would have taken: an open commitment gets its process, waiting at its area's progress
 * task; a concluded one gets its closure request and approval and no process, since nothing remains
 * to be done.
 */
@Service
public class CommitmentAnnex {

  /** Keeps each query's list of ids well under the database's limit of bound parameters. */
  private static final int BATCH = 500;

  private final CommitmentRepository commitments;
  private final ProgressReportRepository progressReports;
  private final CommitmentEventRepository events;
  private final CommitmentWorkflow workflow;
  private final FolioGenerator folios;
  private final Commissions commissions;

  CommitmentAnnex(
      CommitmentRepository commitments,
      ProgressReportRepository progressReports,
      CommitmentEventRepository events,
      CommitmentWorkflow workflow,
      FolioGenerator folios,
      Commissions commissions) {
    this.commitments = commitments;
    this.progressReports = progressReports;
    this.events = events;
    this.workflow = workflow;
    this.folios = folios;
    this.commissions = commissions;
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

  // --- Writing (imports) ----------------------------------------------------------------------

  /**
   * Records a commitment of an imported annex with its history, all dated {@code at}: registered,
   * then its latest progress; concluded ones with their closure request and approval, those without
   * effect with their reason. Open ones start their process, which waits at the area's progress
   * task (or at the assignment of an area, when the annex names none).
   */
  @Transactional
  public Commitment registerImported(
      CommissionSession session,
      ImportedCommitment row,
      Instant at,
      CurrentUser user,
      String note) {
    requireSecretariat(user, session.getCommissionId());
    Commitment commitment =
        commitments.save(
            new Commitment(
                folios.next(commissions.get(session.getCommissionId()), session.getYear()),
                session,
                row.kind(),
                row.text(),
                null,
                row.area(),
                null,
                at,
                user.id()));
    events.save(
        new CommitmentEvent(
            commitment,
            CommitmentEventType.REGISTERED,
            at,
            user.id(),
            commitment.getAreaCode(),
            null,
            note,
            null));
    switch (row.outcome()) {
      case OPEN -> {
        if (row.progress() != null) {
          record(commitment, row.progress(), false, at, user);
        }
        commitment.attachProcess(
            workflow.start(commitment, commissions.tenantOf(session.getCommissionId())));
      }
      case CONCLUDED -> {
        record(commitment, row.progress(), true, at, user);
        commitment.approveClosure();
        events.save(
            new CommitmentEvent(
                commitment,
                CommitmentEventType.CLOSURE_APPROVED,
                at,
                user.id(),
                null,
                null,
                null,
                null));
      }
      case CANCELLED -> {
        commitment.cancel();
        events.save(
            new CommitmentEvent(
                commitment,
                CommitmentEventType.CANCELLED,
                at,
                user.id(),
                null,
                null,
                row.cancellationReason(),
                null));
      }
    }
    return commitment;
  }

  /**
   * Appends the progress a re-imported annex gives for an open commitment. The area's open task
   * stays where it is: the area goes on reporting from the new figure.
   */
  @Transactional
  public ProgressReport appendImportedProgress(
      Commitment commitment, AnnexProgress progress, Instant at, CurrentUser user) {
    requireSecretariat(user, commitment.getCommissionId());
    if (commitment.getStatus() != CommitmentStatus.IN_PROGRESS
        || progress.percent() < commitment.getPercent()) {
      throw new IllegalStateException(
          "Commitment "
              + commitment.getFolio()
              + " cannot take imported progress "
              + progress.percent());
    }
    return record(commitment, progress, false, at, user);
  }

  private ProgressReport record(
      Commitment commitment,
      AnnexProgress progress,
      boolean closure,
      Instant at,
      CurrentUser user) {
    ProgressReport report =
        progressReports.save(
            new ProgressReport(
                commitment,
                at,
                progress.percent(),
                progress.narrative(),
                null,
                closure,
                user.id(),
                progress.references().stream()
                    .map(r -> new DocumentReference(r.type(), r.number(), r.date(), r.url()))
                    .toList()));
    commitment.recordProgress(progress.percent(), closure);
    events.save(
        new CommitmentEvent(
            commitment,
            closure ? CommitmentEventType.CLOSURE_REQUESTED : CommitmentEventType.PROGRESS_REPORTED,
            at,
            user.id(),
            null,
            report,
            null,
            null));
    return report;
  }

  private static void requireSecretariat(CurrentUser user, long commissionId) {
    if (!user.isTechnicalSecretariatOf(commissionId)) {
      throw new ForbiddenException("Solo la Secretaría Técnica importa el anexo.");
    }
  }
}
