package mx.ine.cspen.seguimiento.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractWritableIdentityServiceCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.query.Query;

/**
 * What each role may do in the process engine, whichever door the command came through (our
 * services, Tasklist, Cockpit, {@code /engine-rest}, the webapps' {@code /camunda/api/engine}).
 *
 * <p>The product's own services drive the engine as the application, once the domain has decided;
 * so a person needs no power of their own over the processes. What a person may do directly:
 *
 * <ul>
 *   <li>read anything the engine's authorizations let them read;
 *   <li>claim a task for themselves, and give back a task they hold;
 *   <li>complete a task that is unclaimed or theirs, with that task's form fields and nothing else;
 *   <li>start a process through its start form, without choosing its business key;
 *   <li>comment on a task they can see;
 *   <li>whatever the engine's identity, filter and authorization services allow them (in practice
 *       nothing but reading, except for administrators).
 * </ul>
 *
 * The Commission ({@code comision}) reads and writes nothing, comments included. Administrators
 * keep every power (and the drift check tells them when they broke something). Anything else —
 * variable writes, messages, signals, process-instance modification, suspension, deletion, BPMN
 * errors and escalations from tasks, claims for others, delegation — is refused.
 */
final class CommandPolicy {

  /** Commands that only read, by the engine's naming (checked against every command class). */
  private static final Pattern READ =
      Pattern.compile(
          "(Get|Find|Fetch|Is|Check)[A-Z]\\w*"
              + "|ExecuteFilter\\w*Cmd"
              + "|Create\\w*QueryCmd"
              + "|AuthorizationCheckCmd|DetermineHistoryLevelCmd");

  /** Writes governed by the engine's own authorizations (only administrators hold them). */
  private static final Set<String> AUTHORIZED_BY_ENGINE =
      Set.of(
          "CreateFilterCmd",
          "SaveFilterCmd",
          "DeleteFilterCmd",
          "SaveAuthorizationCmd",
          "DeleteAuthorizationCmd",
          "SetUserInfoCmd",
          "DeleteUserInfoCmd",
          "SetUserPictureCmd",
          "DeleteUserPictureCmd");

  static final String THROUGH_THE_PRODUCT =
      " Los compromisos y los informes cambian solo a través de Seguimiento de Compromisos: sus"
          + " páginas, los formularios de Tasklist y su API.";

  private final EngineFacts facts;

  CommandPolicy(EngineFacts facts) {
    this.facts = facts;
  }

  /** Who calls: null for the application itself (its services, the job executor). */
  record Caller(
      String userId, Collection<String> groups, boolean administrator, boolean readOnly) {}

  /** Refuses, by throwing one of {@link EngineRefusals}, what the caller may not do. */
  void check(Command<?> command, Caller caller) {
    if (caller == null || caller.administrator() || readsOnly(command)) {
      return;
    }
    if (command instanceof AbstractWritableIdentityServiceCmd<?>
        || AUTHORIZED_BY_ENGINE.contains(name(command))) {
      return;
    }
    if (caller.readOnly()) {
      throw new EngineRefusals.OperationRefused(
          "Su perfil es de consulta: puede leer todo y no cambia nada en el motor de procesos.");
    }
    switch (name(command)) {
      case "ClaimTaskCmd", "AssignTaskCmd" -> claim(command, caller);
      case "CompleteTaskCmd", "SubmitTaskFormCmd" -> complete(command, caller);
      case "SubmitStartFormCmd" ->
          start(
              CommandArguments.processDefinitionId(command).orElse(null),
              CommandArguments.businessKey(command).orElse(null),
              CommandArguments.startFormVariables(command));
      case "StartProcessInstanceCmd" -> start(command);
      case "AddCommentCmd" -> comment(command);
      default -> throw refused(command);
    }
  }

  static boolean readsOnly(Command<?> command) {
    return command instanceof Query<?, ?> || READ.matcher(name(command)).matches();
  }

  private void claim(Command<?> command, Caller caller) {
    EngineFacts.TaskFacts task = task(command);
    String userId = CommandArguments.userId(command).orElse(null);
    if (userId == null) {
      if (task.assignee() != null && !task.assignee().equals(caller.userId())) {
        throw new EngineRefusals.OperationRefused(
            "La tarea «"
                + task.name()
                + "» está reclamada por «"
                + task.assignee()
                + "»; solo esa persona puede devolverla.");
      }
      return;
    }
    if (!userId.equals(caller.userId())) {
      throw new EngineRefusals.OperationRefused(
          "Solo puede reclamar una tarea para usted; no puede asignarla a «" + userId + "».");
    }
  }

  private void complete(Command<?> command, Caller caller) {
    EngineFacts.TaskFacts task = task(command);
    if (task.assignee() != null && !task.assignee().equals(caller.userId())) {
      throw new EngineRefusals.OperationRefused(
          "La tarea «"
              + task.name()
              + "» está reclamada por «"
              + task.assignee()
              + "»; solo esa persona puede completarla.");
    }
    requireOnly(
        CommandArguments.taskVariables(command).keySet(),
        facts.taskFormKeys(task),
        "La tarea «" + task.name() + "»");
  }

  private void start(Command<?> command) {
    ProcessInstantiationBuilderImpl builder =
        CommandArguments.instantiation(command)
            .orElseThrow(() -> new CommandArguments.UnreadableCommand(command, "builder"));
    if (builder.getCaseInstanceId() != null) {
      throw refused(command);
    }
    String definition =
        builder.getProcessDefinitionId() != null
            ? builder.getProcessDefinitionId()
            : facts.latestDefinitionId(builder.getProcessDefinitionKey()).orElse(null);
    Map<String, Object> variables = builder.getVariables();
    start(definition, builder.getBusinessKey(), variables == null ? Map.of() : variables);
  }

  private void start(String processDefinitionId, String businessKey, Map<String, ?> variables) {
    if (processDefinitionId == null) {
      throw new EngineRefusals.TargetMissing("No existe ese proceso.");
    }
    Set<String> fields = facts.startFormKeys(processDefinitionId);
    if (fields.isEmpty()) {
      throw new EngineRefusals.OperationRefused(
          "Este proceso no se inicia a mano: lo inicia el sistema cuando corresponde."
              + THROUGH_THE_PRODUCT);
    }
    if (businessKey != null && !businessKey.isBlank()) {
      throw new EngineRefusals.InputRefused(
          "La clave de negocio (el folio) la asigna el sistema: inicie el proceso sin ella.");
    }
    requireOnly(variables.keySet(), fields, "El formulario de inicio");
  }

  private void comment(Command<?> command) {
    String taskId = CommandArguments.taskId(command).orElse(null);
    if (taskId == null) {
      throw new EngineRefusals.OperationRefused(
          "Los comentarios se hacen en una tarea que usted puede ver." + THROUGH_THE_PRODUCT);
    }
    task(command);
  }

  private EngineFacts.TaskFacts task(Command<?> command) {
    String taskId =
        CommandArguments.taskId(command)
            .orElseThrow(() -> new EngineRefusals.InputRefused("Indique la tarea."));
    EngineFacts.TaskFacts task = facts.task(taskId).orElseThrow(() -> missingTask(taskId));
    if (!facts.visibleToCaller(taskId)) {
      throw notYours(task);
    }
    return task;
  }

  private static void requireOnly(Set<String> given, Set<String> fields, String what) {
    Set<String> extra = new TreeSet<>(given);
    extra.removeAll(fields);
    if (!extra.isEmpty()) {
      throw new EngineRefusals.InputRefused(
          what
              + " solo admite los campos de su formulario ("
              + String.join(", ", new TreeSet<>(fields))
              + "); no se admite: "
              + String.join(", ", extra)
              + ". No se guardó nada.");
    }
  }

  private static EngineRefusals.TargetMissing missingTask(String taskId) {
    return new EngineRefusals.TargetMissing(
        "No existe la tarea «" + taskId + "», o ya se completó; actualice su lista de tareas.");
  }

  private static EngineRefusals.OperationRefused notYours(EngineFacts.TaskFacts task) {
    return new EngineRefusals.OperationRefused(
        "La tarea «" + task.name() + "» no le corresponde: es de otra área o de otro grupo.");
  }

  private static EngineRefusals.OperationRefused refused(Command<?> command) {
    return new EngineRefusals.OperationRefused(
        "Esta operación del motor de procesos ("
            + name(command)
            + ") no está permitida para su perfil."
            + THROUGH_THE_PRODUCT);
  }

  private static String name(Command<?> command) {
    return command.getClass().getSimpleName();
  }

  /** For tests and documentation: the commands a person may run besides reading. */
  static List<String> writesAllowed() {
    return List.of(
        "ClaimTaskCmd",
        "AssignTaskCmd",
        "CompleteTaskCmd",
        "SubmitTaskFormCmd",
        "SubmitStartFormCmd",
        "StartProcessInstanceCmd",
        "AddCommentCmd");
  }
}
