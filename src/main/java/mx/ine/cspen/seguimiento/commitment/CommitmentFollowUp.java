package mx.ine.cspen.seguimiento.commitment;

import static mx.ine.cspen.seguimiento.commitment.CommitmentRegistry.blankToNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.system.InputValidator;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.RetriedOnConflict;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A registered commitment's follow-up, which moves its process: assignment, progress, verification,
 * due date, cancellation.
 *
 * <p>Every change is checked and recorded here, whichever way it arrives. From the API and our
 * pages, the change is recorded first and then the process's task is completed; from a Tasklist
 * form, the engine completes the task and its listener hands the submitted values to the {@code
 * …SubmittedInTask} methods. Events carry the task's id, so a task is recorded once either way.
 * Everything runs in one transaction with the engine: an error leaves no trace anywhere.
 *
 * <p>Each operation takes the version of the commitment the caller saw ({@code expectedVersion},
 * from {@code If-Match}; null: any) and refuses with 412 if it has changed since.
 */
@Service
@RetriedOnConflict
public class CommitmentFollowUp {

  private final CommitmentWorkflow workflow;
  private final CommitmentGuard guard;
  private final CommitmentHistory history;
  private final InputValidator validator;
  private final Clock clock;

  CommitmentFollowUp(
      CommitmentWorkflow workflow,
      CommitmentGuard guard,
      CommitmentHistory history,
      InputValidator validator,
      Clock clock) {
    this.workflow = workflow;
    this.guard = guard;
    this.history = history;
    this.validator = validator;
    this.clock = clock;
  }

  // --- Assignment -----------------------------------------------------------------------------

  /**
   * Assigns the responsible area: the first assignment completes the Secretaría Técnica's task; a
   * later one moves the commitment, and its open task, to the new area.
   */
  @Transactional
  public Commitment assign(
      long commitmentId, AssignArea command, CurrentUser user, Long expectedVersion) {
    String does = "asigna el área responsable";
    RoleChecks.requireSecretariatOfAny(user, does);
    validator.check(command);
    Commitment commitment = guard.findForChange(commitmentId, expectedVersion);
    guard.requireSecretariatOf(commitment, user, does);
    Area area = guard.findArea(command.areaCode(), "areaCode", commitment.getCommissionId());
    switch (commitment.getStatus()) {
      case UNASSIGNED -> {
        Task task = guard.openTask(commitment, CommitmentProcess.Elements.USER_TASK_ASSIGN_AREA);
        recordAssignment(commitment, area, user, task.getId());
        workflow.complete(task, CommitmentProcess.Elements.USER_TASK_ASSIGN_AREA);
      }
      case IN_PROGRESS, UNDER_VERIFICATION -> {
        if (area.getCode().equals(commitment.getAreaCode())) {
          throw CommitmentRefusals.alreadyAssignedTo(commitment, area.getName());
        }
        commitment.reassignTo(area);
        history.record(
            commitment,
            CommitmentEventType.REASSIGNED,
            user.id(),
            area.getCode(),
            blankToNull(command.reason()),
            null);
        workflow.reassign(commitment);
      }
      default -> throw CommitmentRefusals.closed(commitment, "cambiar su área responsable");
    }
    return commitment;
  }

  /** The area chosen in Tasklist's "Asignar área responsable" form. */
  @Transactional
  public void assignmentSubmittedInTask(
      long commitmentId, String taskId, Supplier<String> areaCode, Supplier<CurrentUser> caller) {
    onceForTask(
        commitmentId,
        taskId,
        caller,
        (commitment, user) -> {
          guard.requireSecretariatOf(commitment, user, "asigna el área responsable");
          String code = areaCode.get();
          if (code == null || code.isBlank()) {
            throw new InvalidInputException(
                CommitmentProcess.FormFields.AREA_CODE, "Seleccione el área responsable.");
          }
          if (commitment.getStatus() != CommitmentStatus.UNASSIGNED) {
            throw CommitmentRefusals.alreadyHasArea(commitment);
          }
          recordAssignment(
              commitment,
              guard.findArea(
                  code, CommitmentProcess.FormFields.AREA_CODE, commitment.getCommissionId()),
              user,
              taskId);
        });
  }

  private void recordAssignment(Commitment commitment, Area area, CurrentUser user, String taskId) {
    commitment.assignTo(area);
    history.record(
        commitment, CommitmentEventType.ASSIGNED, user.id(), area.getCode(), null, taskId);
  }

  // --- Progress -------------------------------------------------------------------------------

  /** A progress report (or closure request) of the commitment's area. */
  @Transactional
  public ProgressReport reportProgress(
      long commitmentId, SubmitProgressReport command, CurrentUser user, Long expectedVersion) {
    return reportProgress(commitmentId, command, user, expectedVersion, report -> {});
  }

  /**
   * {@link #reportProgress}, with what goes with the report (its files) recorded by {@code
   * withReport} before the process moves on, so that the next task's form already shows it.
   */
  @Transactional
  public ProgressReport reportProgress(
      long commitmentId,
      SubmitProgressReport command,
      CurrentUser user,
      Long expectedVersion,
      Consumer<ProgressReport> withReport) {
    Commitment commitment = guard.findForChange(commitmentId, expectedVersion);
    CommitmentGuard.requireResponsibleArea(commitment, user);
    CommitmentGuard.requireReporting(commitment);
    Task task = guard.openTask(commitment, CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    ProgressReport report = recordProgress(commitment, command, user, task.getId());
    withReport.accept(report);
    workflow.complete(task, CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    return report;
  }

  /** The "Informar avance" form submitted in Tasklist. */
  @Transactional
  public void progressSubmittedInTask(
      long commitmentId,
      String taskId,
      Supplier<SubmitProgressReport> form,
      Supplier<CurrentUser> caller) {
    onceForTask(
        commitmentId,
        taskId,
        caller,
        (commitment, user) -> {
          CommitmentGuard.requireResponsibleArea(commitment, user);
          CommitmentGuard.requireReporting(commitment);
          recordProgress(commitment, form.get(), user, taskId);
        });
  }

  /**
   * The rules of a progress report: web links only, a justification when the percent goes down, 100
   * % to request the closure. Every problem is reported at once.
   */
  private ProgressReport recordProgress(
      Commitment commitment, SubmitProgressReport command, CurrentUser user, String taskId) {
    validator.check(command);
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < command.references().size(); i++) {
      String url = command.references().get(i).url();
      if (url != null && !url.isBlank() && !isWebLink(url.strip())) {
        problems.add(CommitmentRefusals.notAWebLink(i, url.strip()));
      }
    }
    if (command.percent() < commitment.getPercent()
        && (command.justification() == null || command.justification().isBlank())) {
      problems.add(
          CommitmentRefusals.loweredWithoutJustification(
              commitment.getPercent(), command.percent()));
    }
    if (command.closureRequested() && command.percent() != 100) {
      problems.add(CommitmentRefusals.closureBelowComplete(command.percent()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<DocumentReference> references =
        command.references().stream()
            .map(
                r ->
                    new DocumentReference(
                        r.type(), r.number().strip(), r.date(), blankToNull(r.url())))
            .toList();
    commitment.recordProgress(command.percent(), command.closureRequested());
    return history.progress(
        commitment,
        clock.instant(),
        user.id(),
        new CommitmentHistory.Progress(
            command.percent(),
            command.narrative().strip(),
            blankToNull(command.justification()),
            command.closureRequested()),
        references,
        taskId);
  }

  /** Whether the text is an http:// or https:// address, as document references require. */
  public static boolean isWebLink(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  // --- Verification ---------------------------------------------------------------------------

  /** The Secretaría Técnica approves a closure request, or returns it with observations. */
  @Transactional
  public Commitment verify(
      long commitmentId, VerifyFulfilment command, CurrentUser user, Long expectedVersion) {
    String does = "verifica el cumplimiento";
    RoleChecks.requireSecretariatOfAny(user, does);
    Commitment commitment = guard.findForChange(commitmentId, expectedVersion);
    guard.requireSecretariatOf(commitment, user, does);
    CommitmentGuard.requireUnderVerification(commitment);
    Task task = guard.openTask(commitment, CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT);
    recordVerification(commitment, command, user, task.getId());
    workflow.complete(task, CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT);
    return commitment;
  }

  /** The "Verificar cumplimiento" form submitted in Tasklist. */
  @Transactional
  public void verificationSubmittedInTask(
      long commitmentId,
      String taskId,
      Supplier<VerifyFulfilment> form,
      Supplier<CurrentUser> caller) {
    onceForTask(
        commitmentId,
        taskId,
        caller,
        (commitment, user) -> {
          guard.requireSecretariatOf(commitment, user, "verifica el cumplimiento");
          CommitmentGuard.requireUnderVerification(commitment);
          recordVerification(commitment, form.get(), user, taskId);
        });
  }

  private void recordVerification(
      Commitment commitment, VerifyFulfilment command, CurrentUser user, String taskId) {
    validator.check(command);
    boolean approved = command.approved();
    if (!approved && (command.observations() == null || command.observations().isBlank())) {
      throw CommitmentRefusals.returnedWithoutObservations();
    }
    if (approved) {
      commitment.approveClosure();
    } else {
      commitment.returnClosure();
    }
    history.record(
        commitment,
        approved ? CommitmentEventType.CLOSURE_APPROVED : CommitmentEventType.CLOSURE_RETURNED,
        user.id(),
        null,
        blankToNull(command.observations()),
        taskId);
  }

  // --- Due date -------------------------------------------------------------------------------

  /**
   * The Secretaría Técnica sets or changes the due date of an open commitment; the process's
   * escalation timer follows the new date. The same date again changes nothing.
   */
  @Transactional
  public Commitment changeDueDate(
      long commitmentId, ChangeDueDate command, CurrentUser user, Long expectedVersion) {
    String does = "fija o cambia la fecha límite";
    RoleChecks.requireSecretariatOfAny(user, does);
    validator.check(command);
    Commitment commitment = guard.findForChange(commitmentId, expectedVersion);
    guard.requireSecretariatOf(commitment, user, does);
    CommitmentGuard.requireOpen(commitment, "cambiar su fecha límite");
    CommitmentGuard.requireNotBeforeSession(command.dueDate(), commitment.getSession(), "dueDate");
    if (command.dueDate().equals(commitment.getDueDate())) {
      return commitment;
    }
    recordDueDate(commitment, command.dueDate(), blankToNull(command.reason()), user);
    workflow.dueDateChanged(commitment);
    return commitment;
  }

  /**
   * The "Dar seguimiento a compromiso vencido" form submitted in Tasklist: the actions taken are
   * recorded in the commitment's history, and a new due date, if agreed, replaces the old one.
   */
  @Transactional
  public void overdueFollowUpSubmittedInTask(
      long commitmentId,
      String taskId,
      Supplier<OverdueFollowUp> form,
      Supplier<CurrentUser> caller) {
    onceForTask(
        commitmentId,
        taskId,
        caller,
        (commitment, user) -> {
          guard.requireSecretariatOf(commitment, user, "da seguimiento a los compromisos vencidos");
          CommitmentGuard.requireOpen(commitment, "darle seguimiento");
          OverdueFollowUp followUp = form.get();
          validator.check(followUp);
          LocalDate newDueDate = followUp.newDueDate();
          if (newDueDate != null) {
            String field = CommitmentProcess.FormFields.NEW_DUE_DATE;
            CommitmentGuard.requireNotBeforeSession(newDueDate, commitment.getSession(), field);
            LocalDate today = LocalDate.now(clock);
            if (!newDueDate.isAfter(today)) {
              throw CommitmentRefusals.newDueDateNotAhead(field, newDueDate, today);
            }
            if (!newDueDate.equals(commitment.getDueDate())) {
              recordDueDate(commitment, newDueDate, null, user);
            }
          }
          history.record(
              commitment,
              CommitmentEventType.OVERDUE_FOLLOWED_UP,
              user.id(),
              null,
              followUp.followUpNote().strip(),
              taskId);
        });
  }

  private void recordDueDate(
      Commitment commitment, LocalDate dueDate, String reason, CurrentUser user) {
    LocalDate previous = commitment.getDueDate();
    commitment.changeDueDate(dueDate);
    String note =
        "Fecha límite: "
            + SpanishDates.numeric(dueDate)
            + (previous == null
                ? " (no tenía)"
                : " (antes: " + SpanishDates.numeric(previous) + ")")
            + (reason == null ? "." : ". Motivo: " + reason);
    history.record(commitment, CommitmentEventType.DUE_DATE_CHANGED, user.id(), null, note, null);
  }

  // --- Cancellation ---------------------------------------------------------------------------

  /** The Commission leaves the commitment without effect; its process ends. */
  @Transactional
  public Commitment cancel(
      long commitmentId, CancelCommitment command, CurrentUser user, Long expectedVersion) {
    String does = "registra que un compromiso queda sin efecto";
    RoleChecks.requireSecretariatOfAny(user, does);
    validator.check(command);
    Commitment commitment = guard.findForChange(commitmentId, expectedVersion);
    guard.requireSecretariatOf(commitment, user, does);
    CommitmentGuard.requireOpen(commitment, "dejarlo sin efecto");
    commitment.cancel();
    history.record(
        commitment, CommitmentEventType.CANCELLED, user.id(), null, command.reason().strip(), null);
    workflow.cancel(commitment);
    return commitment;
  }

  /**
   * A Tasklist form's submission, recorded once: the commitment locked, then nothing if the task
   * was recorded already (completed through the API or our pages, whose listener runs too), else
   * {@code record} with the person who submitted it.
   */
  private void onceForTask(
      long commitmentId,
      String taskId,
      Supplier<CurrentUser> caller,
      BiConsumer<Commitment, CurrentUser> record) {
    Commitment commitment = guard.findForChange(commitmentId, null);
    if (!history.recorded(taskId)) {
      record.accept(commitment, caller.get());
    }
  }
}
