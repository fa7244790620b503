package mx.ine.cspen.seguimiento.commitment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mx.ine.cspen.seguimiento.engine.EngineIdentity;
import mx.ine.cspen.seguimiento.engine.ProcessStarts;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The only caller of the engine's runtime and task services for {@code commitment.bpmn}. Its
 * callers have already checked and recorded the change by the domain's rules, so it drives the
 * engine as the application: nobody needs a power of their own over the processes to act through
 * the product, and nobody can use one to act behind its back (see {@code engine/CommandPolicy}).
 */
@Component
public class CommitmentWorkflow {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final EngineIdentity identity;

  CommitmentWorkflow(RuntimeService runtime, TaskService tasks, EngineIdentity identity) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
  }

  /**
   * Starts the commitment's process in its commission's tenant, bound to it as it starts; its
   * business key is the folio, for the people who search Cockpit by it.
   */
  String start(Commitment commitment, String tenantId) {
    return identity.asApplication(
        () ->
            ProcessStarts.starting(
                CommitmentProcess.KEY,
                commitment.getId(),
                tenantId,
                () ->
                    runtime
                        .createProcessInstanceByKey(CommitmentProcess.KEY)
                        .businessKey(commitment.getFolio())
                        .execute()
                        .getId()));
  }

  Optional<Task> openTask(Commitment commitment, String taskDefinitionKey) {
    if (commitment.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    return identity.asApplication(
        () ->
            tasks
                .createTaskQuery()
                .processInstanceId(commitment.getProcessInstanceId())
                .taskDefinitionKey(taskDefinitionKey)
                .list()
                .stream()
                .findFirst());
  }

  /** The commitment's open tasks, for its page. */
  public List<Task> openTasks(String processInstanceId) {
    return identity.asApplication(
        () -> tasks.createTaskQuery().processInstanceId(processInstanceId).list());
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
    identity.asApplication(() -> tasks.complete(task.getId()));
  }

  /** The commitment moved to another area (already recorded): its open work follows it. */
  void reassign(Commitment commitment) {
    identity.asApplication(
        () ->
            runtime
                .createMessageCorrelation(CommitmentProcess.Messages.AREA_REASSIGNED)
                .processInstanceId(commitment.getProcessInstanceId())
                .correlate());
  }

  void cancel(Commitment commitment) {
    identity.asApplication(
        () ->
            runtime
                .createMessageCorrelation(CommitmentProcess.Messages.CANCELLED)
                .processInstanceId(commitment.getProcessInstanceId())
                .correlate());
  }

  /**
   * Tells the process the due date changed: while it waits for the due date, its timer is set anew
   * from the commitment's date. While the Secretaría Técnica follows up an overdue commitment
   * nothing waits for the message; the follow-up reads the date when it ends.
   */
  void dueDateChanged(Commitment commitment) {
    identity.asApplication(
        () ->
            runtime
                .createMessageCorrelation(CommitmentProcess.Messages.DUE_DATE_CHANGED)
                .processInstanceId(commitment.getProcessInstanceId())
                .correlateAllWithResult());
  }

  /** Hands the open progress task of a reassigned commitment to its new area's group. */
  void moveOpenAreaTasks(String processInstanceId, String newAreaGroup) {
    identity.asApplication(
        () -> {
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
        });
  }

  // --- Tasks opened by the version before
  // ---------------------------------------------------------

  /**
   * Open tasks whose context the version before kept as one task variable per value ({@code
   * commitmentText}, {@code folio}…), which today's forms no longer read.
   */
  List<Task> tasksWithContextPerValue() {
    return identity.asApplication(
        () -> tasksById(taskIdsWithVariable(CommitmentProcess.TaskContext.TEXT)));
  }

  /** Open tasks whose card in Tasklist shows no folio: the version before opened them. */
  List<Task> tasksWithoutCardFolio() {
    return identity.asApplication(
        () -> {
          long cards =
              runtime
                  .createVariableInstanceQuery()
                  .variableName(CommitmentProcess.TaskContext.CARD_FOLIO)
                  .count();
          if (cards
              == runtime
                  .createVariableInstanceQuery()
                  .variableName(CommitmentProcess.TaskContext.VARIABLE)
                  .count()) {
            return List.of();
          }
          List<String> ids =
              new ArrayList<>(taskIdsWithVariable(CommitmentProcess.TaskContext.VARIABLE));
          ids.removeAll(Set.copyOf(taskIdsWithVariable(CommitmentProcess.TaskContext.CARD_FOLIO)));
          return tasksById(ids);
        });
  }

  void showFolioOnCard(Task task, String folio) {
    identity.asApplication(
        () ->
            tasks.setVariableLocal(task.getId(), CommitmentProcess.TaskContext.CARD_FOLIO, folio));
  }

  private List<String> taskIdsWithVariable(String name) {
    return runtime
        .createVariableInstanceQuery()
        .variableName(name)
        .disableBinaryFetching()
        .disableCustomObjectDeserialization()
        .list()
        .stream()
        .map(VariableInstance::getTaskId)
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  private List<Task> tasksById(List<String> ids) {
    List<Task> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += PAGE) {
      found.addAll(
          tasks
              .createTaskQuery()
              .taskIdIn(ids.subList(from, Math.min(ids.size(), from + PAGE)).toArray(String[]::new))
              .list());
    }
    return found;
  }

  /** The task's context in today's single variable, in place of the version before's ones. */
  void replaceContext(Task task, TypedValue context, Collection<String> formerVariables) {
    identity.asApplication(
        () -> {
          tasks.setVariableLocal(task.getId(), CommitmentProcess.TaskContext.VARIABLE, context);
          tasks.removeVariablesLocal(task.getId(), formerVariables);
        });
  }

  // --- The drift check and its repairs (administrators) ------------------------------------------

  /** The main flow's user tasks: where the process waits according to the commitment's status. */
  static final List<String> MAIN_FLOW_TASKS =
      List.of(
          CommitmentProcess.Elements.USER_TASK_ASSIGN_AREA,
          CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS,
          CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT);

  private static final int PAGE = 1000;

  record RunningInstance(String id, String businessKey, boolean suspended) {}

  record WaitingTask(String id, String processInstanceId, String definitionKey) {}

  /** Every running instance of the model, or those of one folio. */
  List<RunningInstance> runningInstances(String folioOrNull) {
    return identity.asApplication(
        () -> {
          List<RunningInstance> found = new java.util.ArrayList<>();
          for (int first = 0; ; first += PAGE) {
            var query =
                runtime.createProcessInstanceQuery().processDefinitionKey(CommitmentProcess.KEY);
            if (folioOrNull != null) {
              query.processInstanceBusinessKey(folioOrNull);
            }
            var page = query.orderByProcessInstanceId().asc().listPage(first, PAGE);
            page.forEach(
                p ->
                    found.add(new RunningInstance(p.getId(), p.getBusinessKey(), p.isSuspended())));
            if (page.size() < PAGE) {
              return found;
            }
          }
        });
  }

  /** The main flow's open tasks, of every instance or of one. */
  List<WaitingTask> mainFlowTasks(String processInstanceIdOrNull) {
    return identity.asApplication(
        () -> {
          List<WaitingTask> found = new java.util.ArrayList<>();
          for (int first = 0; ; first += PAGE) {
            var query =
                tasks
                    .createTaskQuery()
                    .processDefinitionKey(CommitmentProcess.KEY)
                    .taskDefinitionKeyIn(MAIN_FLOW_TASKS.toArray(String[]::new));
            if (processInstanceIdOrNull != null) {
              query.processInstanceId(processInstanceIdOrNull);
            }
            var page = query.orderByTaskId().asc().listPage(first, PAGE);
            page.forEach(
                t ->
                    found.add(
                        new WaitingTask(
                            t.getId(), t.getProcessInstanceId(), t.getTaskDefinitionKey())));
            if (page.size() < PAGE) {
              return found;
            }
          }
        });
  }

  /** The ids of the progress tasks offered to the group (of one instance, or of all). */
  java.util.Set<String> progressTasksOfferedTo(String group, String processInstanceIdOrNull) {
    return identity.asApplication(
        () -> {
          java.util.Set<String> found = new java.util.HashSet<>();
          for (int first = 0; ; first += PAGE) {
            var query =
                tasks
                    .createTaskQuery()
                    .processDefinitionKey(CommitmentProcess.KEY)
                    .taskDefinitionKey(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS)
                    .taskCandidateGroup(group);
            if (processInstanceIdOrNull != null) {
              query.processInstanceId(processInstanceIdOrNull);
            }
            var page = query.orderByTaskId().asc().listPage(first, PAGE);
            page.forEach(t -> found.add(t.getId()));
            if (page.size() < PAGE) {
              return found;
            }
          }
        });
  }

  /** The candidate groups of one task. */
  java.util.Set<String> candidateGroups(String taskId) {
    return identity.asApplication(
        () ->
            tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
  }

  void deleteInstance(String processInstanceId, String reason) {
    identity.asApplication(() -> runtime.deleteProcessInstance(processInstanceId, reason, true));
  }

  void activate(String processInstanceId) {
    identity.asApplication(() -> runtime.activateProcessInstanceById(processInstanceId));
  }

  /** Moves the instance's main flow to the task its commitment's status names. */
  void moveTo(String processInstanceId, String taskDefinitionKey) {
    identity.asApplication(
        () -> {
          var modification = runtime.createProcessInstanceModification(processInstanceId);
          for (String task : MAIN_FLOW_TASKS) {
            modification.cancelAllForActivity(task);
          }
          modification.startBeforeActivity(taskDefinitionKey).execute();
        });
  }

  /**
   * Starts a new instance for the commitment, waiting where its status says, with the watch of its
   * due date; it is bound to the commitment as it starts.
   */
  String restartAt(Commitment commitment, String tenantId, String taskDefinitionKey) {
    return identity.asApplication(
        () ->
            ProcessStarts.starting(
                CommitmentProcess.KEY,
                commitment.getId(),
                tenantId,
                () ->
                    runtime
                        .createProcessInstanceByKey(CommitmentProcess.KEY)
                        .businessKey(commitment.getFolio())
                        .startBeforeActivity(taskDefinitionKey)
                        .startBeforeActivity(CommitmentProcess.Elements.GATEWAY_DUE_DATE_SET)
                        .execute()
                        .getId()));
  }
}
