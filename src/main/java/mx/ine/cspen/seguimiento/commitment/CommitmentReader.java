package mx.ine.cspen.seguimiento.commitment;

import java.util.List;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading commitments, by the rule of {@code docs/security.md}: a commission's Secretaría Técnica
 * and members read all of its commitments, an area its own, and nobody another commission's.
 */
@Service
public class CommitmentReader {

  private final CommitmentRepository commitments;
  private final CommitmentGuard guard;
  private final CommitmentHistory history;

  CommitmentReader(
      CommitmentRepository commitments, CommitmentGuard guard, CommitmentHistory history) {
    this.commitments = commitments;
    this.guard = guard;
    this.history = history;
  }

  /**
   * Commitments the user may read in the commission they work in: everything of it, or their areas'
   * own.
   */
  @Transactional(readOnly = true)
  public List<Commitment> search(
      CommitmentStatus status, String areaCode, Long sessionId, CurrentUser user) {
    boolean restrict = !user.readsEverything();
    List<String> ownAreas = List.copyOf(user.actingAreaCodes());
    if (restrict && ownAreas.isEmpty()) {
      return List.of();
    }
    // The commission the person works in; all of them for readers of every one who look at all.
    List<Long> commissionIds =
        user.acting() != null ? List.of(user.acting()) : user.commissionIds();
    boolean everyCommission = user.acting() == null && user.readsEveryCommission();
    if (!everyCommission && commissionIds.isEmpty()) {
      return List.of();
    }
    return commitments.search(
        status,
        areaCode,
        sessionId,
        restrict,
        restrict ? ownAreas : List.of("-"),
        !everyCommission,
        everyCommission ? List.of(-1L) : commissionIds);
  }

  /** The commitment with its history, if the user may read it. */
  @Transactional(readOnly = true)
  public CommitmentDetail detail(long commitmentId, CurrentUser user) {
    Commitment commitment = guard.find(commitmentId);
    CommitmentGuard.requireReader(commitment, user);
    return history.detailOf(commitment);
  }

  /**
   * The commitment with the latest of its history, for the process's listeners and notices (no user
   * check: the engine has done it).
   */
  @Transactional(readOnly = true)
  public CommitmentLatest latestForProcess(long commitmentId) {
    return history.latestOf(guard.find(commitmentId));
  }
}
