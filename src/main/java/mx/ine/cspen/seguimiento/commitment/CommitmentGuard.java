package mx.ine.cspen.seguimiento.commitment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Locale;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The rules every operation on a commitment applies before it records anything: which commitment
 * (read, or locked for a change at the version the caller saw), who may act on it, and whether its
 * status allows what is asked. Each rule throws the refusal of {@link CommitmentRefusals}.
 */
@Component
class CommitmentGuard {

  private final CommitmentRepository commitments;
  private final AreaRepository areas;
  private final CommitmentWorkflow workflow;
  private final EntityManager entityManager;
  private final Commissions commissions;
  private final CommitmentBinding binding;

  CommitmentGuard(
      CommitmentRepository commitments,
      AreaRepository areas,
      CommitmentWorkflow workflow,
      EntityManager entityManager,
      Commissions commissions,
      CommitmentBinding binding) {
    this.commitments = commitments;
    this.areas = areas;
    this.workflow = workflow;
    this.entityManager = entityManager;
    this.commissions = commissions;
    this.binding = binding;
  }

  // --- Which commitment -----------------------------------------------------------------------

  Commitment find(long commitmentId) {
    return commitments
        .findById(commitmentId)
        .orElseThrow(() -> CommitmentRefusals.noSuchCommitment(commitmentId));
  }

  /**
   * The commitment, locked until the change commits (changes of one commitment, by any door, happen
   * one after the other), checked against the version the caller saw, and bound to get a new
   * version with this change: a second request made on the same version is refused (412).
   *
   * @param expectedVersion the version the caller saw; null: any
   */
  Commitment findForChange(long commitmentId, Long expectedVersion) {
    Commitment commitment =
        commitments
            .findForChange(commitmentId)
            .orElseThrow(() -> CommitmentRefusals.noSuchCommitment(commitmentId));
    if (expectedVersion != null && commitment.getVersion() != expectedVersion) {
      throw CommitmentRefusals.changedSince(commitment, expectedVersion);
    }
    entityManager.lock(commitment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    // The engine's listeners of this change ask which commitment the instance belongs to.
    binding.known(commitment);
    return commitment;
  }

  /** An area of the commission's catalogue, by its code as typed. */
  Area findArea(String code, String field, long commissionId) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return areas
        .findById(wanted)
        .filter(area -> area.getCommissionId() == commissionId)
        .orElseThrow(() -> CommitmentRefusals.unknownArea(field, code));
  }

  /** The commitment's open task of that kind, which the operation completes. */
  Task openTask(Commitment commitment, String taskDefinitionKey) {
    return workflow
        .openTask(commitment, taskDefinitionKey)
        .orElseThrow(() -> CommitmentRefusals.taskNotPending(commitment));
  }

  /** The engine tenant the commitment's process runs in: its commission's. */
  String tenantOf(Commitment commitment) {
    return commissions.tenantOf(commitment.getCommissionId());
  }

  // --- Who may act on it ----------------------------------------------------------------------

  /**
   * Another commission's commitment does not exist for whoever has no part in that commission: its
   * folio, text and history are that commission's.
   */
  static void requireVisible(Commitment commitment, CurrentUser user) {
    if (!user.reads(commitment.getCommissionId())) {
      throw CommitmentRefusals.noSuchCommitment(commitment.getId());
    }
  }

  /** Its commission's Secretaría Técnica and members read it all; an area, its own. */
  static void requireReader(Commitment commitment, CurrentUser user) {
    requireVisible(commitment, user);
    if (!user.readsEverythingOf(commitment.getCommissionId())
        && !user.worksFor(commitment.getAreaCode())) {
      throw CommitmentRefusals.anotherArea(commitment);
    }
  }

  /** Only the responsible area reports progress. */
  static void requireResponsibleArea(Commitment commitment, CurrentUser user) {
    requireVisible(commitment, user);
    if (!user.worksFor(commitment.getAreaCode())) {
      throw CommitmentRefusals.onlyResponsibleAreaReports(commitment);
    }
  }

  /** The Secretaría Técnica of the commitment's commission, and no other. */
  void requireSecretariatOf(Commitment commitment, CurrentUser user, String does) {
    requireVisible(commitment, user);
    requireSecretariatOf(commitment.getCommissionId(), user, does);
  }

  void requireSecretariatOf(Long commissionId, CurrentUser user, String does) {
    RoleChecks.requireSecretariatOf(
        commissionId, user, does, () -> commissions.get(commissionId).getShortName());
  }

  // --- Whether its status allows it -----------------------------------------------------------

  /** Progress is reported while the commitment is in progress, and only then. */
  static void requireReporting(Commitment commitment) {
    switch (commitment.getStatus()) {
      case IN_PROGRESS -> {}
      case UNDER_VERIFICATION -> throw CommitmentRefusals.awaitingVerification(commitment);
      case UNASSIGNED -> throw CommitmentRefusals.unassigned(commitment);
      default -> throw CommitmentRefusals.closed(commitment, "informar avance");
    }
  }

  static void requireUnderVerification(Commitment commitment) {
    if (commitment.getStatus() != CommitmentStatus.UNDER_VERIFICATION) {
      throw CommitmentRefusals.nothingToVerify(commitment);
    }
  }

  /** Neither concluded nor without effect; {@code action} completes «ya no es posible …». */
  static void requireOpen(Commitment commitment, String action) {
    if (commitment.getStatus().isClosed()) {
      throw CommitmentRefusals.closed(commitment, action);
    }
  }

  /** A due date falls on or after the session that set it. */
  static void requireNotBeforeSession(LocalDate dueDate, CommissionSession session, String field) {
    if (dueDate.isBefore(session.getDate())) {
      throw CommitmentRefusals.dueDateBeforeSession(field, dueDate, session);
    }
  }
}
