package mx.ine.cspen.seguimiento.commitment.page;

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
import mx.ine.cspen.seguimiento.engine.EngineIdentity;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * What the commitment's page reads from the process engine: where the commitment stands in its
 * process, the process model to draw it, and the names of the people in its history. Read-only:
 * every change goes through {@code CommitmentFollowUp} and {@code CommitmentWorkflow}; the open
 * tasks come from {@link OpenTasks}.
 *
 * <p>The model and the names are read as the signed-in user (set on the thread by the security
 * layer), so the engine shows each person only what its authorizations allow.
 */
@Component
class EngineReader {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final EngineIdentity engineIdentity;

  EngineReader(
      RuntimeService runtime,
      HistoryService history,
      RepositoryService repository,
      IdentityService identity,
      EngineIdentity engineIdentity) {
    this.runtime = runtime;
    this.history = history;
    this.repository = repository;
    this.identity = identity;
    this.engineIdentity = engineIdentity;
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
