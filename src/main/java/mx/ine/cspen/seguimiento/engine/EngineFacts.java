package mx.ine.cspen.seguimiento.engine;

import java.util.Optional;
import java.util.Set;

/**
 * What the engine policy looks up to decide on a command, read as the application (the policy must
 * know the facts even where the person may not read them).
 */
interface EngineFacts {

  Optional<TaskFacts> task(String taskId);

  /** Whether the person calling may read the task, by the engine's own authorizations. */
  boolean visibleToCaller(String taskId);

  /** The keys of the fields of the task's form (empty: the task has no form). */
  Set<String> taskFormKeys(TaskFacts task);

  /** The keys of the fields of the definition's start form (empty: it has none). */
  Set<String> startFormKeys(String processDefinitionId);

  /** The latest version of the process definition with this key, if deployed. */
  Optional<String> latestDefinitionId(String processDefinitionKey);

  record TaskFacts(
      String id,
      String name,
      String assignee,
      String processDefinitionId,
      String taskDefinitionKey) {}
}
