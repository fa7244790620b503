package mx.ine.cspen.seguimiento.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.ine.cspen.seguimiento.commitment.CommitmentProcess;
import mx.ine.cspen.seguimiento.engine.EngineIdentity;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * What the pages read from the process engine: the user's open tasks, where a commitment stands in
 * its process, and the process model to draw it. Read-only: every change goes through {@code
 * CommitmentFollowUp} and {@code CommitmentWorkflow}.
 *
 * <p>Tasks and the model are read as the signed-in user (set on the thread by the security layer),
 * so the engine shows each person only what its authorizations allow.
 */
@Component
class EngineReader {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final EngineIdentity engineIdentity;

  EngineReader(
      TaskService tasks,
      RuntimeService runtime,
      HistoryService history,
      RepositoryService repository,
      IdentityService identity,
      EngineIdentity engineIdentity) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.history = history;
    this.repository = repository;
    this.identity = identity;
    this.engineIdentity = engineIdentity;
  }

  /** Open commitment tasks the user may work: offered to one of its groups, or claimed by it. */
  List<OpenTask> tasksOf(CurrentUser user) {
    return openTasks(user, null);
  }

  /** The oldest {@code limit} of them, and how many there are in all. */
  TaskList tasksOf(CurrentUser user, int limit) {
    Map<String, Task> found = new LinkedHashMap<>();
    long claimedCount = claimed(user).count();
    long total = claimedCount;
    if (claimedCount > 0) {
      oldestFirst(claimed(user), limit).forEach(task -> found.put(task.getId(), task));
    }
    if (!user.groups().isEmpty()) {
      List<String> groups = List.copyOf(user.groups());
      total += offered(groups).count();
      oldestFirst(offered(groups), limit).forEach(task -> found.put(task.getId(), task));
      if (claimedCount > 0) {
        // Claimed by the user and offered to one of its groups: counted once.
        total -= offered(groups).taskAssignee(user.id()).count();
      }
    }
    List<OpenTask> oldest = openTasks(found.values(), user).stream().limit(limit).toList();
    return new TaskList(oldest, total);
  }

  private static List<Task> oldestFirst(TaskQuery query, int limit) {
    return query.orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, limit);
  }

  /** Some of the user's open tasks, and how many it has in all. */
  record TaskList(List<OpenTask> tasks, long total) {}

  private TaskQuery offered(List<String> groups) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(CommitmentProcess.KEY)
        .taskCandidateGroupIn(groups)
        .includeAssignedTasks();
  }

  private TaskQuery claimed(CurrentUser user) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(CommitmentProcess.KEY)
        .taskAssignee(user.id());
  }

  /** The same, for one process instance. */
  List<OpenTask> tasksOf(CurrentUser user, String processInstanceId) {
    return processInstanceId == null ? List.of() : openTasks(user, processInstanceId);
  }

  private List<OpenTask> openTasks(CurrentUser user, String processInstanceId) {
    Map<String, Task> found = new LinkedHashMap<>();
    if (!user.groups().isEmpty()) {
      var offered =
          tasks
              .createTaskQuery()
              .processDefinitionKey(CommitmentProcess.KEY)
              .taskCandidateGroupIn(List.copyOf(user.groups()))
              .includeAssignedTasks();
      if (processInstanceId != null) {
        offered.processInstanceId(processInstanceId);
      }
      offered.list().forEach(task -> found.put(task.getId(), task));
    }
    var claimed =
        tasks.createTaskQuery().processDefinitionKey(CommitmentProcess.KEY).taskAssignee(user.id());
    if (processInstanceId != null) {
      claimed.processInstanceId(processInstanceId);
    }
    claimed.list().forEach(task -> found.put(task.getId(), task));
    return openTasks(found.values(), user);
  }

  private static List<OpenTask> openTasks(Collection<Task> found, CurrentUser user) {
    return found.stream()
        .sorted(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId))
        .map(
            task ->
                new OpenTask(
                    task.getId(),
                    task.getName(),
                    task.getProcessInstanceId(),
                    task.getCreateTime().toInstant(),
                    task.getAssignee(),
                    task.getAssignee() != null && !task.getAssignee().equals(user.id()),
                    null,
                    null))
        .toList();
  }

  /**
   * Where the process instance stands: the activities it is waiting in (or the end it reached) and
   * those it has passed.
   *
   * <p>Read by the application itself, without the user's engine authorizations: the caller has
   * already checked that the user may read this commitment, and areas hold no read permission on
   * process instances in the engine (they must not browse other areas' processes there).
   */
  Optional<ProcessPosition> position(String processInstanceId) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    return engineIdentity.asApplication(
        () -> {
          HistoricProcessInstance instance =
              history
                  .createHistoricProcessInstanceQuery()
                  .processInstanceId(processInstanceId)
                  .singleResult();
          if (instance == null) {
            return Optional.empty();
          }
          List<HistoricActivityInstance> activities =
              history
                  .createHistoricActivityInstanceQuery()
                  .processInstanceId(processInstanceId)
                  .orderByHistoricActivityInstanceStartTime()
                  .asc()
                  .list();
          boolean ended = instance.getEndTime() != null;
          Set<String> current = new LinkedHashSet<>();
          if (ended) {
            activities.stream()
                .filter(a -> a.getActivityType().endsWith("EndEvent"))
                .filter(a -> a.getEndTime() != null)
                .max(Comparator.comparing(HistoricActivityInstance::getEndTime))
                .ifPresent(a -> current.add(a.getActivityId()));
          } else {
            current.addAll(runtime.getActiveActivityIds(processInstanceId));
          }
          Set<String> passed = new LinkedHashSet<>();
          activities.stream()
              .filter(a -> a.getEndTime() != null)
              .map(HistoricActivityInstance::getActivityId)
              .filter(id -> !current.contains(id))
              .forEach(passed::add);
          return Optional.of(
              new ProcessPosition(
                  instance.getProcessDefinitionId(),
                  ended,
                  List.copyOf(current),
                  List.copyOf(passed),
                  List.of()));
        });
  }

  /** The names people read for the current activities, from the model, read as the user. */
  ProcessPosition named(ProcessPosition position) {
    try {
      BpmnModelInstance model = repository.getBpmnModelInstance(position.processDefinitionId());
      List<String> names = new ArrayList<>();
      for (String id : position.current()) {
        ModelElementInstance element = model.getModelElementById(id);
        String name = element instanceof FlowElement flow ? flow.getName() : null;
        names.add(name == null || name.isBlank() ? id : name);
      }
      return position.withCurrentNames(names);
    } catch (AuthorizationException e) {
      return position;
    }
  }

  /** The BPMN XML of a deployed process definition, read as the user. */
  Optional<byte[]> model(String processDefinitionId) {
    try (InputStream xml = repository.getProcessModel(processDefinitionId)) {
      return Optional.of(xml.readAllBytes());
    } catch (AuthorizationException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Nombre Apellido" of each user id the user may read; ids not found are left out. */
  Map<String, String> fullNames(Collection<String> userIds) {
    Map<String, String> names = new LinkedHashMap<>();
    List<String> ids =
        userIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
    if (ids.isEmpty()) {
      return names;
    }
    try {
      for (User user : identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
        String name =
            ((user.getFirstName() == null ? "" : user.getFirstName())
                    + " "
                    + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        if (!name.isEmpty()) {
          names.put(user.getId(), name);
        }
      }
    } catch (AuthorizationException e) {
      // Without READ on users the page shows the user ids, which is all it needs.
    }
    return names;
  }
}
