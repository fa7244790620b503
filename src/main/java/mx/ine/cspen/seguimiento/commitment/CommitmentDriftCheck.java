package mx.ine.cspen.seguimiento.commitment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether every commitment's process agrees with the commitment: an open commitment has exactly one
 * running, active instance, bound to it, waiting where its status says (assign area, report
 * progress, verify fulfilment), its progress task offered to its area's group; a concluded or
 * cancelled commitment has no running instance. Nobody but an administrator can move a process
 * behind the domain's back (see {@code engine/CommandPolicy}); this check finds what an
 * administrator broke, and {@link #repair} brings the process back to what the commitment says.
 */
@Service
public class CommitmentDriftCheck {

  private static final int PAGE = 500;

  private final CommitmentRepository commitments;
  private final CommitmentHistory history;
  private final CommitmentWorkflow workflow;
  private final Commissions commissions;

  CommitmentDriftCheck(
      CommitmentRepository commitments,
      CommitmentHistory history,
      CommitmentWorkflow workflow,
      Commissions commissions) {
    this.commitments = commitments;
    this.history = history;
    this.workflow = workflow;
    this.commissions = commissions;
  }

  /** The engine as the check sees it: instances by folio, waiting tasks, progress tasks' groups. */
  private record EngineState(
      Map<String, List<CommitmentWorkflow.RunningInstance>> instancesByFolio,
      Map<String, List<CommitmentWorkflow.WaitingTask>> tasksByInstance,
      Map<String, Set<String>> groupsByTask) {

    List<CommitmentWorkflow.RunningInstance> instancesOf(String folio) {
      return instancesByFolio.getOrDefault(folio, List.of());
    }

    List<CommitmentWorkflow.WaitingTask> tasksOf(String processInstanceId) {
      return tasksByInstance.getOrDefault(processInstanceId, List.of());
    }
  }

  /** Every disagreement, commitment by commitment (each one confirmed on its own). */
  @Transactional(readOnly = true)
  public List<ProcessDrift> checkAll() {
    EngineState state = wholeEngine();
    List<ProcessDrift> found = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<Commitment> batch =
          commitments.findAll(PageRequest.of(page, PAGE, Sort.by("id"))).getContent();
      for (Commitment commitment : batch) {
        if (!problems(commitment, state).isEmpty()) {
          // Read apart from the engine, a commitment that changed meanwhile looks wrong: confirm.
          check(commitment).ifPresent(found::add);
        }
      }
      if (batch.size() < PAGE) {
        return found;
      }
    }
  }

  /** The disagreements of one commitment, if any. */
  @Transactional(readOnly = true)
  public Optional<ProcessDrift> check(long commitmentId) {
    return check(find(commitmentId));
  }

  /**
   * Brings the commitment's process back to what the commitment says, and records in its history
   * who did it and why. Administrators only.
   */
  @Transactional
  public ProcessDrift repair(long commitmentId, String reason, CurrentUser user) {
    RoleChecks.requireAdministrator(user, "repara el proceso de un compromiso desde el motor");
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(
          "reason", "Escriba el motivo de la reparación: queda en el historial del compromiso.");
    }
    Commitment commitment = find(commitmentId);
    ProcessDrift drift =
        check(commitment)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "El proceso del compromiso "
                            + commitment.getFolio()
                            + " ya coincide con lo que dice el compromiso: no hay nada que"
                            + " reparar."));
    bringBack(commitment);
    if (check(commitment).isPresent()) {
      throw new ConflictException(
          "No fue posible reparar el proceso del compromiso "
              + commitment.getFolio()
              + ": "
              + describe(check(commitment).get())
              + " No se cambió nada.");
    }
    history.record(
        commitment,
        CommitmentEventType.PROCESS_REPAIRED,
        user.id(),
        null,
        "Motivo: " + reason.strip() + " Se corrigió: " + describe(drift),
        null);
    return drift;
  }

  private Optional<ProcessDrift> check(Commitment commitment) {
    String bound = commitment.getProcessInstanceId();
    List<CommitmentWorkflow.RunningInstance> instances =
        workflow.runningInstances(commitment.getFolio());
    Map<String, List<CommitmentWorkflow.WaitingTask>> tasks = new HashMap<>();
    Map<String, Set<String>> groups = new HashMap<>();
    if (bound != null) {
      List<CommitmentWorkflow.WaitingTask> waiting = workflow.mainFlowTasks(bound);
      tasks.put(bound, waiting);
      for (CommitmentWorkflow.WaitingTask task : waiting) {
        if (task.definitionKey().equals(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS)) {
          groups.put(task.id(), workflow.candidateGroups(task.id()));
        }
      }
    }
    EngineState state = new EngineState(Map.of(commitment.getFolio(), instances), tasks, groups);
    List<ProcessDrift.Problem> problems = problems(commitment, state);
    return problems.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new ProcessDrift(
                commitment.getId(), commitment.getFolio(), commitment.getStatus(), problems));
  }

  private EngineState wholeEngine() {
    Map<String, List<CommitmentWorkflow.RunningInstance>> instances =
        workflow.runningInstances(null).stream()
            .filter(i -> i.businessKey() != null)
            .collect(Collectors.groupingBy(CommitmentWorkflow.RunningInstance::businessKey));
    Map<String, List<CommitmentWorkflow.WaitingTask>> tasks =
        workflow.mainFlowTasks(null).stream()
            .collect(Collectors.groupingBy(CommitmentWorkflow.WaitingTask::processInstanceId));
    Map<String, Set<String>> groups = new HashMap<>();
    for (String group :
        commitments.areaCodesInUse().stream()
            .map(mx.ine.cspen.seguimiento.area.Area::groupOf)
            .toList()) {
      for (String task : workflow.progressTasksOfferedTo(group, null)) {
        groups.computeIfAbsent(task, t -> new HashSet<>()).add(group);
      }
    }
    return new EngineState(instances, tasks, groups);
  }

  private static List<ProcessDrift.Problem> problems(Commitment commitment, EngineState state) {
    List<ProcessDrift.Problem> problems = new ArrayList<>();
    String bound = commitment.getProcessInstanceId();
    List<CommitmentWorkflow.RunningInstance> instances = state.instancesOf(commitment.getFolio());
    CommitmentWorkflow.RunningInstance running =
        instances.stream().filter(i -> i.id().equals(bound)).findFirst().orElse(null);
    List<String> others =
        instances.stream()
            .map(CommitmentWorkflow.RunningInstance::id)
            .filter(id -> !id.equals(bound))
            .toList();
    if (!others.isEmpty()) {
      problems.add(
          new ProcessDrift.Problem(
              ProcessDrift.Kind.EXTRA_PROCESS,
              "Hay "
                  + (others.size() == 1 ? "otro proceso" : others.size() + " procesos más")
                  + " en curso con su folio, además del suyo ("
                  + String.join(", ", others)
                  + ")."));
    }
    if (commitment.getStatus().isClosed()) {
      if (running != null) {
        problems.add(
            new ProcessDrift.Problem(
                ProcessDrift.Kind.PROCESS_STILL_RUNNING,
                "El compromiso está "
                    + commitment.getStatus().label().toLowerCase(java.util.Locale.ROOT)
                    + " y su proceso sigue en curso."));
      }
      return problems;
    }
    if (running == null) {
      problems.add(
          new ProcessDrift.Problem(
              ProcessDrift.Kind.NO_PROCESS,
              "El compromiso está "
                  + commitment.getStatus().label().toLowerCase(java.util.Locale.ROOT)
                  + " y no tiene proceso en curso (se eliminó o terminó fuera del sistema)."));
      return problems;
    }
    if (running.suspended()) {
      problems.add(
          new ProcessDrift.Problem(ProcessDrift.Kind.SUSPENDED, "Su proceso está suspendido."));
    }
    String expected = expectedTask(commitment.getStatus());
    List<CommitmentWorkflow.WaitingTask> waiting = state.tasksOf(bound);
    if (waiting.size() != 1 || !waiting.get(0).definitionKey().equals(expected)) {
      problems.add(
          new ProcessDrift.Problem(
              ProcessDrift.Kind.WRONG_TASK,
              "Según su estatus («"
                  + commitment.getStatus().label()
                  + "») su proceso debe esperar en «"
                  + taskName(expected)
                  + "», y espera en: "
                  + (waiting.isEmpty()
                      ? "ninguna tarea"
                      : waiting.stream()
                          .map(t -> "«" + taskName(t.definitionKey()) + "»")
                          .collect(Collectors.joining(", ")))
                  + "."));
    } else if (expected.equals(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS)) {
      Set<String> offered = state.groupsByTask().getOrDefault(waiting.get(0).id(), Set.of());
      String areaGroup = commitment.getArea().groupId();
      if (!offered.equals(Set.of(areaGroup))) {
        problems.add(
            new ProcessDrift.Problem(
                ProcessDrift.Kind.WRONG_GROUP,
                "Su tarea «Informar avance» se ofrece a "
                    + (offered.isEmpty() ? "ningún grupo" : String.join(", ", offered))
                    + " y no solo a "
                    + areaGroup
                    + ", el grupo de su área."));
      }
    }
    return problems;
  }

  /** What makes the process agree again; the new state is checked before anything commits. */
  private void bringBack(Commitment commitment) {
    String bound = commitment.getProcessInstanceId();
    String reason =
        "Reparación: el proceso no coincidía con el compromiso " + commitment.getFolio();
    for (CommitmentWorkflow.RunningInstance instance :
        workflow.runningInstances(commitment.getFolio())) {
      if (!instance.id().equals(bound)) {
        workflow.deleteInstance(instance.id(), reason);
      }
    }
    boolean running =
        bound != null
            && workflow.runningInstances(commitment.getFolio()).stream()
                .anyMatch(i -> i.id().equals(bound));
    if (commitment.getStatus().isClosed()) {
      if (running) {
        workflow.deleteInstance(bound, reason);
      }
      return;
    }
    String expected = expectedTask(commitment.getStatus());
    if (!running) {
      workflow.restartAt(commitment, commissions.tenantOf(commitment.getCommissionId()), expected);
      return;
    }
    if (workflow.runningInstances(commitment.getFolio()).stream()
        .anyMatch(i -> i.id().equals(bound) && i.suspended())) {
      workflow.activate(bound);
    }
    List<CommitmentWorkflow.WaitingTask> waiting = workflow.mainFlowTasks(bound);
    if (waiting.size() != 1 || !waiting.get(0).definitionKey().equals(expected)) {
      workflow.moveTo(bound, expected);
    }
    if (expected.equals(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS)) {
      String areaGroup = commitment.getArea().groupId();
      boolean offeredToItsArea =
          workflow.mainFlowTasks(bound).stream()
              .allMatch(t -> workflow.candidateGroups(t.id()).equals(Set.of(areaGroup)));
      if (!offeredToItsArea) {
        workflow.moveOpenAreaTasks(bound, areaGroup);
      }
    }
  }

  private static String expectedTask(CommitmentStatus status) {
    return switch (status) {
      case UNASSIGNED -> CommitmentProcess.Elements.USER_TASK_ASSIGN_AREA;
      case IN_PROGRESS -> CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS;
      case UNDER_VERIFICATION -> CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT;
      default -> throw new IllegalArgumentException("A closed commitment waits nowhere: " + status);
    };
  }

  private static String taskName(String taskDefinitionKey) {
    return switch (taskDefinitionKey) {
      case CommitmentProcess.Elements.USER_TASK_ASSIGN_AREA -> "Asignar área responsable";
      case CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS -> "Informar avance";
      case CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT -> "Verificar cumplimiento";
      default -> taskDefinitionKey;
    };
  }

  static String describe(ProcessDrift drift) {
    return drift.problems().stream()
        .map(ProcessDrift.Problem::description)
        .collect(Collectors.joining(" "));
  }

  private Commitment find(long commitmentId) {
    return commitments
        .findById(commitmentId)
        .orElseThrow(
            () -> new NotFoundException("No existe el compromiso con id " + commitmentId + "."));
  }
}
