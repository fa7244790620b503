package mx.ine.cspen.seguimiento.commitment;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The only caller of the engine's runtime and task services for {@code commitment.bpmn}. It runs as
 * the calling user (set on the thread by the security layer), so the engine's authorizations apply
 * on top of the domain's rules.
 */
@Component
public class CommitmentWorkflow {

  private final RuntimeService runtime;
  private final TaskService tasks;

  CommitmentWorkflow(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /** Starts the commitment's process; its business key is the folio. */
  String start(Commitment commitment) {
    String areaGroup = commitment.getArea() == null ? null : commitment.getArea().groupId();
    return runtime
        .createProcessInstanceByKey(CommitmentProcess.KEY)
        .businessKey(commitment.getFolio())
        .setVariables(CommitmentProcess.Variables.atStart(commitment.getId(), areaGroup))
        .execute()
        .getId();
  }

  Optional<Task> openTask(Commitment commitment, String taskDefinitionKey) {
    if (commitment.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    return tasks
        .createTaskQuery()
        .processInstanceId(commitment.getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey)
        .list()
        .stream()
        .findFirst();
  }

  /** The commitment's open tasks, for its page. */
  public List<Task> openTasks(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).list();
  }

  /** Completes a task after the domain has recorded it; refuses a task of another kind. */
  void complete(Task task, String expectedTaskDefinitionKey) {
    if (!expectedTaskDefinitionKey.equals(task.getTaskDefinitionKey())) {
      throw new IllegalStateException(
          "Task "
              + task.getId()
              + " is "
              + task.getTaskDefinitionKey()
              + ", not "
              + expectedTaskDefinitionKey);
    }
    tasks.complete(task.getId());
  }

  void reassign(Commitment commitment, String areaGroup) {
    runtime
        .createMessageCorrelation(CommitmentProcess.Messages.AREA_REASSIGNED)
        .processInstanceId(commitment.getProcessInstanceId())
        .setVariable(CommitmentProcess.Variables.AREA_GROUP, areaGroup)
        .correlate();
  }

  void cancel(Commitment commitment) {
    runtime
        .createMessageCorrelation(CommitmentProcess.Messages.CANCELLED)
        .processInstanceId(commitment.getProcessInstanceId())
        .correlate();
  }

  /**
   * Tells the process the due date changed: while it waits for the due date, its timer is set anew
   * from the commitment's date. While the Secretaría Técnica follows up an overdue commitment
   * nothing waits for the message; the follow-up reads the date when it ends.
   */
  void dueDateChanged(Commitment commitment) {
    runtime
        .createMessageCorrelation(CommitmentProcess.Messages.DUE_DATE_CHANGED)
        .processInstanceId(commitment.getProcessInstanceId())
        .correlateAllWithResult();
  }

  /** Hands the open progress task of a reassigned commitment to its new area's group. */
  void moveOpenAreaTasks(String processInstanceId, String newAreaGroup) {
    for (Task task :
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS)
            .list()) {
      tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
          .filter(link -> link.getGroupId() != null)
          .forEach(link -> tasks.deleteCandidateGroup(task.getId(), link.getGroupId()));
      if (task.getAssignee() != null) {
        tasks.setAssignee(task.getId(), null);
      }
      tasks.addCandidateGroup(task.getId(), newAreaGroup);
    }
  }
}
