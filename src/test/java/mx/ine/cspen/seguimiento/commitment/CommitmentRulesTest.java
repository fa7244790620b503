package mx.ine.cspen.seguimiento.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.session.SessionRepository;
import mx.ine.cspen.seguimiento.session.SessionService;
import mx.ine.cspen.seguimiento.support.TestUsers;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.ForbiddenException;
import mx.ine.cspen.seguimiento.system.InputValidators;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.InvalidInputException.FieldProblem;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

/**
 * The rules {@link CommitmentFollowUp} and {@link CommitmentRegistry} apply before anything is
 * recorded or the process moves: the real services with their repositories and workflow mocked, no
 * database and no engine. A refused request records nothing and completes no task.
 */
class CommitmentRulesTest {

  private static final long ID = 1L;
  private static final String FOLIO = "CSPEN-2024-001";
  private static final Area PLANEACION =
      new Area("planeacion", "Subdirección de Planeación y Evaluación SPEN", TestUsers.CSPEN);
  private static final CurrentUser AREA = TestUsers.area("planeacion", "planeacion");
  private static final CurrentUser OTHER_AREA = TestUsers.area("juridica", "juridica");
  private static final CurrentUser SECRETARIAT = TestUsers.secretariat("st");
  private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

  /** 20 May 2024, noon in Mexico City. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-05-20T18:00:00Z"), MEXICO_CITY);

  private final CommitmentRepository commitments = mock(CommitmentRepository.class);
  private final ProgressReportRepository progressReports = mock(ProgressReportRepository.class);
  private final CommitmentEventRepository events = mock(CommitmentEventRepository.class);
  private final AreaRepository areas = mock(AreaRepository.class);
  private final CommitmentWorkflow workflow = mock(CommitmentWorkflow.class);
  private final Task progressTask = mock(Task.class);
  private final Task verificationTask = mock(Task.class);

  private final CommitmentGuard guard =
      new CommitmentGuard(
          commitments,
          areas,
          workflow,
          mock(EntityManager.class),
          mock(Commissions.class),
          new CommitmentBinding(commitments));
  private final CommitmentHistory history =
      new CommitmentHistory(
          events,
          mock(CommitmentChangeRepository.class),
          progressReports,
          new CommitmentChanges(null),
          CLOCK);
  private final CommitmentFollowUp service =
      new CommitmentFollowUp(workflow, guard, history, InputValidators.real(), CLOCK);
  private final CommitmentRegistry registry =
      new CommitmentRegistry(
          commitments,
          mock(SessionRepository.class),
          mock(SessionService.class),
          workflow,
          mock(FolioGenerator.class),
          guard,
          history,
          InputValidators.real(),
          mock(Commissions.class),
          CLOCK);

  private Commitment commitment;

  @BeforeEach
  void commitmentOfPlaneacionAtSixtyPercent() {
    commitment =
        TestCommitments.inProcess(
            TestCommitments.reported(
                TestCommitments.registered(
                    ID, FOLIO, TestCommitments.session(), "La Comisión aprobó…", PLANEACION),
                60),
            "process-1");
    when(commitments.findForChange(ID)).thenAnswer(invocation -> Optional.of(commitment));
    when(areas.findById("planeacion")).thenReturn(Optional.of(PLANEACION));
    when(progressReports.save(any())).thenAnswer(invocation -> invocation.getArgument(0));
    when(events.save(any())).thenAnswer(invocation -> invocation.getArgument(0));
    when(progressTask.getId()).thenReturn("task-progress");
    when(progressTask.getTaskDefinitionKey())
        .thenReturn(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    when(verificationTask.getId()).thenReturn("task-verification");
    when(verificationTask.getTaskDefinitionKey())
        .thenReturn(CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT);
    when(workflow.openTask(any(), any()))
        .thenAnswer(
            invocation ->
                switch ((String) invocation.getArgument(1)) {
                  case CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS ->
                      Optional.of(progressTask);
                  case CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT ->
                      Optional.of(verificationTask);
                  default -> Optional.empty();
                });
  }

  // --- Progress -------------------------------------------------------------------------------

  @Test
  void lowerPercentWithoutJustificationIsRefused() {
    assertThatThrownBy(
            () -> service.reportProgress(ID, progress(40, null, false, link(null)), AREA, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem(
                            "justification",
                            "El avance baja de 60 % a 40 %: explique el motivo en la"
                                + " justificación.")));

    assertNothingRecorded(60, CommitmentStatus.IN_PROGRESS);
  }

  @Test
  void lowerPercentWithAJustificationIsRecordedAndTheTaskCompleted() {
    ProgressReport report =
        service.reportProgress(
            ID, progress(40, "El calendario de la Junta cambió.", false, link(null)), AREA, null);

    assertThat(report.getPercent()).isEqualTo(40);
    assertThat(report.getJustification()).isEqualTo("El calendario de la Junta cambió.");
    assertThat(commitment.getPercent()).isEqualTo(40);
    assertThat(recordedEvent().getEventType()).isEqualTo(CommitmentEventType.PROGRESS_REPORTED);
    verify(workflow).complete(progressTask, CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
  }

  @Test
  void closureRequestBelowOneHundredPercentIsRefused() {
    assertThatThrownBy(() -> service.reportProgress(ID, progress(90, null, true), AREA, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem(
                            "percent",
                            "Para solicitar la conclusión el avance debe ser 100 % (se indicó 90"
                                + " %).")));

    assertNothingRecorded(60, CommitmentStatus.IN_PROGRESS);
  }

  @Test
  void closureRequestAtOneHundredPercentWaitsForTheSecretariatsVerification() {
    service.reportProgress(ID, progress(100, null, true), AREA, null);

    assertThat(commitment.getStatus()).isEqualTo(CommitmentStatus.UNDER_VERIFICATION);
    assertThat(commitment.getPercent()).isEqualTo(100);
    assertThat(recordedEvent().getEventType()).isEqualTo(CommitmentEventType.CLOSURE_REQUESTED);
    verify(workflow).complete(progressTask, CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://repositoriodocumental.ine.mx/a.pdf",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "repositoriodocumental.ine.mx/a.pdf",
        "https://",
        "http://repositorio documental.ine.mx/a.pdf"
      })
  void linkThatIsNotAnHttpOrHttpsAddressIsRefused(String url) {
    assertThatThrownBy(
            () -> service.reportProgress(ID, progress(70, null, false, link(url)), AREA, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem(
                            "references[0].url",
                            "La liga «"
                                + url
                                + "» no es una dirección http:// o https://"
                                + " válida.")));

    assertNothingRecorded(60, CommitmentStatus.IN_PROGRESS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://repositoriodocumental.ine.mx/xmlui/handle/123456789/168246",
        "HTTP://www.ine.mx/",
        " "
      })
  void webLinkOrNoLinkAtAllIsAccepted(String url) {
    ProgressReport report =
        service.reportProgress(ID, progress(70, null, false, link(url)), AREA, null);

    assertThat(report.getReferences()).hasSize(1);
    assertThat(report.getReferences().get(0).getUrl()).isEqualTo(url.isBlank() ? null : url);
  }

  @Test
  void everyProblemOfAReportIsAnsweredAtOnce() {
    assertThatThrownBy(
            () ->
                service.reportProgress(ID, progress(50, null, true, link("ftp://a/b")), AREA, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("references[0].url", "justification", "percent"));

    assertNothingRecorded(60, CommitmentStatus.IN_PROGRESS);
  }

  @Test
  void reportSubmittedInTasklistIsHeldToTheSameRules() {
    assertThatThrownBy(
            () ->
                service.progressSubmittedInTask(
                    ID, "task-progress", () -> progress(40, " ", false), () -> AREA))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems()).extracting(FieldProblem::field).contains("justification"));

    assertNothingRecorded(60, CommitmentStatus.IN_PROGRESS);
  }

  @Test
  void taskAlreadyRecordedIsNotRecordedAgainWhenTheEngineCompletesIt() {
    when(events.existsByTaskId("task-progress")).thenReturn(true);
    List<String> formRead = new ArrayList<>();
    Supplier<SubmitProgressReport> form =
        () -> {
          formRead.add("read");
          return progress(80, null, false);
        };

    service.progressSubmittedInTask(ID, "task-progress", form, () -> AREA);

    assertThat(formRead).isEmpty();
    assertNothingRecorded(60, CommitmentStatus.IN_PROGRESS);
  }

  @Test
  void anotherAreaCannotReportOnTheCommitment() {
    assertThatThrownBy(
            () -> service.reportProgress(ID, progress(70, null, false), OTHER_AREA, null))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage(
            "Solo Subdirección de Planeación y Evaluación SPEN informa el avance del compromiso "
                + FOLIO
                + ".");

    assertNothingRecorded(60, CommitmentStatus.IN_PROGRESS);
  }

  @Test
  void noProgressWhileTheSecretariatVerifiesAClosureRequest() {
    TestCommitments.underVerification(commitment);

    assertThatThrownBy(() -> service.reportProgress(ID, progress(100, null, false), AREA, null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("tiene una solicitud de conclusión en verificación");

    assertNothingRecorded(100, CommitmentStatus.UNDER_VERIFICATION);
  }

  // --- Verification, due date, cancellation ---------------------------------------------------

  @Test
  void closureRequestCannotBeReturnedWithoutObservations() {
    TestCommitments.underVerification(commitment);

    assertThatThrownBy(
            () -> service.verify(ID, new VerifyFulfilment(false, " "), SECRETARIAT, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem(
                            "observations",
                            "Para devolver la solicitud al área escriba las observaciones que debe"
                                + " atender.")));

    assertNothingRecorded(100, CommitmentStatus.UNDER_VERIFICATION);
  }

  @Test
  void approvedClosureConcludesTheCommitment() {
    TestCommitments.underVerification(commitment);

    service.verify(ID, new VerifyFulfilment(true, null), SECRETARIAT, null);

    assertThat(commitment.getStatus()).isEqualTo(CommitmentStatus.CONCLUDED);
    assertThat(recordedEvent().getEventType()).isEqualTo(CommitmentEventType.CLOSURE_APPROVED);
    verify(workflow)
        .complete(verificationTask, CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT);
  }

  @Test
  void dueDateBeforeTheSessionIsRefused() {
    assertThatThrownBy(
            () ->
                service.changeDueDate(
                    ID, new ChangeDueDate(LocalDate.of(2024, 3, 12), null), SECRETARIAT, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem(
                            "dueDate",
                            "La fecha límite (12/03/2024) no puede ser anterior a la sesión"
                                + " (13/03/2024).")));

    assertThat(commitment.getDueDate()).isNull();
    verify(events, never()).save(any());
    verify(workflow, never()).dueDateChanged(any());
  }

  @Test
  void newDueDateAgreedWhileFollowingUpMustBeAfterToday() {
    assertThatThrownBy(
            () ->
                service.overdueFollowUpSubmittedInTask(
                    ID,
                    "task-follow-up",
                    () ->
                        new OverdueFollowUp("Se envió oficio al área.", LocalDate.of(2024, 5, 20)),
                    () -> SECRETARIAT))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem(
                            CommitmentProcess.FormFields.NEW_DUE_DATE,
                            "La nueva fecha límite (20/05/2024) debe ser posterior a hoy"
                                + " (20/05/2024).")));

    assertThat(commitment.getDueDate()).isNull();
    verify(events, never()).save(any());
  }

  @Test
  void concludedCommitmentCannotBeLeftWithoutEffect() {
    TestCommitments.concluded(commitment);

    assertThatThrownBy(
            () ->
                service.cancel(
                    ID, new CancelCommitment("La Comisión lo retiró."), SECRETARIAT, null))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "El compromiso " + FOLIO + " está concluido; ya no es posible dejarlo sin efecto.");

    assertThat(commitment.getStatus()).isEqualTo(CommitmentStatus.CONCLUDED);
    verify(events, never()).save(any());
    verify(workflow, never()).cancel(any());
  }

  @Test
  void onlyTheSecretariatLeavesACommitmentWithoutEffect() {
    assertThatThrownBy(() -> service.cancel(ID, new CancelCommitment("Ya no aplica."), AREA, null))
        .isInstanceOf(ForbiddenException.class);

    assertThat(commitment.getStatus()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    verify(workflow, never()).cancel(any());
  }

  @Test
  void pastDueDateIsWarnedAboutAndTodayIsNot() {
    assertThat(registry.pastDueDateWarning(LocalDate.of(2024, 5, 19)))
        .isEqualTo(
            "La fecha límite 19/05/2024 ya pasó (hoy es 20/05/2024): el compromiso queda vencido y"
                + " se avisa de inmediato al área y a la Secretaría Técnica.");
    assertThat(registry.pastDueDateWarning(LocalDate.of(2024, 5, 20))).isNull();
    assertThat(registry.pastDueDateWarning(null)).isNull();
  }

  // --- A session's agreements at once ---------------------------------------------------------

  @Test
  void sessionRowsAreCheckedTogetherAndEachProblemNamesItsRow() {
    when(areas.findById("contabilidad")).thenReturn(Optional.empty());
    List<SessionCommitment> rows =
        Arrays.asList(
            new SessionCommitment(CommitmentKind.AGREEMENT, "Primero.", null, "planeacion", null),
            new SessionCommitment(CommitmentKind.AGREEMENT, "Segundo.", null, "contabilidad", null),
            new SessionCommitment(
                CommitmentKind.COMMITMENT, "Tercero.", null, null, LocalDate.of(2024, 3, 1)),
            null,
            new SessionCommitment(CommitmentKind.COMMITMENT, " ", null, null, null));

    assertThatThrownBy(() -> registry.checkRows(TestCommitments.session(), TestUsers.CSPEN, rows))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem(
                            "[1].areaCode",
                            "Fila 2: No existe el área «contabilidad». Consulte las claves en GET"
                                + " /api/areas (p. ej. ascenso, juridica)."),
                        new FieldProblem(
                            "[2].dueDate",
                            "Fila 3: La fecha límite (01/03/2024) no puede ser anterior a la"
                                + " sesión (13/03/2024)."),
                        new FieldProblem("[3]", "Fila 4: está vacía."),
                        new FieldProblem(
                            "[4].text", "Fila 5: Escriba el texto del acuerdo o compromiso.")));
  }

  @Test
  void sessionNeedsOneToAHundredRows() {
    SessionCommitment row =
        new SessionCommitment(CommitmentKind.AGREEMENT, "Texto.", null, null, null);

    assertThatThrownBy(
            () -> registry.checkRows(TestCommitments.session(), TestUsers.CSPEN, List.of()))
        .hasMessage("Agregue al menos un acuerdo o compromiso de la sesión.");
    assertThatThrownBy(
            () ->
                registry.checkRows(
                    TestCommitments.session(), TestUsers.CSPEN, Collections.nCopies(101, row)))
        .hasMessage("Se admiten hasta 100 acuerdos y compromisos por envío (se enviaron 101).");
    assertThat(
            registry.checkRows(
                TestCommitments.session(), TestUsers.CSPEN, Collections.nCopies(100, row)))
        .hasSize(100);
  }

  // --- helpers --------------------------------------------------------------------------------

  private static SubmitProgressReport progress(
      int percent, String justification, boolean closure, ReferenceInput... references) {
    return new SubmitProgressReport(
        percent, "Se envió el proyecto a la Junta.", List.of(references), closure, justification);
  }

  private static ReferenceInput link(String url) {
    return new ReferenceInput(DocumentType.AGREEMENT, "INE/JGE38/2024", null, url);
  }

  private CommitmentEvent recordedEvent() {
    ArgumentCaptor<CommitmentEvent> event = ArgumentCaptor.forClass(CommitmentEvent.class);
    verify(events).save(event.capture());
    return event.getValue();
  }

  /** Nothing written, the commitment as it was, and the process not moved. */
  private void assertNothingRecorded(int percent, CommitmentStatus status) {
    verify(progressReports, never()).save(any());
    verify(events, never()).save(any());
    verify(workflow, never()).complete(any(), any());
    assertThat(commitment.getPercent()).isEqualTo(percent);
    assertThat(commitment.getStatus()).isEqualTo(status);
  }
}
