package mx.ine.cspen.seguimiento.commitment.page;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.commitment.CommitmentProcess;
import mx.ine.cspen.seguimiento.engine.EngineIdentity;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.CurrentUsers;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The open commitment tasks a person may work: offered to one of the person's groups or claimed by
 * the person. The commitment's page reads those of its process as the signed-in user (set on the
 * thread by the security layer), so the engine's authorizations decide.
 *
 * <p>The dashboard's oldest tasks and their count are read as the application, with those same
 * conditions and the person's commissions' tenants: exactly the tasks the engine's authorizations
 * give the person (a candidate group holds a right on each task offered to it, docs/security.md),
 * without the engine's check of every task against every authorization of the person's groups,
 * which costs seconds at tens of thousands of open tasks for the count, and tens of milliseconds
 * for the list.
 */
@Component
public class OpenTasks {

  private final TaskService tasks;
  private final EngineIdentity identity;
  private final CurrentUsers users;

  OpenTasks(TaskService tasks, EngineIdentity identity, CurrentUsers users) {
    this.tasks = tasks;
    this.identity = identity;
    this.users = users;
  }

  /** How many tasks the query finds in the person's commissions, counted as the application. */
  private long count(String[] tenants, TaskQuery query) {
    if (tenants.length == 0) {
      return 0;
    }
    return identity.asApplication(() -> query.tenantIdIn(tenants).count());
  }

  /**
   * The oldest {@code limit} open commitment tasks the user may work (offered to one of its groups,
   * or claimed by it), and how many there are in all.
   */
  public TaskList tasksOf(CurrentUser user, int limit) {
    Map<String, Task> found = new LinkedHashMap<>();
    String[] tenants = users.tenantsOf(user).toArray(String[]::new);
    long claimedCount = count(tenants, claimed(user));
    long total = claimedCount;
    if (claimedCount > 0) {
      oldestFirst(tenants, claimed(user), limit).forEach(task -> found.put(task.getId(), task));
    }
    if (!user.groups().isEmpty()) {
      List<String> groups = List.copyOf(user.groups());
      total += count(tenants, offered(groups));
      oldestFirst(tenants, offered(groups), limit).forEach(task -> found.put(task.getId(), task));
      if (claimedCount > 0) {
        // Claimed by the user and offered to one of its groups: counted once.
        total -= count(tenants, offered(groups).taskAssignee(user.id()));
      }
    }
    List<OpenTask> oldest = openTasks(found.values(), user).stream().limit(limit).toList();
    return new TaskList(oldest, total);
  }

  private List<Task> oldestFirst(String[] tenants, TaskQuery query, int limit) {
    if (tenants.length == 0) {
      return List.of();
    }
    return identity.asApplication(
        () ->
            query
                .tenantIdIn(tenants)
                .orderByTaskCreateTime()
                .asc()
                .orderByTaskId()
                .asc()
                .listPage(0, limit));
  }

  /** Some of the user's open tasks, and how many it has in all. */
  public record TaskList(List<OpenTask> tasks, long total) {}

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

  /** All of them, for one process instance (none without one). */
  public List<OpenTask> tasksOf(CurrentUser user, String processInstanceId) {
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
}
