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

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.EngineUsers;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.session.RegisterSession;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
 * domain service mocked. Each test states which domain operation a step calls and where the
 * process then waits.
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
  private static final CurrentUser SECRETARIAT = new CurrentUser("st", Set.of("secretaria-tecnica"));

  ProcessEngine processEngine;

  private final CommitmentService commitments = mock(CommitmentService.class);
  private final EngineUsers users = mock(EngineUsers.class);
  private final CommitmentTaskContext taskContext = mock(CommitmentTaskContext.class);

  @BeforeEach
  void registerAdapters() {
    BpmnAwareTests.init(processEngine);
    when(users.current()).thenReturn(SECRETARIAT);
    when(taskContext.of(anyLong())).thenReturn(Map.of(CommitmentProcess.TaskContext.FOLIO, FOLIO));
    Mocks.register("commitmentRegistration", new CommitmentProcessListeners.Registration(commitments, users));
    Mocks.register("taskContext", new CommitmentProcessListeners.Context(taskContext));
    Mocks.register("areaAssignment", new CommitmentProcessListeners.Assignment(commitments, users));
    Mocks.register("progressSubmission", new CommitmentProcessListeners.Progress(commitments, users));
    Mocks.register("verificationSubmission", new CommitmentProcessListeners.Verification(commitments, users));
    Mocks.register(
        "openTasksReassignment",
        new CommitmentProcessListeners.Reassignment(
            new CommitmentWorkflow(processEngine.getRuntimeService(), processEngine.getTaskService())));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void commitmentWithAreaWaitsForThatAreasProgressReport() {
    ProcessInstance process = startThroughApi("area-planeacion");

    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    assertThat(openTask()).hasCandidateGroup("area-planeacion");
    assertThat(openTask()).hasCandidateGroup("area-planeacion").isNotAssigned();
    verify(commitments, never()).registerSubmittedInStartForm(any(), any(), any(), any());
  }

  @Test
  void commitmentWithoutAreaWaitsForTheSecretariatToAssignOne() {
    ProcessInstance process = startThroughApi(null);
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_ASSIGN_AREA);
    assertThat(openTask()).hasCandidateGroup("secretaria-tecnica");
    when(commitments.assignmentSubmittedInTask(eq(COMMITMENT_ID), eq(openTask().getId()), any(), eq(SECRETARIAT)))
        .thenReturn("area-juridica");

    completeWithForm(Map.of(CommitmentProcess.FormFields.AREA_CODE, "juridica"));

    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    assertThat(openTask()).hasCandidateGroup("area-juridica");
    assertThat(process).variables().doesNotContainKey(CommitmentProcess.FormFields.AREA_CODE);
  }

  @Test
  @SuppressWarnings("unchecked")
  void startFormRegistersTheCommitmentThroughTheDomainAndKeepsOnlyItsId() {
    Commitment registered = commitment(new Area("ascenso", "Subdirección de Ascenso"));
    when(commitments.registerSubmittedInStartForm(any(), any(), any(), eq(SECRETARIAT))).thenReturn(registered);
    ProcessDefinition definition =
        processEngine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(CommitmentProcess.KEY).singleResult();

    ProcessInstance process =
        processEngine.getFormService().submitStartForm(
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
    verify(commitments).registerSubmittedInStartForm(session.capture(), input.capture(), eq(process.getId()), eq(SECRETARIAT));
    org.assertj.core.api.Assertions.assertThat(session.getValue())
        .isEqualTo(new RegisterSession(SessionType.ORDINARY, 1, LocalDate.of(2024, 3, 13)));
    org.assertj.core.api.Assertions.assertThat(input.getValue().kind()).isEqualTo(CommitmentKind.AGREEMENT);
    org.assertj.core.api.Assertions.assertThat(input.getValue().dueDate()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(process).hasBusinessKey(FOLIO);
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    assertThat(openTask()).hasCandidateGroup("area-ascenso");
    assertThat(process).variables()
        .containsOnlyKeys(CommitmentProcess.Variables.COMMITMENT_ID, CommitmentProcess.Variables.AREA_GROUP);
  }

  @Test
  void startFormWithAValueOfTheWrongTypeIsRefusedBeforeReachingTheDomain() {
    ProcessDefinition definition =
        processEngine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(CommitmentProcess.KEY).singleResult();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> processEngine.getFormService().submitStartForm(
                definition.getId(),
                withVariables("sessionType", "ANNUAL", "sessionNumber", 1.5, "sessionDate", "13/03/2024",
                    "kind", "AGREEMENT", "text", "Texto")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidInputException) e).problems())
            .extracting(InvalidInputException.FieldProblem::field)
            .containsExactlyInAnyOrder("sessionType", "sessionNumber", "sessionDate"));
    org.assertj.core.api.Assertions.assertThat(
            processEngine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    verify(commitments, never()).registerSubmittedInStartForm(any(), any(), any(), any());
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
    assertThat(process).variables()
        .doesNotContainKeys(CommitmentProcess.FormFields.PERCENT, CommitmentProcess.FormFields.NARRATIVE);
  }

  @Test
  void submittedProgressFormReachesTheDomainAsTypedValues() {
    startThroughApi("area-planeacion");
    String taskId = openTask().getId();
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Supplier<ReportProgress>> form = ArgumentCaptor.forClass(Supplier.class);
    when(commitments.progressSubmittedInTask(eq(COMMITMENT_ID), eq(taskId), form.capture(), any()))
        .thenAnswer(invocation -> {
          ReportProgress progress = form.getValue().get();
          org.assertj.core.api.Assertions.assertThat(progress.percent()).isEqualTo(100);
          org.assertj.core.api.Assertions.assertThat(progress.closureRequested()).isTrue();
          org.assertj.core.api.Assertions.assertThat(progress.references())
              .containsExactly(new ReferenceInput(DocumentType.AGREEMENT, "INE/JGE38/2024",
                  LocalDate.of(2024, 3, 25), "https://repositoriodocumental.ine.mx/a.pdf"));
          return true;
        });

    completeWithForm(Map.of(
        "percent", 100.0, "narrative", "Concluido.", "requestClosure", true,
        "reference1Type", "acuerdo", "reference1Number", "INE/JGE38/2024",
        "reference1Date", "2024-03-25", "reference1Url", "https://repositoriodocumental.ine.mx/a.pdf"));

    verify(commitments).progressSubmittedInTask(eq(COMMITMENT_ID), eq(taskId), any(), any());
  }

  @Test
  void progressRefusedByTheDomainLeavesTheTaskOpenAndNothingRecorded() {
    ProcessInstance process = startThroughApi("area-planeacion");
    String taskId = openTask().getId();
    when(commitments.progressSubmittedInTask(anyLong(), anyString(), any(), any()))
        .thenThrow(new InvalidInputException("percent", "Para solicitar la conclusión el avance debe ser 100 %."));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> processEngine.getTaskService().complete(taskId, Map.of("percent", 90L, "requestClosure", true)))
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

    processEngine.getRuntimeService()
        .createMessageCorrelation(CommitmentProcess.Messages.AREA_REASSIGNED)
        .processInstanceId(process.getId())
        .setVariable(CommitmentProcess.Variables.AREA_GROUP, "area-formacion")
        .correlate();

    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS)
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

    processEngine.getRuntimeService()
        .createMessageCorrelation(CommitmentProcess.Messages.AREA_REASSIGNED)
        .processInstanceId(process.getId())
        .setVariable(CommitmentProcess.Variables.AREA_GROUP, "area-formacion")
        .correlate();
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT);
    verificationReturns(false);
    completeWithForm(Map.of("decision", "RETURN", "observations", "Atender en Formación."));

    assertThat(openTask()).hasDefinitionKey(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS)
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
    org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().createTaskQuery().count()).isZero();
  }

  @Test
  void cancellationDuringVerificationEndsTheProcess() {
    ProcessInstance process = startThroughApi("area-planeacion");
    progressReturns(true);
    completeWithForm(Map.of("percent", 100L, "narrative", "Cumplido.", "requestClosure", true));
    assertThat(process).isWaitingAt(CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT);

    cancel(process);

    assertThat(process).isEnded().hasPassed(CommitmentProcess.Elements.END_EVENT_CANCELLED)
        .hasNotPassed(CommitmentProcess.Elements.END_EVENT_CONCLUDED);
  }

  // --- helpers --------------------------------------------------------------------------------

  private ProcessInstance startThroughApi(String areaGroup) {
    return processEngine.getRuntimeService().startProcessInstanceByKey(
        CommitmentProcess.KEY, FOLIO, CommitmentProcess.Variables.atStart(COMMITMENT_ID, areaGroup));
  }

  /** The one open task (each test runs one process instance). */
  private Task openTask() {
    return processEngine.getTaskService().createTaskQuery().singleResult();
  }

  private void completeWithForm(Map<String, Object> values) {
    Task task = openTask();
    processEngine.getFormService().submitTaskForm(task.getId(), values);
  }

  private void progressReturns(boolean closureRequested) {
    when(commitments.progressSubmittedInTask(eq(COMMITMENT_ID), anyString(), any(), any()))
        .thenReturn(closureRequested);
  }

  private void verificationReturns(boolean approved) {
    when(commitments.verificationSubmittedInTask(eq(COMMITMENT_ID), anyString(), any(), any()))
        .thenReturn(approved);
  }

  private void cancel(ProcessInstance process) {
    processEngine.getRuntimeService()
        .createMessageCorrelation(CommitmentProcess.Messages.CANCELLED)
        .processInstanceId(process.getId())
        .correlate();
  }

  private static Commitment commitment(Area area) {
    CommissionSession session =
        new CommissionSession(SessionType.ORDINARY, 1, LocalDate.of(2024, 3, 13), java.time.Instant.now(), "st");
    Commitment commitment = new Commitment(FOLIO, session, CommitmentKind.AGREEMENT, "Texto", null, area, null,
        java.time.Instant.now(), "st");
    org.springframework.test.util.ReflectionTestUtils.setField(commitment, "id", COMMITMENT_ID);
    return commitment;
  }

  private static long anyLong() {
    return org.mockito.ArgumentMatchers.anyLong();
  }
}
