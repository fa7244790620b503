package mx.ine.cspen.seguimiento.report;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The only caller of the engine's runtime and task services for {@code follow-up-report.bpmn}. It
 * runs as the calling user, so the engine's authorizations apply on top of the domain's rules.
 */
@Component
class FollowUpReportWorkflow {

  private final RuntimeService runtime;
  private final TaskService tasks;

  FollowUpReportWorkflow(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /** Starts the report's process; its business key names the report. */
  String start(FollowUpReport report, Instant cutoffEnd, boolean updatesOpen) {
    return runtime
        .createProcessInstanceByKey(FollowUpReportProcess.KEY)
        .businessKey(businessKey(report.getId()))
        .setVariables(
            FollowUpReportProcess.Variables.atStart(report.getId(), cutoffEnd, updatesOpen))
        .execute()
        .getId();
  }

  static String businessKey(long reportId) {
    return "INFORME-" + reportId;
  }

  Optional<Task> openReviewTask(FollowUpReport report) {
    if (report.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    return tasks
        .createTaskQuery()
        .processInstanceId(report.getProcessInstanceId())
        .taskDefinitionKey(FollowUpReportProcess.Elements.USER_TASK_REVIEW_DRAFT)
        .list()
        .stream()
        .findFirst();
  }

  /** Completes the review after the domain has recorded the decision. */
  void completeReview(Task task) {
    if (!FollowUpReportProcess.Elements.USER_TASK_REVIEW_DRAFT.equals(
        task.getTaskDefinitionKey())) {
      throw new IllegalStateException(
          "Task " + task.getId() + " is " + task.getTaskDefinitionKey() + ", not the review");
    }
    tasks.complete(task.getId());
  }
}
