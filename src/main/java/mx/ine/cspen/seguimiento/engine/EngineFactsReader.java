package mx.ine.cspen.seguimiento.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * {@link EngineFacts} from the engine's own services. The deployed forms' fields are read at each
 * submission: a form bound to its latest version (the ones that list the catalogue's areas) changes
 * when an administrator adds an area or a commission.
 */
final class EngineFactsReader implements EngineFacts {

  private final ProcessEngineConfigurationImpl engine;
  private final ObjectMapper json = new ObjectMapper();

  EngineFactsReader(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  @Override
  public Optional<TaskFacts> task(String taskId) {
    return asApplication(
        () ->
            Optional.ofNullable(
                    engine.getTaskService().createTaskQuery().taskId(taskId).singleResult())
                .map(EngineFactsReader::facts));
  }

  @Override
  public boolean visibleToCaller(String taskId) {
    return engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
  }

  @Override
  public Set<String> taskFormKeys(TaskFacts task) {
    return asApplication(() -> keys(() -> engine.getFormService().getDeployedTaskForm(task.id())));
  }

  @Override
  public Set<String> startFormKeys(String processDefinitionId) {
    return asApplication(
        () -> keys(() -> engine.getFormService().getDeployedStartForm(processDefinitionId)));
  }

  @Override
  public Optional<String> latestDefinitionId(String processDefinitionKey) {
    if (processDefinitionKey == null) {
      return Optional.empty();
    }
    return asApplication(
        () ->
            Optional.ofNullable(
                    engine
                        .getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(processDefinitionKey)
                        .latestVersion()
                        .singleResult())
                .map(ProcessDefinition::getId));
  }

  private static TaskFacts facts(Task task) {
    return new TaskFacts(
        task.getId(),
        task.getName(),
        task.getAssignee(),
        task.getProcessDefinitionId(),
        task.getTaskDefinitionKey());
  }

  /** The keys of a Camunda Form's fields, nested ones included; none when there is no form. */
  private Set<String> keys(Supplier<InputStream> form) {
    InputStream stream;
    try {
      stream = form.get();
    } catch (ProcessEngineException e) {
      // No Camunda Form is deployed for it (a task or a start event without formRef).
      return Set.of();
    }
    try (InputStream in = stream) {
      Set<String> keys = new HashSet<>();
      collect(json.readTree(in), keys);
      return Set.copyOf(keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode node, Set<String> keys) {
    for (JsonNode component : node.path("components")) {
      JsonNode key = component.get("key");
      if (key != null && key.isTextual() && !key.asText().isBlank()) {
        // A key by path (commitment.folio) submits the variable its path starts with.
        keys.add(key.asText().split("\\.", 2)[0]);
      }
      collect(component, keys);
    }
  }

  private <T> T asApplication(Supplier<T> read) {
    return EngineIdentity.asApplication(engine.getIdentityService(), read);
  }
}
