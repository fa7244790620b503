package mx.ine.cspen.seguimiento.commitment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment.AnnexProgress;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.session.RegisterSession;
import mx.ine.cspen.seguimiento.session.SessionCorrected;
import mx.ine.cspen.seguimiento.session.SessionRepository;
import mx.ine.cspen.seguimiento.session.SessionService;
import mx.ine.cspen.seguimiento.system.InputValidator;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.RetriedOnConflict;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a commitment comes to exist, and corrections of how it was registered: registration through
 * the API, a session's page, Tasklist's start form, or an imported annex, each with its folio and
 * its process. Everything runs in one transaction with the engine: an error leaves no trace.
 */
@Service
@RetriedOnConflict
public class CommitmentRegistry {

  /** The most commitments one request registers: a session's agreements, with room to spare. */
  public static final int MAX_ROWS = 100;

  private static final String REGISTERS = "registra compromisos y acuerdos";

  private final CommitmentRepository commitments;
  private final SessionRepository sessions;
  private final SessionService sessionService;
  private final CommitmentWorkflow workflow;
  private final FolioGenerator folios;
  private final CommitmentGuard guard;
  private final CommitmentHistory history;
  private final InputValidator validator;
  private final Commissions commissions;
  private final Clock clock;

  CommitmentRegistry(
      CommitmentRepository commitments,
      SessionRepository sessions,
      SessionService sessionService,
      CommitmentWorkflow workflow,
      FolioGenerator folios,
      CommitmentGuard guard,
      CommitmentHistory history,
      InputValidator validator,
      Commissions commissions,
      Clock clock) {
    this.commitments = commitments;
    this.sessions = sessions;
    this.sessionService = sessionService;
    this.workflow = workflow;
    this.folios = folios;
    this.guard = guard;
    this.history = history;
    this.validator = validator;
    this.commissions = commissions;
    this.clock = clock;
  }

  // --- Registration ---------------------------------------------------------------------------

  /** Registers a commitment of a registered session and starts its process. */
  @Transactional
  public Commitment register(RegisterCommitment command, CurrentUser user) {
    RoleChecks.requireSecretariatOfAny(user, REGISTERS);
    validator.check(command);
    CommissionSession session =
        sessions
            .findById(command.sessionId())
            .filter(found -> user.reads(found.getCommissionId()))
            .orElseThrow(
                () ->
                    CommitmentRefusals.unknownSession(
                        "sessionId",
                        command.sessionId(),
                        "Regístrela primero (POST /api/sessions) o consulte GET /api/sessions."));
    guard.requireSecretariatOf(session.getCommissionId(), user, REGISTERS);
    Commitment commitment = create(session, command, user);
    commitment.attachProcess(workflow.start(commitment, guard.tenantOf(commitment)));
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
    guard.requireSecretariatOf(user.acting(), user, REGISTERS);
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

  /**
   * Registers several commitments of one session at once, each with its process: all or nothing.
   * Every row is checked before anything is written, and every problem is reported, on the fields
   * {@code [i].text}, {@code [i].areaCode}… with the row's number (from 1) in its message.
   */
  @Transactional
  public List<Commitment> registerAll(
      long sessionId, List<SessionCommitment> rows, CurrentUser user) {
    RoleChecks.requireSecretariatOfAny(user, REGISTERS);
    CommissionSession session =
        sessions
            .findById(sessionId)
            .filter(found -> user.reads(found.getCommissionId()))
            .orElseThrow(() -> CommitmentRefusals.noSuchSession(sessionId));
    guard.requireSecretariatOf(session.getCommissionId(), user, REGISTERS);
    List<RegisterCommitment> commands = checkRows(session, session.getCommissionId(), rows);
    List<Commitment> registered = new ArrayList<>();
    for (RegisterCommitment command : commands) {
      Commitment commitment = create(session, command, user);
      commitment.attachProcess(workflow.start(commitment, guard.tenantOf(commitment)));
      registered.add(commitment);
    }
    return registered;
  }

  /**
   * Checks rows for {@code session} (null: a session still to be registered, whose date is not
   * known to be valid) of the commission, and answers them as registration commands, or throws
   * every problem.
   */
  public List<RegisterCommitment> checkRows(
      CommissionSession session, long commissionId, List<SessionCommitment> rows) {
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
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    List<RegisterCommitment> commands = new ArrayList<>();
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
      collect(problems, prefix, row, () -> validator.check(command));
      if (command.areaCode() != null && !command.areaCode().isBlank()) {
        collect(
            problems,
            prefix,
            row,
            () -> guard.findArea(command.areaCode(), "areaCode", commissionId));
      }
      if (session != null && command.dueDate() != null) {
        CommissionSession known = session;
        collect(
            problems,
            prefix,
            row,
            () -> CommitmentGuard.requireNotBeforeSession(command.dueDate(), known, "dueDate"));
      }
      commands.add(command);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return commands;
  }

  /** Runs one row's check, keeping its problems under the row's fields and number. */
  private static void collect(
      List<InvalidInputException.FieldProblem> problems,
      String prefix,
      String row,
      Runnable check) {
    try {
      check.run();
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p ->
                  problems.add(
                      new InvalidInputException.FieldProblem(
                          prefix + p.field(), row + p.message())));
    }
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

  private Commitment create(
      CommissionSession session, RegisterCommitment command, CurrentUser user) {
    Area area =
        command.areaCode() == null || command.areaCode().isBlank()
            ? null
            : guard.findArea(command.areaCode(), "areaCode", session.getCommissionId());
    if (command.dueDate() != null) {
      CommitmentGuard.requireNotBeforeSession(command.dueDate(), session, "dueDate");
    }
    return registered(
        session,
        command.kind(),
        command.text().strip(),
        blankToNull(command.proposer()),
        area,
        command.dueDate(),
        clock.instant(),
        user,
        null);
  }

  /** A new commitment with the next folio of its commission and year, and its registration. */
  private Commitment registered(
      CommissionSession session,
      CommitmentKind kind,
      String text,
      String proposer,
      Area area,
      LocalDate dueDate,
      Instant at,
      CurrentUser user,
      String note) {
    Commitment commitment =
        commitments.save(
            new Commitment(
                folios.next(commissions.get(session.getCommissionId()), session.getYear()),
                session,
                kind,
                text,
                proposer,
                area,
                dueDate,
                at,
                user.id()));
    history.recordAt(
        commitment,
        CommitmentEventType.REGISTERED,
        at,
        user.id(),
        commitment.getAreaCode(),
        note,
        null);
    return commitment;
  }

  // --- An imported annex ----------------------------------------------------------------------

  /**
   * Records a commitment of an imported annex with its history, all dated {@code at}: registered,
   * then its latest progress; concluded ones with their closure request and approval, those without
   * effect with their reason. Open ones start their process, which waits at the area's progress
   * task (or at the assignment of an area, when the annex names none).
   *
   * <p>An import records history that happened before the system existed: its actor is the
   * importing user, and it takes the path the process would have taken.
   */
  @Transactional
  public Commitment registerImported(
      CommissionSession session,
      ImportedCommitment row,
      Instant at,
      CurrentUser user,
      String note) {
    guard.requireSecretariatOf(session.getCommissionId(), user, "importa el anexo");
    Commitment commitment =
        registered(session, row.kind(), row.text(), null, row.area(), null, at, user, note);
    switch (row.outcome()) {
      case OPEN -> {
        if (row.progress() != null) {
          recordImported(commitment, row.progress(), false, at, user);
        }
        commitment.attachProcess(workflow.start(commitment, guard.tenantOf(commitment)));
      }
      case CONCLUDED -> {
        recordImported(commitment, row.progress(), true, at, user);
        commitment.approveClosure();
        history.recordAt(
            commitment, CommitmentEventType.CLOSURE_APPROVED, at, user.id(), null, null, null);
      }
      case CANCELLED -> {
        commitment.cancel();
        history.recordAt(
            commitment,
            CommitmentEventType.CANCELLED,
            at,
            user.id(),
            null,
            row.cancellationReason(),
            null);
      }
    }
    return commitment;
  }

  /**
   * Appends the progress a re-imported annex gives for an open commitment. The area's open task
   * stays where it is: the area goes on reporting from the new figure.
   */
  @Transactional
  public ProgressReport appendImportedProgress(
      Commitment commitment, AnnexProgress progress, Instant at, CurrentUser user) {
    guard.requireSecretariatOf(commitment.getCommissionId(), user, "importa el anexo");
    if (commitment.getStatus() != CommitmentStatus.IN_PROGRESS
        || progress.percent() < commitment.getPercent()) {
      throw new IllegalStateException(
          "Commitment "
              + commitment.getFolio()
              + " cannot take imported progress "
              + progress.percent());
    }
    return recordImported(commitment, progress, false, at, user);
  }

  private ProgressReport recordImported(
      Commitment commitment,
      AnnexProgress progress,
      boolean closure,
      Instant at,
      CurrentUser user) {
    commitment.recordProgress(progress.percent(), closure);
    return history.progress(
        commitment,
        at,
        user.id(),
        new CommitmentHistory.Progress(progress.percent(), progress.narrative(), null, closure),
        progress.references().stream()
            .map(r -> new DocumentReference(r.type(), r.number(), r.date(), r.url()))
            .toList(),
        null);
  }

  // --- Correction -----------------------------------------------------------------------------

  /**
   * The Secretaría Técnica corrects how a commitment was registered (text, proposer, kind,
   * session), with a reason, if the commitment is still at {@code expectedVersion} (null: any). The
   * history keeps each value before and after; the report shows the corrected data. Its status,
   * area and progress are not touched: those change only through the process. The same data again
   * changes nothing.
   */
  @Transactional
  public Commitment correct(
      long commitmentId, CorrectCommitment command, CurrentUser user, Long expectedVersion) {
    String does = "corrige los datos de un compromiso";
    RoleChecks.requireSecretariatOfAny(user, does);
    validator.check(command);
    Commitment commitment = guard.findForChange(commitmentId, expectedVersion);
    guard.requireSecretariatOf(commitment, user, does);
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
                      CommitmentRefusals.unknownSession(
                          "sessionId", command.sessionId(), "Consulte GET /api/sessions."));
      if (commitment.getDueDate() != null) {
        CommitmentGuard.requireNotBeforeSession(commitment.getDueDate(), session, "sessionId");
      }
    }
    List<CommitmentHistory.Change> changed = new ArrayList<>();
    if (!text.equals(commitment.getText())) {
      changed.add(
          new CommitmentHistory.Change(CommitmentChange.Field.TEXT, commitment.getText(), text));
    }
    if (!Objects.equals(proposer, commitment.getProposer())) {
      changed.add(
          new CommitmentHistory.Change(
              CommitmentChange.Field.PROPOSER, commitment.getProposer(), proposer));
    }
    if (kind != commitment.getKind()) {
      changed.add(
          new CommitmentHistory.Change(
              CommitmentChange.Field.KIND, commitment.getKind().label(), kind.label()));
    }
    if (session != commitment.getSession()) {
      changed.add(
          new CommitmentHistory.Change(
              CommitmentChange.Field.SESSION,
              commitment.getSession().annexLabel(),
              session.annexLabel()));
    }
    if (changed.isEmpty()) {
      return commitment;
    }
    commitment.correct(text, proposer, kind, session);
    history.corrected(
        commitment, CommitmentEventType.CORRECTED, user.id(), command.reason().strip(), changed);
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
        throw CommitmentRefusals.sessionAfterDueDate(commitment, session);
      }
    }
    String after = session.annexLabel();
    for (Commitment commitment : made) {
      history.corrected(
          commitment,
          CommitmentEventType.SESSION_CORRECTED,
          corrected.user().id(),
          corrected.reason(),
          List.of(
              new CommitmentHistory.Change(
                  CommitmentChange.Field.SESSION, corrected.labelBefore(), after)));
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

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
