package mx.ine.cspen.seguimiento.task;

import java.util.List;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Opens a task for the person who will work it: an unclaimed task offered to one of the person's
 * groups is claimed for them before Tasklist shows it, so its form opens ready to type into.
 * (Claiming inside Tasklist reloads the task and moves the focus while it does, and whatever is
 * typed in that moment is lost.)
 *
 * <p>Runs as the signed-in user (set on the thread by the security layer): the engine shows only
 * the tasks the user may read and claims only those it may work, with the same rules as Tasklist.
 */
@Service
public class TaskOpening {

  /** Where Tasklist shows one task. */
  public static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

  private final TaskService tasks;

  TaskOpening(TaskService tasks) {
    this.tasks = tasks;
  }

  /**
   * Claims the task for the user when it is offered to one of the user's groups and nobody has
   * claimed it; a task claimed by someone else opens as it is (Tasklist says who has it).
   *
   * @return the Tasklist address of the task
   */
  public String open(String taskId, CurrentUser user) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException(
          "La tarea ya no está pendiente o no le corresponde; consulte sus tareas en el tablero.");
    }
    if (task.getAssignee() == null && offeredTo(taskId, user)) {
      try {
        tasks.claim(taskId, user.id());
      } catch (TaskAlreadyClaimedException claimedMeanwhile) {
        // A colleague claimed it a moment before: Tasklist shows it as theirs.
      }
    }
    return TASKLIST_TASK + taskId;
  }

  private boolean offeredTo(String taskId, CurrentUser user) {
    List<String> groups = List.copyOf(user.groups());
    return !groups.isEmpty()
        && tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups).count() > 0;
  }
}
