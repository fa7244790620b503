package mx.ine.cspen.seguimiento.commitment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.session.RegisterSession;
import mx.ine.cspen.seguimiento.session.SessionCorrected;
import mx.ine.cspen.seguimiento.session.SessionRepository;
import mx.ine.cspen.seguimiento.session.SessionService;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.ForbiddenException;
import mx.ine.cspen.seguimiento.system.InputValidator;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import mx.ine.cspen.seguimiento.system.PreconditionFailedException;
import mx.ine.cspen.seguimiento.system.RetriedOnConflict;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle of a commitment: registration, assignment, progress, verification, cancellation.
 *
 * <p>Every change is checked and recorded here, whichever way it arrives. From the API, the change
 * is recorded first and then the process's task is completed; from a Tasklist form, the engine
 * completes the task and its listener hands the submitted values to the {@code …SubmittedInTask}
 * methods. Events carry the task's id, so a task is recorded once either way. Everything runs in
 * one transaction with the engine: an error leaves no trace anywhere.
 */
@Service
@RetriedOnConflict
public class CommitmentService {

  private final CommitmentRepository commitments;
  private final ProgressReportRepository progressReports;
  private final CommitmentEventRepository events;
  private final CommitmentChangeRepository changes;
  private final AreaRepository areas;
  private final SessionRepository sessions;
  private final SessionService sessionService;
  private final CommitmentWorkflow workflow;
  private final FolioGenerator folios;
  private final InputValidator validator;
  private final Clock clock;
  private final EntityManager entityManager;
  private final Commissions commissions;

  CommitmentService(
      CommitmentRepository commitments,
      ProgressReportRepository progressReports,
      CommitmentEventRepository events,
      CommitmentChangeRepository changes,
      AreaRepository areas,
      SessionRepository sessions,
      SessionService sessionService,
      CommitmentWorkflow workflow,
      FolioGenerator folios,
      InputValidator validator,
      Clock clock,
      EntityManager entityManager,
      Commissions commissions) {
    this.commitments = commitments;
    this.progressReports = progressReports;
    this.events = events;
    this.changes = changes;
    this.areas = areas;
    this.sessions = sessions;
    this.sessionService = sessionService;
    this.workflow = workflow;
    this.folios = folios;
    this.validator = validator;
    this.clock = clock;
    this.entityManager = entityManager;
    this.commissions = commissions;
  }

  /** The engine tenant the commitment's process runs in: its commission's. */
  private String tenantOf(Commitment commitment) {
    return commissions.tenantOf(commitment.getCommissionId());
  }

  // --- Registration ---------------------------------------------------------------------------

  /** Registers a commitment of a registered session and starts its process. */
  @Transactional
  public Commitment register(RegisterCommitment command, CurrentUser user) {
    requireSecretariatOfAny(user, "registra compromisos y acuerdos");
    validator.check(command);
    CommissionSession session =
        sessions
            .findById(command.sessionId())
            .filter(found -> user.reads(found.getCommissionId()))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "sessionId",
                        "No existe la sesión con id "
                            + command.sessionId()
                            + ". Regístrela primero (POST /api/sessions) o consulte GET"
                            + " /api/sessions."));
    requireSecretariatOf(session.getCommissionId(), user, "registra compromisos y acuerdos");
    Commitment commitment = create(session, command, user);
    commitment.attachProcess(workflow.start(commitment, tenantOf(commitment)));
    return commitment;
  }

  /**
   * Registers the commitment described by the start form of the process instance that is starting:
   * finds or registers its session, then records the commitment against that instance.
   */
  @Transactional
  public Commitment registerSubmittedInStartForm(
      RegisterSession sessionInput,
      RegisterCommitment commitmentInput,
      String processInstanceId,
      CurrentUser user) {
    // The commission the instance was started in (its tenant): its start form's choice, or the
    // commission whose Secretaría Técnica the person is.
    requireSecretariatOf(user.acting(), user, "registra compromisos y acuerdos");
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    try {
      validator.check(commitmentInput);
    } catch (InvalidInputException e) {
      // The form names the session by type, number and date, checked below.
      e.problems().stream().filter(p -> !p.field().equals("sessionId")).forEach(problems::add);
    }
    CommissionSession session = null;
    try {
      session =
          sessionService.findOrRegister(
              sessionInput, CommitmentProcess.FormFields.SESSION_DATE, user);
    } catch (InvalidInputException e) {
      e.problems().stream()
          .map(
              p -> new InvalidInputException.FieldProblem(sessionFormField(p.field()), p.message()))
          .forEach(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Commitment commitment = create(session, commitmentInput, user);
    commitment.attachProcess(processInstanceId);
    return commitment;
  }

  private Commitment create(
      CommissionSession session, RegisterCommitment command, CurrentUser user) {
    Area area =
        command.areaCode() == null || command.areaCode().isBlank()
            ? null
            : findArea(command.areaCode(), "areaCode", session.getCommissionId());
    if (command.dueDate() != null) {
      requireNotBeforeSession(command.dueDate(), session, "dueDate");
    }
    Instant now = clock.instant();
    Commitment commitment =
        commitments.save(
            new Commitment(
                folios.next(commissions.get(session.getCommissionId()), session.getYear()),
                session,
                command.kind(),
                command.text().strip(),
                blankToNull(command.proposer()),
                area,
                command.dueDate(),
                now,
                user.id()));
    events.save(
        new CommitmentEvent(
            commitment,
            CommitmentEventType.REGISTERED,
            now,
            user.id(),
            commitment.getAreaCode(),
            null,
            null,
            null));
    return commitment;
  }

  /**
   * Registers several commitments of one session at once, each with its process: all or nothing.
   * Every row is checked before anything is written, and every problem is reported, on the fields
   * {@code [i].text}, {@code [i].areaCode}… with the row's number (from 1) in its message.
   */
  @Transactional
  public List<Commitment> registerAll(
      long sessionId, List<SessionCommitment> rows, CurrentUser user) {
    requireSecretariatOfAny(user, "registra compromisos y acuerdos");
    CommissionSession session =
        sessions
            .findById(sessionId)
            .filter(found -> user.reads(found.getCommissionId()))
            .orElseThrow(
                () -> new NotFoundException("No existe la sesión con id " + sessionId + "."));
    requireSecretariatOf(session.getCommissionId(), user, "registra compromisos y acuerdos");
    List<RegisterCommitment> commands = checkRows(session, session.getCommissionId(), rows);
    List<Commitment> registered = new ArrayList<>();
    for (RegisterCommitment command : commands) {
      Commitment commitment = create(session, command, user);
      commitment.attachProcess(workflow.start(commitment, tenantOf(commitment)));
      registered.add(commitment);
    }
    return registered;
  }

  /** The most commitments one request registers: a session's agreements, with room to spare. */
  public static final int MAX_ROWS = 100;

  /**
   * Checks rows for {@code session} (null: a session still to be registered, whose date is not
   * known to be valid) of the commission, and answers them as registration commands, or throws
   * every problem.
   */
  public List<RegisterCommitment> checkRows(
      CommissionSession session, long commissionId, List<SessionCommitment> rows) {
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    List<RegisterCommitment> commands = new ArrayList<>();
    if (rows == null || rows.isEmpty()) {
      throw new InvalidInputException(
          "commitments", "Agregue al menos un acuerdo o compromiso de la sesión.");
    }
    if (rows.size() > MAX_ROWS) {
      throw new InvalidInputException(
          "commitments",
          "Se admiten hasta "
              + MAX_ROWS
              + " acuerdos y compromisos por envío (se enviaron "
              + rows.size()
              + ").");
    }
    for (int i = 0; i < rows.size(); i++) {
      String prefix = "[" + i + "].";
      String row = "Fila " + (i + 1) + ": ";
      SessionCommitment input = rows.get(i);
      if (input == null) {
        problems.add(new InvalidInputException.FieldProblem("[" + i + "]", row + "está vacía."));
        continue;
      }
      RegisterCommitment command =
          new RegisterCommitment(
              session == null ? 0L : session.getId(),
              input.kind(),
              input.text(),
              input.proposer(),
              input.areaCode(),
              input.dueDate());
      try {
        validator.check(command);
      } catch (InvalidInputException e) {
        e.problems()
            .forEach(
                p ->
                    problems.add(
                        new InvalidInputException.FieldProblem(
                            prefix + p.field(), row + p.message())));
      }
      if (command.areaCode() != null && !command.areaCode().isBlank()) {
        try {
          findArea(command.areaCode(), prefix + "areaCode", commissionId);
        } catch (InvalidInputException e) {
          problems.add(
              new InvalidInputException.FieldProblem(
                  prefix + "areaCode", row + e.problems().get(0).message()));
        }
      }
      if (session != null && command.dueDate() != null) {
        try {
          requireNotBeforeSession(command.dueDate(), session, prefix + "dueDate");
        } catch (InvalidInputException e) {
          problems.add(
              new InvalidInputException.FieldProblem(
                  prefix + "dueDate", row + e.problems().get(0).message()));
        }
      }
      commands.add(command);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return commands;
  }

  /**
   * A warning for a due date that has already passed: the process escalates such a commitment at
   * once. Null when the date is ahead (or absent).
   */
  public String pastDueDateWarning(LocalDate dueDate) {
    LocalDate today = LocalDate.now(clock);
    if (dueDate == null || !dueDate.isBefore(today)) {
      return null;
    }
    return "La fecha límite "
        + SpanishDates.numeric(dueDate)
        + " ya pasó (hoy es "
        + SpanishDates.numeric(today)
        + "): el compromiso queda vencido y se avisa de inmediato al área y a la Secretaría"
        + " Técnica.";
  }

  // --- Correction -----------------------------------------------------------------------------

  /**
   * The Secretaría Técnica corrects how a commitment was registered (text, proposer, kind,
   * session), with a reason. The history keeps each value before and after; the report shows the
   * corrected data. Its status, area and progress are not touched: those change only through the
   * process. The same data again changes nothing.
   */
  @Transactional
  public Commitment correct(long commitmentId, CorrectCommitment command, CurrentUser user) {
    return correct(commitmentId, command, user, null);
  }

  /** {@link #correct}, if the commitment is still at {@code expectedVersion} (null: any). */
  @Transactional
  public Commitment correct(
      long commitmentId, CorrectCommitment command, CurrentUser user, Long expectedVersion) {
    requireSecretariatOfAny(user, "corrige los datos de un compromiso");
    validator.check(command);
    Commitment commitment = findForChange(commitmentId, expectedVersion);
    requireSecretariatOf(commitment, user, "corrige los datos de un compromiso");
    if (command.text() != null && command.text().isBlank()) {
      throw new InvalidInputException(
          "text", "El texto del acuerdo o compromiso no puede quedar vacío.");
    }
    String text = command.text() == null ? commitment.getText() : command.text().strip();
    String proposer =
        command.proposer() == null ? commitment.getProposer() : blankToNull(command.proposer());
    CommitmentKind kind = command.kind() == null ? commitment.getKind() : command.kind();
    CommissionSession session = commitment.getSession();
    if (command.sessionId() != null && !command.sessionId().equals(session.getId())) {
      session =
          sessions
              .findById(command.sessionId())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "sessionId",
                          "No existe la sesión con id "
                              + command.sessionId()
                              + "; consulte GET /api/sessions."));
      if (commitment.getDueDate() != null) {
        requireNotBeforeSession(commitment.getDueDate(), session, "sessionId");
      }
    }
    List<CommitmentChange.Field> fields = new ArrayList<>();
    List<String[]> values = new ArrayList<>();
    if (!text.equals(commitment.getText())) {
      fields.add(CommitmentChange.Field.TEXT);
      values.add(new String[] {commitment.getText(), text});
    }
    if (!Objects.equals(proposer, commitment.getProposer())) {
      fields.add(CommitmentChange.Field.PROPOSER);
      values.add(new String[] {commitment.getProposer(), proposer});
    }
    if (kind != commitment.getKind()) {
      fields.add(CommitmentChange.Field.KIND);
      values.add(new String[] {commitment.getKind().label(), kind.label()});
    }
    if (session != commitment.getSession()) {
      fields.add(CommitmentChange.Field.SESSION);
      values.add(new String[] {commitment.getSession().annexLabel(), session.annexLabel()});
    }
    if (fields.isEmpty()) {
      return commitment;
    }
    commitment.correct(text, proposer, kind, session);
    CommitmentEvent event =
        events.save(
            event(
                commitment,
                CommitmentEventType.CORRECTED,
                user,
                null,
                null,
                command.reason().strip(),
                null));
    for (int i = 0; i < fields.size(); i++) {
      changes.save(
          new CommitmentChange(event, i, fields.get(i), values.get(i)[0], values.get(i)[1]));
    }
    return commitment;
  }

  /**
   * A session was corrected: each of its commitments records it in its history, and a due date that
   * the new date would leave before the session refuses the correction.
   */
  @EventListener
  public void sessionCorrected(SessionCorrected corrected) {
    CommissionSession session = corrected.session();
    List<Commitment> made = commitments.search(null, null, session.getId());
    for (Commitment commitment : made) {
      if (commitment.getDueDate() != null && commitment.getDueDate().isBefore(session.getDate())) {
        throw new InvalidInputException(
            "date",
            "La fecha límite del compromiso "
                + commitment.getFolio()
                + " ("
                + SpanishDates.numeric(commitment.getDueDate())
                + ") quedaría antes de la sesión ("
                + SpanishDates.numeric(session.getDate())
                + "); cambie primero esa fecha límite.");
      }
    }
    String after = session.annexLabel();
    for (Commitment commitment : made) {
      CommitmentEvent event =
          events.save(
              event(
                  commitment,
                  CommitmentEventType.SESSION_CORRECTED,
                  corrected.user(),
                  null,
                  null,
                  corrected.reason(),
                  null));
      changes.save(
          new CommitmentChange(
              event, 0, CommitmentChange.Field.SESSION, corrected.labelBefore(), after));
    }
  }

  // --- Assignment -----------------------------------------------------------------------------

  /**
   * Assigns the responsible area: the first assignment completes the Secretaría Técnica's task; a
   * later one moves the commitment, and its open task, to the new area.
   */
  @Transactional
  public Commitment assign(long commitmentId, AssignArea command, CurrentUser user) {
    return assign(commitmentId, command, user, null);
  }

  /** {@link #assign}, if the commitment is still at {@code expectedVersion} (null: any). */
  @Transactional
  public Commitment assign(
      long commitmentId, AssignArea command, CurrentUser user, Long expectedVersion) {
    requireSecretariatOfAny(user, "asigna el área responsable");
    validator.check(command);
    Commitment commitment = findForChange(commitmentId, expectedVersion);
    requireSecretariatOf(commitment, user, "asigna el área responsable");
    Area area = findArea(command.areaCode(), "areaCode", commitment.getCommissionId());
    switch (commitment.getStatus()) {
      case UNASSIGNED -> {
        Task task = openTask(commitment, CommitmentProcess.Elements.USER_TASK_ASSIGN_AREA);
        recordAssignment(commitment, area, user, task.getId());
        workflow.complete(task, CommitmentProcess.Elements.USER_TASK_ASSIGN_AREA);
      }
      case IN_PROGRESS, UNDER_VERIFICATION -> {
        if (area.getCode().equals(commitment.getAreaCode())) {
          throw new ConflictException(
              "El compromiso "
                  + commitment.getFolio()
                  + " ya está asignado a "
                  + area.getName()
                  + ".");
        }
        commitment.reassignTo(area);
        events.save(
            event(
                commitment,
                CommitmentEventType.REASSIGNED,
                user,
                area.getCode(),
                null,
                blankToNull(command.reason()),
                null));
        workflow.reassign(commitment);
      }
      default -> throw closed(commitment, "cambiar su área responsable");
    }
    return commitment;
  }

  /** The area chosen in Tasklist's "Asignar área responsable" form. */
  @Transactional
  public void assignmentSubmittedInTask(
      long commitmentId, String taskId, Supplier<String> areaCode, Supplier<CurrentUser> caller) {
    Commitment commitment = findForChange(commitmentId, null);
    if (!events.existsByTaskId(taskId)) {
      CurrentUser user = caller.get();
      requireSecretariatOf(commitment, user, "asigna el área responsable");
      String code = areaCode.get();
      if (code == null || code.isBlank()) {
        throw new InvalidInputException(
            CommitmentProcess.FormFields.AREA_CODE, "Seleccione el área responsable.");
      }
      if (commitment.getStatus() != CommitmentStatus.UNASSIGNED) {
        throw new ConflictException(
            "El compromiso " + commitment.getFolio() + " ya tiene área responsable.");
      }
      recordAssignment(
          commitment,
          findArea(code, CommitmentProcess.FormFields.AREA_CODE, commitment.getCommissionId()),
          user,
          taskId);
    }
  }

  private void recordAssignment(Commitment commitment, Area area, CurrentUser user, String taskId) {
    commitment.assignTo(area);
    events.save(
        event(commitment, CommitmentEventType.ASSIGNED, user, area.getCode(), null, null, taskId));
  }

  // --- Progress -------------------------------------------------------------------------------

  /** A progress report (or closure request) of the commitment's area. */
  @Transactional
  public ProgressReport reportProgress(
      long commitmentId, ReportProgress command, CurrentUser user) {
    return reportProgress(commitmentId, command, user, null);
  }

  /** {@link #reportProgress}, if the commitment is still at {@code expectedVersion} (null: any). */
  @Transactional
  public ProgressReport reportProgress(
      long commitmentId, ReportProgress command, CurrentUser user, Long expectedVersion) {
    return reportProgress(commitmentId, command, user, expectedVersion, report -> {});
  }

  /**
   * {@link #reportProgress}, with what goes with the report (its files) recorded by {@code
   * withReport} before the process moves on, so that the next task's form already shows it.
   */
  @Transactional
  public ProgressReport reportProgress(
      long commitmentId,
      ReportProgress command,
      CurrentUser user,
      Long expectedVersion,
      Consumer<ProgressReport> withReport) {
    Commitment commitment = findForChange(commitmentId, expectedVersion);
    requireResponsibleArea(commitment, user);
    requireReporting(commitment);
    Task task = openTask(commitment, CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
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
      Supplier<ReportProgress> form,
      Supplier<CurrentUser> caller) {
    Commitment commitment = findForChange(commitmentId, null);
    if (events.existsByTaskId(taskId)) {
      return;
    }
    CurrentUser user = caller.get();
    requireResponsibleArea(commitment, user);
    requireReporting(commitment);
    recordProgress(commitment, form.get(), user, taskId);
  }

  private ProgressReport recordProgress(
      Commitment commitment, ReportProgress command, CurrentUser user, String taskId) {
    validator.check(command);
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < command.references().size(); i++) {
      String url = command.references().get(i).url();
      if (url != null && !url.isBlank() && !isWebLink(url.strip())) {
        problems.add(
            new InvalidInputException.FieldProblem(
                "references[" + i + "].url",
                "La liga «" + url.strip() + "» no es una dirección http:// o https:// válida."));
      }
    }
    if (command.percent() < commitment.getPercent()
        && (command.justification() == null || command.justification().isBlank())) {
      problems.add(
          new InvalidInputException.FieldProblem(
              "justification",
              "El avance baja de "
                  + commitment.getPercent()
                  + " % a "
                  + command.percent()
                  + " %: explique el motivo en la justificación."));
    }
    if (command.closureRequested() && command.percent() != 100) {
      problems.add(
          new InvalidInputException.FieldProblem(
              "percent",
              "Para solicitar la conclusión el avance debe ser 100 % (se indicó "
                  + command.percent()
                  + " %)."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    List<DocumentReference> references =
        command.references().stream()
            .map(
                r ->
                    new DocumentReference(
                        r.type(), r.number().strip(), r.date(), blankToNull(r.url())))
            .toList();
    ProgressReport report =
        progressReports.save(
            new ProgressReport(
                commitment,
                now,
                command.percent(),
                command.narrative().strip(),
                blankToNull(command.justification()),
                command.closureRequested(),
                user.id(),
                references));
    commitment.recordProgress(command.percent(), command.closureRequested());
    CommitmentEventType type =
        command.closureRequested()
            ? CommitmentEventType.CLOSURE_REQUESTED
            : CommitmentEventType.PROGRESS_REPORTED;
    events.save(event(commitment, type, user, null, report, null, taskId));
    return report;
  }

  // --- Verification ---------------------------------------------------------------------------

  /** The Secretaría Técnica approves a closure request, or returns it with observations. */
  @Transactional
  public Commitment verify(long commitmentId, VerifyFulfilment command, CurrentUser user) {
    return verify(commitmentId, command, user, null);
  }

  /** {@link #verify}, if the commitment is still at {@code expectedVersion} (null: any). */
  @Transactional
  public Commitment verify(
      long commitmentId, VerifyFulfilment command, CurrentUser user, Long expectedVersion) {
    requireSecretariatOfAny(user, "verifica el cumplimiento");
    Commitment commitment = findForChange(commitmentId, expectedVersion);
    requireSecretariatOf(commitment, user, "verifica el cumplimiento");
    requireUnderVerification(commitment);
    Task task = openTask(commitment, CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT);
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
    Commitment commitment = findForChange(commitmentId, null);
    if (events.existsByTaskId(taskId)) {
      return;
    }
    CurrentUser user = caller.get();
    requireSecretariatOf(commitment, user, "verifica el cumplimiento");
    requireUnderVerification(commitment);
    recordVerification(commitment, form.get(), user, taskId);
  }

  private boolean recordVerification(
      Commitment commitment, VerifyFulfilment command, CurrentUser user, String taskId) {
    validator.check(command);
    boolean approved = command.approved();
    if (!approved && (command.observations() == null || command.observations().isBlank())) {
      throw new InvalidInputException(
          "observations",
          "Para devolver la solicitud al área escriba las observaciones que debe atender.");
    }
    if (approved) {
      commitment.approveClosure();
    } else {
      commitment.returnClosure();
    }
    events.save(
        event(
            commitment,
            approved ? CommitmentEventType.CLOSURE_APPROVED : CommitmentEventType.CLOSURE_RETURNED,
            user,
            null,
            null,
            blankToNull(command.observations()),
            taskId));
    return approved;
  }

  // --- Due date -------------------------------------------------------------------------------

  /**
   * The Secretaría Técnica sets or changes the due date of an open commitment; the process's
   * escalation timer follows the new date. The same date again changes nothing.
   */
  @Transactional
  public Commitment changeDueDate(long commitmentId, ChangeDueDate command, CurrentUser user) {
    return changeDueDate(commitmentId, command, user, null);
  }

  /** {@link #changeDueDate}, if the commitment is still at {@code expectedVersion} (null: any). */
  @Transactional
  public Commitment changeDueDate(
      long commitmentId, ChangeDueDate command, CurrentUser user, Long expectedVersion) {
    requireSecretariatOfAny(user, "fija o cambia la fecha límite");
    validator.check(command);
    Commitment commitment = findForChange(commitmentId, expectedVersion);
    requireSecretariatOf(commitment, user, "fija o cambia la fecha límite");
    if (commitment.getStatus().isClosed()) {
      throw closed(commitment, "cambiar su fecha límite");
    }
    requireNotBeforeSession(command.dueDate(), commitment.getSession(), "dueDate");
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
    Commitment commitment = findForChange(commitmentId, null);
    if (events.existsByTaskId(taskId)) {
      return;
    }
    CurrentUser user = caller.get();
    requireSecretariatOf(commitment, user, "da seguimiento a los compromisos vencidos");
    if (commitment.getStatus().isClosed()) {
      throw closed(commitment, "darle seguimiento");
    }
    OverdueFollowUp followUp = form.get();
    validator.check(followUp);
    LocalDate newDueDate = followUp.newDueDate();
    if (newDueDate != null) {
      requireNotBeforeSession(
          newDueDate, commitment.getSession(), CommitmentProcess.FormFields.NEW_DUE_DATE);
      LocalDate today = LocalDate.now(clock);
      if (!newDueDate.isAfter(today)) {
        throw new InvalidInputException(
            CommitmentProcess.FormFields.NEW_DUE_DATE,
            "La nueva fecha límite ("
                + SpanishDates.numeric(newDueDate)
                + ") debe ser posterior a hoy ("
                + SpanishDates.numeric(today)
                + ").");
      }
      if (!newDueDate.equals(commitment.getDueDate())) {
        recordDueDate(commitment, newDueDate, null, user);
      }
    }
    events.save(
        event(
            commitment,
            CommitmentEventType.OVERDUE_FOLLOWED_UP,
            user,
            null,
            null,
            followUp.followUpNote().strip(),
            taskId));
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
    events.save(
        event(commitment, CommitmentEventType.DUE_DATE_CHANGED, user, null, null, note, null));
  }

  // --- Cancellation ---------------------------------------------------------------------------

  /** The Commission leaves the commitment without effect; its process ends. */
  @Transactional
  public Commitment cancel(long commitmentId, CancelCommitment command, CurrentUser user) {
    return cancel(commitmentId, command, user, null);
  }

  /** {@link #cancel}, if the commitment is still at {@code expectedVersion} (null: any). */
  @Transactional
  public Commitment cancel(
      long commitmentId, CancelCommitment command, CurrentUser user, Long expectedVersion) {
    requireSecretariatOfAny(user, "registra que un compromiso queda sin efecto");
    validator.check(command);
    Commitment commitment = findForChange(commitmentId, expectedVersion);
    requireSecretariatOf(commitment, user, "registra que un compromiso queda sin efecto");
    if (commitment.getStatus().isClosed()) {
      throw closed(commitment, "dejarlo sin efecto");
    }
    commitment.cancel();
    events.save(
        event(
            commitment,
            CommitmentEventType.CANCELLED,
            user,
            null,
            null,
            command.reason().strip(),
            null));
    workflow.cancel(commitment);
    return commitment;
  }

  // --- Reading --------------------------------------------------------------------------------

  /**
   * Commitments the user may read in the commission they work in: everything of it, or their areas'
   * own.
   */
  @Transactional(readOnly = true)
  public List<Commitment> search(
      CommitmentStatus status, String areaCode, Long sessionId, CurrentUser user) {
    boolean restrict = !user.readsEverything();
    List<String> ownAreas = List.copyOf(user.actingAreaCodes());
    if (restrict && ownAreas.isEmpty()) {
      return List.of();
    }
    // The commission the person works in; all of them for readers of every one who look at all.
    List<Long> commissionIds =
        user.acting() != null ? List.of(user.acting()) : user.commissionIds();
    boolean everyCommission = user.acting() == null && user.readsEveryCommission();
    if (!everyCommission && commissionIds.isEmpty()) {
      return List.of();
    }
    return commitments.search(
        status,
        areaCode,
        sessionId,
        restrict,
        restrict ? ownAreas : List.of("-"),
        !everyCommission,
        everyCommission ? List.of(-1L) : commissionIds);
  }

  @Transactional(readOnly = true)
  public CommitmentDetail detail(long commitmentId, CurrentUser user) {
    Commitment commitment = find(commitmentId);
    requireReader(commitment, user);
    return detailOf(commitment);
  }

  /** The commitment, for the process's listeners (no user check: the engine has done it). */
  @Transactional(readOnly = true)
  public CommitmentDetail detailForProcess(long commitmentId) {
    return detailOf(find(commitmentId));
  }

  private CommitmentDetail detailOf(Commitment commitment) {
    return new CommitmentDetail(
        commitment,
        progressReports.findByCommitmentOrderByReportedAtAscIdAsc(commitment),
        events.findByCommitmentOrderByOccurredAtAscIdAsc(commitment),
        changes.findByCommitment(commitment));
  }

  /**
   * @param changes the values each correction changed, with their event
   */
  public record CommitmentDetail(
      Commitment commitment,
      List<ProgressReport> progress,
      List<CommitmentEvent> events,
      List<CommitmentChange> changes) {

    /** What one event of the history changed, in order; empty for all but corrections. */
    public List<CommitmentChange> changesOf(CommitmentEvent event) {
      return changes.stream().filter(c -> c.getEvent().getId().equals(event.getId())).toList();
    }
  }

  // --- Rules shared by the operations ----------------------------------------------------------

  private Commitment find(long commitmentId) {
    return commitments
        .findById(commitmentId)
        .orElseThrow(
            () -> new NotFoundException("No existe el compromiso con id " + commitmentId + "."));
  }

  /**
   * The commitment, locked until the change commits (changes of one commitment, by any door, happen
   * one after the other), checked against the version the caller saw, and bound to get a new
   * version with this change: a second request made on the same version is refused (412).
   */
  private Commitment findForChange(long commitmentId, Long expectedVersion) {
    Commitment commitment =
        commitments
            .findForChange(commitmentId)
            .orElseThrow(
                () ->
                    new NotFoundException("No existe el compromiso con id " + commitmentId + "."));
    if (expectedVersion != null && commitment.getVersion() != expectedVersion) {
      throw new PreconditionFailedException(
          "El compromiso "
              + commitment.getFolio()
              + " cambió desde que lo consultó (versión "
              + expectedVersion
              + "; ahora "
              + commitment.getVersion()
              + "): consulte su estado actual y, si aún procede, repita la operación. No se"
              + " guardó nada.");
    }
    entityManager.lock(commitment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return commitment;
  }

  /** An area of the commission's catalogue. */
  private Area findArea(String code, String field, long commissionId) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return areas
        .findById(wanted)
        .filter(area -> area.getCommissionId() == commissionId)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field,
                    "No existe el área «"
                        + code
                        + "». Consulte las claves en GET /api/areas (p. ej. ascenso, juridica)."));
  }

  private Task openTask(Commitment commitment, String taskDefinitionKey) {
    return workflow
        .openTask(commitment, taskDefinitionKey)
        .orElseThrow(
            () ->
                new ConflictException(
                    "El compromiso "
                        + commitment.getFolio()
                        + " no tiene pendiente esa tarea; consulte su estado actual."));
  }

  private CommitmentEvent event(
      Commitment commitment,
      CommitmentEventType type,
      CurrentUser user,
      String areaCode,
      ProgressReport report,
      String note,
      String taskId) {
    return new CommitmentEvent(
        commitment, type, clock.instant(), user.id(), areaCode, report, note, taskId);
  }

  private static void requireNotBeforeSession(
      LocalDate dueDate, CommissionSession session, String field) {
    if (dueDate.isBefore(session.getDate())) {
      throw new InvalidInputException(
          field,
          "La fecha límite ("
              + SpanishDates.numeric(dueDate)
              + ") no puede ser anterior a la sesión ("
              + SpanishDates.numeric(session.getDate())
              + ").");
    }
  }

  /** Refuses at once whoever is no commission's Secretaría Técnica. */
  private static void requireSecretariatOfAny(CurrentUser user, String what) {
    if (!user.isTechnicalSecretariatOfAny()) {
      throw new ForbiddenException("Solo la Secretaría Técnica " + what + ".");
    }
  }

  /** The Secretaría Técnica of the commitment's commission, and no other. */
  private void requireSecretariatOf(Commitment commitment, CurrentUser user, String what) {
    requireVisible(commitment, user);
    requireSecretariatOf(commitment.getCommissionId(), user, what);
  }

  private void requireSecretariatOf(Long commissionId, CurrentUser user, String what) {
    if (!user.isTechnicalSecretariatOf(commissionId)) {
      throw new ForbiddenException(
          user.isTechnicalSecretariatOfAny() && commissionId != null
              ? "Solo la Secretaría Técnica de la "
                  + commissions.get(commissionId).getShortName()
                  + " "
                  + what
                  + "."
              : "Solo la Secretaría Técnica " + what + ".");
    }
  }

  /**
   * Another commission's commitment does not exist for whoever has no part in that commission: its
   * folio, text and history are that commission's.
   */
  private static void requireVisible(Commitment commitment, CurrentUser user) {
    if (!user.reads(commitment.getCommissionId())) {
      throw new NotFoundException("No existe el compromiso con id " + commitment.getId() + ".");
    }
  }

  private static void requireReader(Commitment commitment, CurrentUser user) {
    requireVisible(commitment, user);
    if (!user.readsEverythingOf(commitment.getCommissionId())
        && !user.worksFor(commitment.getAreaCode())) {
      throw new ForbiddenException(
          "El compromiso " + commitment.getFolio() + " corresponde a otra área.");
    }
  }

  private static void requireResponsibleArea(Commitment commitment, CurrentUser user) {
    requireVisible(commitment, user);
    if (!user.worksFor(commitment.getAreaCode())) {
      throw new ForbiddenException(
          commitment.getArea() == null
              ? "El compromiso " + commitment.getFolio() + " aún no tiene área responsable."
              : "Solo "
                  + commitment.getArea().getName()
                  + " informa el avance del compromiso "
                  + commitment.getFolio()
                  + ".");
    }
  }

  private static void requireReporting(Commitment commitment) {
    switch (commitment.getStatus()) {
      case IN_PROGRESS -> {}
      case UNDER_VERIFICATION ->
          throw new ConflictException(
              "El compromiso "
                  + commitment.getFolio()
                  + " tiene una solicitud de conclusión en verificación por la Secretaría"
                  + " Técnica; podrá informar avance si se la devuelven.");
      case UNASSIGNED ->
          throw new ConflictException(
              "El compromiso " + commitment.getFolio() + " aún no tiene área responsable.");
      default -> throw closed(commitment, "informar avance");
    }
  }

  private static void requireUnderVerification(Commitment commitment) {
    if (commitment.getStatus() != CommitmentStatus.UNDER_VERIFICATION) {
      throw new ConflictException(
          "El compromiso "
              + commitment.getFolio()
              + " no tiene una solicitud de conclusión por verificar (estatus: "
              + commitment.getStatus().label()
              + ").");
    }
  }

  private static ConflictException closed(Commitment commitment, String action) {
    return new ConflictException(
        "El compromiso "
            + commitment.getFolio()
            + " está "
            + (commitment.getStatus() == CommitmentStatus.CONCLUDED ? "concluido" : "sin efecto")
            + "; ya no es posible "
            + action
            + ".");
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

  private static String sessionFormField(String field) {
    return switch (field) {
      case "type" -> CommitmentProcess.FormFields.SESSION_TYPE;
      case "number" -> CommitmentProcess.FormFields.SESSION_NUMBER;
      case "date" -> CommitmentProcess.FormFields.SESSION_DATE;
      default -> field;
    };
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
