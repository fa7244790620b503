package mx.ine.cspen.seguimiento.commitment;

import java.util.List;
import java.util.function.Consumer;
import mx.ine.cspen.seguimiento.commission.CommissionForms;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, the tasks earlier versions opened get their context the way today's forms and Tasklist
 * read it: one JSON variable instead of one variable per value (else their forms would show empty
 * fields), and the folio for their card. Each task in its own transaction; one that fails (another
 * node upgrading it at the same moment, say) is logged and left for the next start.
 */
@Component
@Order(3)
class TaskContextUpgrade implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TaskContextUpgrade.class);

  /** The variables of the version before's context. */
  static final List<String> FORMER_VARIABLES =
      List.of(
          CommitmentProcess.TaskContext.SESSION,
          CommitmentProcess.TaskContext.KIND,
          CommitmentProcess.TaskContext.TEXT,
          CommitmentProcess.TaskContext.AREA,
          CommitmentProcess.TaskContext.DUE_DATE,
          CommitmentProcess.TaskContext.CURRENT_PERCENT,
          CommitmentProcess.TaskContext.LAST_PROGRESS,
          CommitmentProcess.TaskContext.RETURN_OBSERVATIONS,
          CommitmentProcess.TaskContext.EVIDENCE_FILES,
          CommitmentProcess.TaskContext.EVIDENCE_LINKS,
          CommissionForms.COMMISSION_KEY);

  private final CommitmentWorkflow workflow;
  private final CommitmentBinding binding;
  private final CommitmentTaskContext context;
  private final TransactionTemplate transaction;

  TaskContextUpgrade(
      CommitmentWorkflow workflow,
      CommitmentBinding binding,
      CommitmentTaskContext context,
      PlatformTransactionManager transactions) {
    this.workflow = workflow;
    this.binding = binding;
    this.context = context;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public void run(ApplicationArguments args) {
    upgrade(
        "Task contexts upgraded to one variable",
        workflow.tasksWithContextPerValue(),
        task ->
            workflow.replaceContext(
                task,
                context
                    .variables(
                        binding.of(task.getProcessInstanceId()).getId(),
                        task.getTaskDefinitionKey())
                    .shownAsJson(),
                FORMER_VARIABLES));
    upgrade(
        "Tasks given the folio for their card",
        workflow.tasksWithoutCardFolio(),
        task -> workflow.showFolioOnCard(task, binding.of(task.getProcessInstanceId()).getFolio()));
  }

  private void upgrade(String done, List<Task> tasks, Consumer<Task> change) {
    if (tasks.isEmpty()) {
      return;
    }
    int upgraded = 0;
    for (Task task : tasks) {
      try {
        transaction.executeWithoutResult(status -> change.accept(task));
        upgraded++;
      } catch (RuntimeException e) {
        log.warn("Task {} was not upgraded ({}): {}", task.getId(), done, e.toString());
      }
    }
    log.info("{}: {} of {}", done, upgraded, tasks.size());
  }
}
