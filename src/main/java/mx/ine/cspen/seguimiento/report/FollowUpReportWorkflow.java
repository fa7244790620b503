package mx.ine.cspen.seguimiento.report;

import java.util.Optional;
import mx.ine.cspen.seguimiento.engine.EngineIdentity;
import mx.ine.cspen.seguimiento.engine.ProcessStarts;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The only caller of the engine's runtime and task services for {@code follow-up-report.bpmn}. Its
 * callers have checked and recorded the change by the domain's rules, so it drives the engine as
 * the application (see {@code engine/CommandPolicy}).
 */
@Component
class FollowUpReportWorkflow {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final EngineIdentity identity;

  FollowUpReportWorkflow(RuntimeService runtime, TaskService tasks, EngineIdentity identity) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
  }

  /**
   * Starts the report's process in its commission's tenant, bound to it as it starts; its business
   * key names the report.
   */
  String start(FollowUpReport report, String tenantId) {
    return identity.asApplication(
        () ->
            ProcessStarts.starting(
                FollowUpReportProcess.KEY,
                report.getId(),
                tenantId,
                () ->
                    runtime
                        .createProcessInstanceByKey(FollowUpReportProcess.KEY)
                        .businessKey(businessKey(report.getId()))
                        .execute()
                        .getId()));
  }

  static String businessKey(long reportId) {
    return "INFORME-" + reportId;
  }

  Optional<Task> openReviewTask(FollowUpReport report) {
    if (report.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    return identity.asApplication(
        () ->
            tasks
                .createTaskQuery()
                .processInstanceId(report.getProcessInstanceId())
                .taskDefinitionKey(FollowUpReportProcess.Elements.USER_TASK_REVIEW_DRAFT)
                .list()
                .stream()
                .findFirst());
  }

  /** Completes the review after the domain has recorded the decision. */
  void completeReview(Task task) {
    if (!FollowUpReportProcess.Elements.USER_TASK_REVIEW_DRAFT.equals(
        task.getTaskDefinitionKey())) {
      throw new IllegalStateException(
          "Task " + task.getId() + " is " + task.getTaskDefinitionKey() + ", not the review");
    }
    identity.asApplication(() -> tasks.complete(task.getId()));
  }
}
