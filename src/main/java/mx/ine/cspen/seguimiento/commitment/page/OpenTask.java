package mx.ine.cspen.seguimiento.commitment.page;

import java.time.Instant;

/**
 * An open task of the commitment process, as the engine shows it to the user. Pages open it with a
 * POST to {@code /tareas/{id}}, which claims it for the user before Tasklist shows it.
 *
 * @param commitmentId the commitment the task belongs to; null if the user may not read it
 * @param folio its folio, or null
 * @param assignee who claimed it, or null
 * @param claimedByOther claimed by someone else: the user may see it but not complete it
 */
public record OpenTask(
    String id,
    String name,
    String processInstanceId,
    Instant created,
    String assignee,
    boolean claimedByOther,
    Long commitmentId,
    String folio) {

  public OpenTask forCommitment(long commitment, String commitmentFolio) {
    return new OpenTask(
        id,
        name,
        processInstanceId,
        created,
        assignee,
        claimedByOther,
        commitment,
        commitmentFolio);
  }
}
