package mx.ine.cspen.seguimiento.commitment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.engine.EngineIdentity;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.EngineUsers;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.session.RegisterSession;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.support.TestUsers;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * {@code commitment.bpmn} path by path: the real model and the real listener adapters, with the
 * domain service mocked. Each test states which domain operation a step calls and where the process
 * then waits.
 */
@Deployment(
    resources = {
      "processes/commitment.bpmn",
      "forms/register-commitment.form",
      "forms/assign-area.form",
      "forms/report-progress.form",
      "forms/verify-fulfilment.form"
    })
class CommitmentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessEngineCoverageExtension.Companion.builder(ProcessTestEngine.configuration())
          .assertClassCoverageAtLeast(1.0)
          .build();

  private static final long COMMITMENT_ID = 7L;
  private static final String FOLIO = "CSPEN-2024-007";
  private static final CurrentUser SECRETARIAT = TestUsers.secretariat("st");

  ProcessEngine processEngine;

  private final CommitmentRegistry registry = mock(CommitmentRegistry.class);
  private final CommitmentFollowUp commitments = mock(CommitmentFollowUp.class);
  private final CommitmentBinding binding = mock(CommitmentBinding.class);
  private final EngineUsers users = mock(EngineUsers.class);
  private final Commissions commissions = mock(Commissions.class);

  /** The commitment the process is bound to: the process reads its area, status and due date. */
  private Commitment commitment;

  /** The application's own caller of the engine for this process, as the services use it. */
  private CommitmentWorkflow workflow;

  private LocalDate dueDate;
  private final CommitmentTaskContext taskContext = mock(CommitmentTaskContext.class);
  private final JavaDelegate areaReminderNotice = mock(JavaDelegate.class);
  private final JavaDelegate overdueNotice = mock(JavaDelegate.class);
  private final JavaDelegate closureRequestedNotice = mock(JavaDelegate.class);
  private final JavaDelegate closureApprovedNotice = mock(JavaDelegate.class);
  private final JavaDelegate closureReturnedNotice = mock(JavaDelegate.class);

  @BeforeEach
  void registerAdapters() {
    BpmnAwareTests.init(processEngine);
    when(users.current()).thenReturn(SECRETARIAT);
    when(commissions.areaFormKey(anyLong())).thenReturn(CommitmentProcess.FormFields.AREA_CODE);
    when(commissions.formKeys()).thenReturn(List.of("commissionCode"));
    when(commissions.ofTenant(any())).thenReturn(TestUsers.CSPEN);
    when(taskContext.variables(anyLong(), any()))
        .thenReturn(
            new CommitmentTaskContext.Variables(
                Map.of(CommitmentProcess.TaskContext.FOLIO, FOLIO), Map.of()));
    when(binding.of(any(DelegateExecution.class))).thenAnswer(invocation -> commitment);
    when(binding.idOf(any(DelegateExecution.class))).thenReturn(COMMITMENT_ID);
    when(binding.idOf(any(DelegateTask.class))).thenReturn(COMMITMENT_ID);
    CommitmentRouting routing = new CommitmentRouting(binding);
    workflow =
        new CommitmentWorkflow(
            processEngine.getRuntimeService(),
            processEngine.getTaskService(),
            new EngineIdentity(processEngine.getIdentityService()));
    Mocks.register(
        "commitmentRegistration",
        new CommitmentProcessListeners.Registration(registry, binding, users, commissions));
    Mocks.register("taskContext", new CommitmentProcessListeners.Context(taskContext, binding));
    Mocks.register(
        "areaAssignment",
        new CommitmentProcessListeners.Assignment(commitments, binding, users, commissions));
    Mocks.register(
        "progressSubmission", new CommitmentProcessListeners.Progress(commitments, binding, users));
    Mocks.register(
        "verificationSubmission",
        new CommitmentProcessListeners.Verification(commitments, binding, users));
    Mocks.register(
        "openTasksReassignment", new CommitmentProcessListeners.Reassignment(workflow, routing));
    Mocks.register(
        "overdueFollowUp",
        new CommitmentProcessListeners.OverdueFollowUpSubmission(commitments, binding, users));
    Mocks.register("commitmentRouting", routing);
    Mocks.register("commitmentTimers", new CommitmentTimers(binding, EngineClock.CLOCK, "P30D"));
    Mocks.register("areaReminderNotice", areaReminderNotice);
    Mocks.register("overdueNotice", overdueNotice);
    Mocks.register("closureRequestedNotice", closureRequestedNotice);
    Mocks.register("closureApprovedNotice", closureApprovedNotice);
    Mocks.register("closureReturnedNotice", closureReturnedNotice);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    EngineClock.reset();
  }

  @Test
  void commitmentWithAreaWaitsForThatAreasProgressReport() {
    ProcessInstance process = startThroughApi("area-planeacion");

    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    assertThat(openTask()).hasCandidateGroup("area-planeacion");
    assertThat(openTask()).hasCandidateGroup("area-planeacion").isNotAssigned();
    verify(registry, never()).registerSubmittedInStartForm(any(), any(), any(), any());
  }

  @Test
  void commitmentWithoutAreaWaitsForTheSecretariatToAssignOne() {
    ProcessInstance process = startThroughApi(null);
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_ASSIGN_AREA);
    assertThat(openTask()).hasCandidateGroup("secretaria-tecnica");
    org.mockito.Mockito.doAnswer(
            invocation -> {
              commitment.assignTo(new Area("juridica", "Dirección Jurídica", TestUsers.CSPEN));
              return null;
            })
        .when(commitments)
        .assignmentSubmittedInTask(eq(COMMITMENT_ID), eq(openTask().getId()), any(), any());

    completeWithForm(Map.of(CommitmentProcess.FormFields.AREA_CODE, "juridica"));

    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    assertThat(openTask()).hasCandidateGroup("area-juridica");
    assertThat(process).variables().isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void startFormRegistersTheCommitmentThroughTheDomainAndKeepsNothingInTheProcess() {
    Commitment registered =
        commitment(new Area("ascenso", "Subdirección de Ascenso", TestUsers.CSPEN));
    when(registry.registerSubmittedInStartForm(any(), any(), any(), eq(SECRETARIAT)))
        .thenAnswer(
            invocation -> {
              commitment = registered;
              return registered;
            });
    ProcessDefinition definition =
        processEngine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(CommitmentProcess.KEY)
            .singleResult();

    ProcessInstance process =
        processEngine
            .getFormService()
            .submitStartForm(
                definition.getId(),
                withVariables(
                    "sessionType", "ORDINARY",
                    "sessionNumber", 1L,
                    "sessionDate", "2024-03-13",
                    "kind", "AGREEMENT",
                    "text", "La Comisión aprobó enviar a la Junta el proyecto.",
                    "areaCode", "ascenso",
                    "dueDate", "2024-06-30"));

    ArgumentCaptor<RegisterSession> session = ArgumentCaptor.forClass(RegisterSession.class);
    ArgumentCaptor<RegisterCommitment> input = ArgumentCaptor.forClass(RegisterCommitment.class);
    verify(registry)
        .registerSubmittedInStartForm(
            session.capture(), input.capture(), eq(process.getId()), eq(SECRETARIAT));
    org.assertj.core.api.Assertions.assertThat(session.getValue())
        .isEqualTo(new RegisterSession(SessionType.ORDINARY, 1, LocalDate.of(2024, 3, 13)));
    org.assertj.core.api.Assertions.assertThat(input.getValue().kind())
        .isEqualTo(CommitmentKind.AGREEMENT);
    org.assertj.core.api.Assertions.assertThat(input.getValue().dueDate())
        .isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(process).hasBusinessKey(FOLIO);
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    assertThat(openTask()).hasCandidateGroup("area-ascenso");
    assertThat(process).variables().isEmpty();
  }

  @Test
  void startFormWithAValueOfTheWrongTypeIsRefusedBeforeReachingTheDomain() {
    ProcessDefinition definition =
        processEngine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(CommitmentProcess.KEY)
            .singleResult();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                processEngine
                    .getFormService()
                    .submitStartForm(
                        definition.getId(),
                        withVariables(
                            "sessionType",
                            "ANNUAL",
                            "sessionNumber",
                            1.5,
                            "sessionDate",
                            "13/03/2024",
                            "kind",
                            "AGREEMENT",
                            "text",
                            "Texto")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(((InvalidInputException) e).problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactlyInAnyOrder("sessionType", "sessionNumber", "sessionDate"));
    org.assertj.core.api.Assertions.assertThat(
            processEngine.getRuntimeService().createProcessInstanceQuery().count())
        .isZero();
    verify(registry, never()).registerSubmittedInStartForm(any(), any(), any(), any());
  }

  @Test
  void progressWithoutClosureRequestComesBackToTheAreaForTheNextReport() {
    ProcessInstance process = startThroughApi("area-planeacion");
    progressReturns(false);

    completeWithForm(Map.of("percent", 40L, "narrative", "Primer avance."));
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    completeWithForm(Map.of("percent", 60L, "narrative", "Segundo avance."));

    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    assertThat(process).hasPassed(CommitmentProcess.Elements.GATEWAY_CLOSURE_REQUESTED);
    assertThat(process)
        .variables()
        .doesNotContainKeys(
            CommitmentProcess.FormFields.PERCENT, CommitmentProcess.FormFields.NARRATIVE);
  }

  @Test
  void submittedProgressFormReachesTheDomainAsTypedValues() {
    startThroughApi("area-planeacion");
    String taskId = openTask().getId();
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Supplier<SubmitProgressReport>> form = ArgumentCaptor.forClass(Supplier.class);
    org.mockito.Mockito.doAnswer(
            invocation -> {
              SubmitProgressReport progress = form.getValue().get();
              org.assertj.core.api.Assertions.assertThat(progress.percent()).isEqualTo(100);
              org.assertj.core.api.Assertions.assertThat(progress.closureRequested()).isTrue();
              org.assertj.core.api.Assertions.assertThat(progress.references())
                  .containsExactly(
                      new ReferenceInput(
                          DocumentType.AGREEMENT,
                          "INE/JGE38/2024",
                          LocalDate.of(2024, 3, 25),
                          "https://repositoriodocumental.ine.mx/a.pdf"));
              commitment.recordProgress(100, true);
              return null;
            })
        .when(commitments)
        .progressSubmittedInTask(eq(COMMITMENT_ID), eq(taskId), form.capture(), any());

    completeWithForm(
        Map.of(
            "percent",
            100.0,
            "narrative",
            "Concluido.",
            "requestClosure",
            true,
            "reference1Type",
            "acuerdo",
            "reference1Number",
            "INE/JGE38/2024",
            "reference1Date",
            "2024-03-25",
            "reference1Url",
            "https://repositoriodocumental.ine.mx/a.pdf"));

    verify(commitments).progressSubmittedInTask(eq(COMMITMENT_ID), eq(taskId), any(), any());
  }

  @Test
  void progressRefusedByTheDomainLeavesTheTaskOpenAndNothingRecorded() {
    ProcessInstance process = startThroughApi("area-planeacion");
    String taskId = openTask().getId();
    org.mockito.Mockito.doThrow(
            new InvalidInputException(
                "percent", "Para solicitar la conclusión el avance debe ser 100 %."))
        .when(commitments)
        .progressSubmittedInTask(anyLong(), anyString(), any(), any());

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                processEngine
                    .getTaskService()
                    .complete(taskId, Map.of("percent", 90L, "requestClosure", true)))
        .hasMessageContaining("100 %");

    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    org.assertj.core.api.Assertions.assertThat(openTask().getId()).isEqualTo(taskId);
    assertThat(process).variables().doesNotContainKey(CommitmentProcess.FormFields.PERCENT);
  }

  @Test
  void closureReturnedWithObservationsThenApprovedConcludesTheCommitment() {
    ProcessInstance process = startThroughApi("area-planeacion");
    progressReturns(true);
    completeWithForm(Map.of("percent", 100L, "narrative", "Cumplido.", "requestClosure", true));
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT);
    assertThat(openTask()).hasCandidateGroup("secretaria-tecnica");

    verificationReturns(false);
    completeWithForm(Map.of("decision", "RETURN", "observations", "Falta la liga del acuerdo."));
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    assertThat(openTask()).hasCandidateGroup("area-planeacion");

    completeWithForm(Map.of("percent", 100L, "narrative", "Con liga.", "requestClosure", true));
    verificationReturns(true);
    completeWithForm(Map.of("decision", "APPROVE"));

    assertThat(process).isEnded().hasPassed(CommitmentProcess.Elements.END_EVENT_CONCLUDED);
    verify(commitments, org.mockito.Mockito.times(2))
        .verificationSubmittedInTask(eq(COMMITMENT_ID), anyString(), any(), any());
  }

  @Test
  void reassignmentMovesTheOpenProgressTaskToTheNewArea() {
    ProcessInstance process = startThroughApi("area-planeacion");
    String taskId = openTask().getId();

    commitment.reassignTo(new Area("formacion", "Subdirección de Formación", TestUsers.CSPEN));
    workflow.reassign(commitment);

    assertThat(process)
        .isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS)
        .hasPassed(CommitmentProcess.Elements.END_EVENT_REASSIGNED);
    org.assertj.core.api.Assertions.assertThat(openTask().getId()).isEqualTo(taskId);
    org.assertj.core.api.Assertions.assertThat(
            processEngine.getTaskService().getIdentityLinksForTask(taskId))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("area-formacion");
  }

  @Test
  void reassignmentDuringVerificationSendsLaterReportsToTheNewArea() {
    ProcessInstance process = startThroughApi("area-planeacion");
    progressReturns(true);
    completeWithForm(Map.of("percent", 100L, "narrative", "Cumplido.", "requestClosure", true));

    commitment.reassignTo(new Area("formacion", "Subdirección de Formación", TestUsers.CSPEN));
    workflow.reassign(commitment);
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT);
    verificationReturns(false);
    completeWithForm(Map.of("decision", "RETURN", "observations", "Atender en Formación."));

    assertThat(openTask())
        .hasDefinitionKey(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS)
        .hasCandidateGroup("area-formacion");
  }

  @Test
  void cancellationWhileAwaitingAssignmentEndsTheProcess() {
    ProcessInstance process = startThroughApi(null);
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_ASSIGN_AREA);

    cancel(process);

    assertThat(process).isEnded().hasPassed(CommitmentProcess.Elements.END_EVENT_CANCELLED);
  }

  @Test
  void cancellationWhileTheAreaReportsEndsTheProcess() {
    ProcessInstance process = startThroughApi("area-planeacion");

    cancel(process);

    assertThat(process).isEnded().hasPassed(CommitmentProcess.Elements.END_EVENT_CANCELLED);
    org.assertj.core.api.Assertions.assertThat(
            processEngine.getTaskService().createTaskQuery().count())
        .isZero();
  }

  @Test
  void cancellationDuringVerificationEndsTheProcess() {
    ProcessInstance process = startThroughApi("area-planeacion");
    progressReturns(true);
    completeWithForm(Map.of("percent", 100L, "narrative", "Cumplido.", "requestClosure", true));
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT);

    cancel(process);

    assertThat(process)
        .isEnded()
        .hasPassed(CommitmentProcess.Elements.END_EVENT_CANCELLED)
        .hasNotPassed(CommitmentProcess.Elements.END_EVENT_CONCLUDED);
  }

  // --- Notices ---------------------------------------------------------------------------------

  @Test
  void closureRequestReturnAndApprovalAreEachNoticedOnceWhenTheyHappen() throws Exception {
    ProcessInstance process = startThroughApi("area-planeacion");
    progressReturns(true);

    completeWithForm(Map.of("percent", 100L, "narrative", "Cumplido.", "requestClosure", true));
    verify(closureRequestedNotice).execute(any());
    verify(closureReturnedNotice, never()).execute(any());

    verificationReturns(false);
    completeWithForm(Map.of("decision", "RETURN", "observations", "Falta la liga."));
    verify(closureReturnedNotice).execute(any());
    verify(closureApprovedNotice, never()).execute(any());

    completeWithForm(Map.of("percent", 100L, "narrative", "Con liga.", "requestClosure", true));
    verificationReturns(true);
    completeWithForm(Map.of("decision", "APPROVE"));

    verify(closureApprovedNotice).execute(any());
    verify(closureRequestedNotice, org.mockito.Mockito.times(2)).execute(any());
    assertThat(process)
        .isEnded()
        .hasPassed(CommitmentProcess.Elements.SEND_TASK_NOTIFY_CLOSURE_APPROVED);
  }

  // --- Reminders -------------------------------------------------------------------------------

  @Test
  void areaIsRemindedWhenAPeriodPassesWithoutAReportAndAgainEachPeriodUntilItReports()
      throws Exception {
    Instant start = at(2024, 4, 1, 10, 0);
    EngineClock.set(start);
    ProcessInstance process = startThroughApi("area-planeacion");
    String taskId = openTask().getId();

    EngineClock.set(start.plus(Duration.ofDays(30)).minusSeconds(60));
    EngineClock.runDueJobs(processEngine);
    verify(areaReminderNotice, never()).execute(any());

    EngineClock.set(start.plus(Duration.ofDays(30)).plusSeconds(60));
    EngineClock.runDueJobs(processEngine);
    verify(areaReminderNotice).execute(any());
    assertThat(process)
        .isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS)
        .hasPassed(CommitmentProcess.Elements.END_EVENT_AREA_REMINDED);
    org.assertj.core.api.Assertions.assertThat(openTask().getId()).isEqualTo(taskId);

    EngineClock.set(start.plus(Duration.ofDays(60)).minusSeconds(60));
    EngineClock.runDueJobs(processEngine);
    verify(areaReminderNotice).execute(any());

    EngineClock.set(start.plus(Duration.ofDays(60)).plusSeconds(60));
    EngineClock.runDueJobs(processEngine);
    verify(areaReminderNotice, org.mockito.Mockito.times(2)).execute(any());

    progressReturns(false);
    completeWithForm(Map.of("percent", 30L, "narrative", "Primer avance."));
    EngineClock.set(start.plus(Duration.ofDays(90)).minusSeconds(120));
    EngineClock.runDueJobs(processEngine);
    verify(areaReminderNotice, org.mockito.Mockito.times(2)).execute(any());
  }

  @Test
  void progressReportStartsTheReminderPeriodAgain() throws Exception {
    Instant start = at(2024, 4, 1, 10, 0);
    EngineClock.set(start);
    startThroughApi("area-planeacion");
    progressReturns(false);

    EngineClock.set(start.plus(Duration.ofDays(20)));
    completeWithForm(Map.of("percent", 30L, "narrative", "Primer avance."));
    EngineClock.set(start.plus(Duration.ofDays(45)));
    EngineClock.runDueJobs(processEngine);
    verify(areaReminderNotice, never()).execute(any());

    org.assertj.core.api.Assertions.assertThat(reminderTimer().getDuedate().toInstant())
        .isEqualTo(start.plus(Duration.ofDays(50)));
    EngineClock.set(start.plus(Duration.ofDays(50)).plusSeconds(1));
    EngineClock.runDueJobs(processEngine);
    verify(areaReminderNotice).execute(any());
  }

  @Test
  void noReminderWhileTheSecretariatVerifiesAClosureRequest() throws Exception {
    Instant start = at(2024, 4, 1, 10, 0);
    EngineClock.set(start);
    ProcessInstance process = startThroughApi("area-planeacion");
    progressReturns(true);
    completeWithForm(Map.of("percent", 100L, "narrative", "Cumplido.", "requestClosure", true));

    EngineClock.set(start.plus(Duration.ofDays(90)));
    EngineClock.runDueJobs(processEngine);

    verify(areaReminderNotice, never()).execute(any());
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT);
  }

  // --- Due date --------------------------------------------------------------------------------

  @Test
  void commitmentPastItsDueDateEscalatesToTheSecretariatAndNoticesTheArea() throws Exception {
    EngineClock.set(at(2024, 6, 1, 10, 0));
    dueOn(LocalDate.of(2024, 6, 30));
    ProcessInstance process = startThroughApi("area-planeacion");
    org.assertj.core.api.Assertions.assertThat(deadlineTimer().getDuedate().toInstant())
        .isEqualTo(at(2024, 7, 1, 0, 0));

    EngineClock.set(at(2024, 6, 30, 23, 59));
    EngineClock.runDueJobs(processEngine);
    verify(overdueNotice, never()).execute(any());
    org.assertj.core.api.Assertions.assertThat(followUpTask()).isNull();

    EngineClock.set(at(2024, 7, 1, 0, 1));
    EngineClock.runDueJobs(processEngine);

    verify(overdueNotice).execute(any());
    assertThat(followUpTask()).hasCandidateGroup("secretaria-tecnica").isNotAssigned();
    assertThat(process)
        .isWaitingAt(
            CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS,
            CommitmentProcess.Elements.USER_TASK_FOLLOW_UP_OVERDUE);
  }

  @Test
  void followUpWithANewDueDateWatchesTheNewDate() throws Exception {
    ProcessInstance process = overdueCommitment();
    Task followUp = followUpTask();
    java.util.List<OverdueFollowUp> submitted = new java.util.ArrayList<>();
    org.mockito.Mockito.doAnswer(
            invocation -> {
              Supplier<OverdueFollowUp> form = invocation.getArgument(2);
              submitted.add(form.get());
              dueOn(LocalDate.of(2024, 7, 31));
              return null;
            })
        .when(commitments)
        .overdueFollowUpSubmittedInTask(eq(COMMITMENT_ID), eq(followUp.getId()), any(), any());

    processEngine
        .getFormService()
        .submitTaskForm(
            followUp.getId(),
            Map.of(
                CommitmentProcess.FormFields.FOLLOW_UP_NOTE,
                    "Se acordó con el área un nuevo plazo.",
                CommitmentProcess.FormFields.NEW_DUE_DATE, "2024-07-31"));

    org.assertj.core.api.Assertions.assertThat(submitted)
        .containsExactly(
            new OverdueFollowUp(
                "Se acordó con el área un nuevo plazo.", LocalDate.of(2024, 7, 31)));
    org.assertj.core.api.Assertions.assertThat(deadlineTimer().getDuedate().toInstant())
        .isEqualTo(at(2024, 8, 1, 0, 0));
    assertThat(process)
        .variables()
        .doesNotContainKeys(
            CommitmentProcess.FormFields.FOLLOW_UP_NOTE, CommitmentProcess.FormFields.NEW_DUE_DATE);
  }

  @Test
  void followUpWithoutANewDueDateWaitsUntilTheSecretariatSetsOne() throws Exception {
    ProcessInstance process = overdueCommitment();

    processEngine
        .getFormService()
        .submitTaskForm(
            followUpTask().getId(),
            Map.of(CommitmentProcess.FormFields.FOLLOW_UP_NOTE, "Se envió oficio al área."));

    assertThat(process)
        .isWaitingAt(
            CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS,
            CommitmentProcess.Elements.MESSAGE_EVENT_DUE_DATE_ASSIGNED);
    org.assertj.core.api.Assertions.assertThat(deadlineTimer()).isNull();
    EngineClock.set(at(2024, 7, 20, 0, 0));
    EngineClock.runDueJobs(processEngine);
    verify(overdueNotice).execute(any());

    dueOn(LocalDate.of(2024, 9, 30));
    changeDueDate(process);
    org.assertj.core.api.Assertions.assertThat(deadlineTimer().getDuedate().toInstant())
        .isEqualTo(at(2024, 10, 1, 0, 0));
  }

  @Test
  void changedDueDateMovesTheEscalationToTheNewDate() throws Exception {
    EngineClock.set(at(2024, 6, 1, 10, 0));
    dueOn(LocalDate.of(2024, 6, 30));
    ProcessInstance process = startThroughApi("area-planeacion");

    dueOn(LocalDate.of(2024, 7, 15));
    changeDueDate(process);

    EngineClock.set(at(2024, 7, 1, 0, 1));
    EngineClock.runDueJobs(processEngine);
    verify(overdueNotice, never()).execute(any());
    EngineClock.set(at(2024, 7, 16, 0, 1));
    EngineClock.runDueJobs(processEngine);
    verify(overdueNotice).execute(any());
    assertThat(process).hasPassed(CommitmentProcess.Elements.MESSAGE_EVENT_DUE_DATE_CHANGED);
  }

  @Test
  void commitmentWithoutDueDateIsNotEscalatedUntilOneIsSet() throws Exception {
    EngineClock.set(at(2024, 6, 1, 10, 0));
    ProcessInstance process = startThroughApi("area-planeacion");
    assertThat(process)
        .isWaitingAt(
            CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS,
            CommitmentProcess.Elements.MESSAGE_EVENT_DUE_DATE_ASSIGNED);
    org.assertj.core.api.Assertions.assertThat(deadlineTimer()).isNull();

    dueOn(LocalDate.of(2024, 6, 10));
    changeDueDate(process);
    EngineClock.set(at(2024, 6, 11, 0, 1));
    EngineClock.runDueJobs(processEngine);

    verify(overdueNotice).execute(any());
    org.assertj.core.api.Assertions.assertThat(followUpTask()).isNotNull();
  }

  @Test
  void conclusionEndsTheWatchOfTheDueDate() {
    dueOn(LocalDate.of(2099, 12, 31));
    ProcessInstance process = startThroughApi("area-planeacion");
    org.assertj.core.api.Assertions.assertThat(deadlineTimer()).isNotNull();
    progressReturns(true);
    completeWithForm(Map.of("percent", 100L, "narrative", "Cumplido.", "requestClosure", true));
    verificationReturns(true);

    completeWithForm(Map.of("decision", "APPROVE"));

    assertThat(process).isEnded().hasPassed(CommitmentProcess.Elements.END_EVENT_CONCLUDED);
    org.assertj.core.api.Assertions.assertThat(
            processEngine.getManagementService().createJobQuery().count())
        .isZero();
  }

  // --- helpers --------------------------------------------------------------------------------

  /** A commitment due on 30 June 2024, escalated on 1 July. */
  private ProcessInstance overdueCommitment() {
    EngineClock.set(at(2024, 6, 1, 10, 0));
    dueOn(LocalDate.of(2024, 6, 30));
    ProcessInstance process = startThroughApi("area-planeacion");
    EngineClock.set(at(2024, 7, 1, 0, 1));
    EngineClock.runDueJobs(processEngine);
    return process;
  }

  private Task followUpTask() {
    return processEngine
        .getTaskService()
        .createTaskQuery()
        .taskDefinitionKey(CommitmentProcess.Elements.USER_TASK_FOLLOW_UP_OVERDUE)
        .singleResult();
  }

  private Job deadlineTimer() {
    return processEngine
        .getManagementService()
        .createJobQuery()
        .activityId(CommitmentProcess.Elements.TIMER_EVENT_DUE_DATE_PASSED)
        .singleResult();
  }

  private Job reminderTimer() {
    return processEngine
        .getManagementService()
        .createJobQuery()
        .activityId(CommitmentProcess.Elements.TIMER_EVENT_NO_PROGRESS_REPORTED)
        .singleResult();
  }

  private void changeDueDate(ProcessInstance process) {
    commitment.attachProcess(process.getId());
    workflow.dueDateChanged(commitment);
  }

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(EngineClock.ZONE).toInstant();
  }

  /**
   * Starts the process as the commitment's service does, for a commitment of the area with that
   * group (or none): bound to it, with no variables.
   */
  private ProcessInstance startThroughApi(String areaGroup) {
    commitment =
        commitment(
            areaGroup == null
                ? null
                : new Area(
                    areaGroup.substring("area-".length()), "Área " + areaGroup, TestUsers.CSPEN));
    commitment.changeDueDate(dueDate);
    when(binding.startingForRegisteredCommitment()).thenReturn(true);
    commitment.attachProcess(workflow.start(commitment, null));
    when(binding.startingForRegisteredCommitment()).thenReturn(false);
    return processEngine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(commitment.getProcessInstanceId())
        .singleResult();
  }

  /** The commitment's due date, from now on (the process reads it from the commitment). */
  private void dueOn(LocalDate date) {
    dueDate = date;
    if (commitment != null) {
      commitment.changeDueDate(date);
    }
  }

  /** The one open task of the main flow (each test runs one process instance). */
  private Task openTask() {
    return processEngine
        .getTaskService()
        .createTaskQuery()
        .taskDefinitionKeyIn(
            CommitmentProcess.Elements.USER_TASK_ASSIGN_AREA,
            CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS,
            CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT)
        .singleResult();
  }

  private void completeWithForm(Map<String, Object> values) {
    Task task = openTask();
    processEngine.getFormService().submitTaskForm(task.getId(), values);
  }

  /** Each progress report the area submits is recorded, asking for closure or not. */
  private void progressReturns(boolean closureRequested) {
    org.mockito.Mockito.doAnswer(
            invocation -> {
              commitment.recordProgress(closureRequested ? 100 : 50, closureRequested);
              return null;
            })
        .when(commitments)
        .progressSubmittedInTask(eq(COMMITMENT_ID), anyString(), any(), any());
  }

  /** Each verification the Secretaría Técnica submits approves, or returns, the closure. */
  private void verificationReturns(boolean approved) {
    org.mockito.Mockito.doAnswer(
            invocation -> {
              if (approved) {
                commitment.approveClosure();
              } else {
                commitment.returnClosure();
              }
              return null;
            })
        .when(commitments)
        .verificationSubmittedInTask(eq(COMMITMENT_ID), anyString(), any(), any());
  }

  private void cancel(ProcessInstance process) {
    commitment.attachProcess(process.getId());
    workflow.cancel(commitment);
  }

  private static Commitment commitment(Area area) {
    CommissionSession session =
        new CommissionSession(
            TestUsers.CSPEN,
            SessionType.ORDINARY,
            1,
            LocalDate.of(2024, 3, 13),
            java.time.Instant.now(),
            "st");
    Commitment commitment =
        new Commitment(
            FOLIO,
            session,
            CommitmentKind.AGREEMENT,
            "Texto",
            null,
            area,
            null,
            java.time.Instant.now(),
            "st");
    org.springframework.test.util.ReflectionTestUtils.setField(commitment, "id", COMMITMENT_ID);
    return commitment;
  }

  private static long anyLong() {
    return org.mockito.ArgumentMatchers.anyLong();
  }
}
