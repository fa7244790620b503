package mx.ine.cspen.seguimiento.report;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.commitment.ProcessTestEngine;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.EngineUsers;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.support.TestUsers;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * {@code follow-up-report.bpmn} path by path: the real model and the real adapters, with the report
 * service mocked and the engine's clock driving the timers of the cut-off.
 */
@Deployment(
    resources = {
      "processes/follow-up-report.bpmn",
      "forms/request-report.form",
      "forms/update-area-progress.form",
      "forms/review-report-draft.form"
    })
class FollowUpReportProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessEngineCoverageExtension.Companion.builder(ProcessTestEngine.configuration())
          .assertClassCoverageAtLeast(1.0)
          .build();

  private static final long REPORT_ID = 5L;

  /** The end of 24 May 2024 in Mexico City. */
  private static final Instant CUTOFF_END = Instant.parse("2024-05-25T06:00:00Z");

  private static final CurrentUser SECRETARIAT = TestUsers.secretariat("st");

  private final Commissions commissions = mock(Commissions.class);

  ProcessEngine processEngine;

  private final FollowUpReportService reports = mock(FollowUpReportService.class);
  private final AreaUpdates updates = mock(AreaUpdates.class);
  private final ReportDrafts drafts = mock(ReportDrafts.class);
  private final FollowUpReportBinding binding = mock(FollowUpReportBinding.class);
  private final EngineUsers users = mock(EngineUsers.class);

  /** Whether the report was issued: the review's decision, recorded by the (mocked) service. */
  private boolean issued;

  @BeforeEach
  void registerAdapters() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(CUTOFF_END.minus(3, ChronoUnit.DAYS)));
    when(users.current()).thenReturn(SECRETARIAT);
    when(updates.updateRequested(anyLong(), anyString(), anyString()))
        .thenReturn(Map.of(FollowUpReportProcess.TaskContext.AREA_NAME, "Subdirección de Ascenso"));
    when(drafts.reviewContext(anyLong()))
        .thenReturn(Map.of(FollowUpReportProcess.TaskContext.PDF_URL, "/api/reports/5.pdf"));
    when(binding.idOf(any(org.camunda.bpm.engine.delegate.DelegateExecution.class)))
        .thenReturn(REPORT_ID);
    when(binding.idOf(any(org.camunda.bpm.engine.delegate.DelegateTask.class)))
        .thenReturn(REPORT_ID);
    when(reports.cutoffEnd(REPORT_ID)).thenReturn(CUTOFF_END);
    when(reports.issued(REPORT_ID)).thenAnswer(invocation -> issued);
    when(commissions.ofTenant(any())).thenReturn(TestUsers.CSPEN);
    Mocks.register(
        "reportRequest",
        new FollowUpReportProcessListeners.Request(reports, binding, users, commissions));
    Mocks.register("followUpReportRouting", new FollowUpReportRouting(reports, updates, binding));
    Mocks.register(
        "areaUpdateRequest", new FollowUpReportProcessListeners.UpdateRequest(updates, binding));
    Mocks.register(
        "areaUpdateConfirmation",
        new FollowUpReportProcessListeners.UpdateConfirmation(updates, users));
    Mocks.register(
        "draftGeneration", new FollowUpReportProcessListeners.DraftGeneration(drafts, binding));
    Mocks.register(
        "draftReviewContext", new FollowUpReportProcessListeners.ReviewContext(drafts, binding));
    Mocks.register(
        "draftReview", new FollowUpReportProcessListeners.Review(reports, binding, users));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void reportRequestedAfterTheCutoffIsDraftedAtOnceAndIssuedOnApproval() {
    ProcessInstance process = startThroughApi(false);

    verify(drafts).generateDraft(REPORT_ID);
    verify(updates, never()).areaGroupsToUpdate(anyLong());
    assertThat(process).isWaitingAt(FollowUpReportProcess.Elements.USER_TASK_REVIEW_DRAFT);
    assertThat(openTask()).hasCandidateGroup("secretaria-tecnica");
    org.assertj.core.api.Assertions.assertThat(
            processEngine.getTaskService().getVariablesLocal(openTask().getId()))
        .containsEntry(FollowUpReportProcess.TaskContext.PDF_URL, "/api/reports/5.pdf");
    reviewReturns(true);

    completeWithForm(Map.of(FollowUpReportProcess.FormFields.DECISION, "ISSUE"));

    assertThat(process).isEnded().hasPassed(FollowUpReportProcess.Elements.END_EVENT_ISSUED);
    assertThat(process).variables().doesNotContainKey(FollowUpReportProcess.FormFields.DECISION);
  }

  @Test
  void eachAreaWithOpenCommitmentsGetsATaskThatEndsByItselfAtTheCutoff() {
    when(updates.areaGroupsToUpdate(REPORT_ID))
        .thenReturn(List.of("area-ascenso", "area-juridica"));
    ProcessInstance process = startThroughApi(true);

    List<Task> tasks = processEngine.getTaskService().createTaskQuery().list();
    org.assertj.core.api.Assertions.assertThat(tasks)
        .extracting(Task::getTaskDefinitionKey)
        .containsOnly(FollowUpReportProcess.Elements.USER_TASK_UPDATE_AREA_PROGRESS);
    org.assertj.core.api.Assertions.assertThat(tasks)
        .flatExtracting(t -> processEngine.getTaskService().getIdentityLinksForTask(t.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactlyInAnyOrder("area-ascenso", "area-juridica");
    tasks.forEach(t -> verify(updates).updateRequested(eq(REPORT_ID), anyString(), eq(t.getId())));
    Job deadline = timer();
    org.assertj.core.api.Assertions.assertThat(deadline.getDuedate())
        .isEqualTo(Date.from(CUTOFF_END));
    org.assertj.core.api.Assertions.assertThat(executableTimers()).isZero();

    ClockUtil.setCurrentTime(Date.from(CUTOFF_END.plusSeconds(1)));
    org.assertj.core.api.Assertions.assertThat(executableTimers()).isOne();
    processEngine.getManagementService().executeJob(deadline.getId());

    assertThat(process)
        .hasPassed(FollowUpReportProcess.Elements.BOUNDARY_EVENT_CUTOFF_REACHED)
        .isWaitingAt(FollowUpReportProcess.Elements.USER_TASK_REVIEW_DRAFT);
    org.assertj.core.api.Assertions.assertThat(
            processEngine.getTaskService().createTaskQuery().count())
        .isOne();
    verify(drafts).generateDraft(REPORT_ID);
    verify(updates, never()).updateConfirmedInTask(anyString(), any(), any());
  }

  @Test
  void areasThatConfirmEarlyStillLeaveTheDraftUntilTheCutoffDayEnds() {
    when(updates.areaGroupsToUpdate(REPORT_ID))
        .thenReturn(List.of("area-ascenso", "area-juridica"));
    ProcessInstance process = startThroughApi(true);

    for (Task task : processEngine.getTaskService().createTaskQuery().list()) {
      processEngine
          .getFormService()
          .submitTaskForm(
              task.getId(), Map.of(FollowUpReportProcess.FormFields.PROGRESS_UPDATED, true));
    }

    assertThat(process).isWaitingAt(FollowUpReportProcess.Elements.TIMER_EVENT_AWAIT_CUTOFF);
    verify(updates, times(2)).updateConfirmedInTask(anyString(), any(), any());
    verify(drafts, never()).generateDraft(anyLong());
    assertThat(process)
        .variables()
        .doesNotContainKey(FollowUpReportProcess.FormFields.PROGRESS_UPDATED);
    org.assertj.core.api.Assertions.assertThat(timer().getDuedate())
        .isEqualTo(Date.from(CUTOFF_END));

    ClockUtil.setCurrentTime(Date.from(CUTOFF_END.plusSeconds(60)));
    processEngine.getManagementService().executeJob(timer().getId());

    assertThat(process)
        .isWaitingAt(FollowUpReportProcess.Elements.USER_TASK_REVIEW_DRAFT)
        .hasNotPassed(FollowUpReportProcess.Elements.BOUNDARY_EVENT_CUTOFF_REACHED);
    verify(drafts).generateDraft(REPORT_ID);
  }

  @Test
  void confirmationRefusedByTheDomainLeavesTheAreaTaskOpen() {
    when(updates.areaGroupsToUpdate(REPORT_ID)).thenReturn(List.of("area-ascenso"));
    ProcessInstance process = startThroughApi(true);
    String taskId = openTask().getId();
    org.mockito.Mockito.doThrow(new InvalidInputException("progressUpdated", "Marque la casilla."))
        .when(updates)
        .updateConfirmedInTask(eq(taskId), any(), any());

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                processEngine
                    .getFormService()
                    .submitTaskForm(taskId, Map.of("progressUpdated", false)))
        .hasMessageContaining("Marque la casilla");

    assertThat(process).isWaitingAt(FollowUpReportProcess.Elements.USER_TASK_UPDATE_AREA_PROGRESS);
    org.assertj.core.api.Assertions.assertThat(openTask().getId()).isEqualTo(taskId);
  }

  @Test
  void regeneratingTheDraftGeneratesItAgainForAnotherReview() {
    ProcessInstance process = startThroughApi(false);
    reviewReturns(false);

    completeWithForm(Map.of(FollowUpReportProcess.FormFields.DECISION, "REGENERATE"));

    assertThat(process).isWaitingAt(FollowUpReportProcess.Elements.USER_TASK_REVIEW_DRAFT);
    verify(drafts, times(2)).generateDraft(REPORT_ID);
    reviewReturns(true);
    completeWithForm(Map.of(FollowUpReportProcess.FormFields.DECISION, "ISSUE"));
    assertThat(process).isEnded().hasPassed(FollowUpReportProcess.Elements.END_EVENT_ISSUED);
    verify(reports, times(2)).reviewSubmittedInTask(eq(REPORT_ID), anyString(), any(), any());
  }

  @Test
  void startFormRecordsTheReportThroughTheDomainAndKeepsNothingInTheProcess() {
    FollowUpReport recorded =
        new FollowUpReport(
            TestUsers.CSPEN,
            SessionType.ORDINARY,
            LocalDate.of(2024, 6, 17),
            "2",
            LocalDate.of(2024, 5, 24),
            Instant.now(),
            "st");
    org.springframework.test.util.ReflectionTestUtils.setField(recorded, "id", REPORT_ID);
    when(reports.requestSubmittedInStartForm(any(), anyString(), eq(SECRETARIAT)))
        .thenReturn(recorded);
    String definition =
        processEngine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(FollowUpReportProcess.KEY)
            .singleResult()
            .getId();

    ProcessInstance process =
        processEngine
            .getFormService()
            .submitStartForm(
                definition,
                withVariables(
                    "sessionType", "ORDINARY",
                    "sessionDate", "2024-06-17",
                    "agendaItem", "2",
                    "cutoff", "2024-05-24"));

    ArgumentCaptor<RequestReport> input = ArgumentCaptor.forClass(RequestReport.class);
    verify(reports)
        .requestSubmittedInStartForm(input.capture(), eq(process.getId()), eq(SECRETARIAT));
    org.assertj.core.api.Assertions.assertThat(input.getValue())
        .isEqualTo(
            new RequestReport(
                SessionType.ORDINARY, LocalDate.of(2024, 6, 17), "2", LocalDate.of(2024, 5, 24)));
    assertThat(process)
        .hasBusinessKey("INFORME-5")
        .isWaitingAt(FollowUpReportProcess.Elements.USER_TASK_REVIEW_DRAFT);
    assertThat(process).variables().isEmpty();
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Starts the process as the report's service does: bound to the report, with no variables. */
  private ProcessInstance startThroughApi(boolean updatesOpen) {
    when(reports.updatesOpen(REPORT_ID)).thenReturn(updatesOpen);
    when(binding.startingForRequestedReport()).thenReturn(true);
    ProcessInstance process =
        processEngine
            .getRuntimeService()
            .startProcessInstanceByKey(FollowUpReportProcess.KEY, "INFORME-" + REPORT_ID);
    when(binding.startingForRequestedReport()).thenReturn(false);
    return process;
  }

  private Task openTask() {
    return processEngine.getTaskService().createTaskQuery().singleResult();
  }

  private void completeWithForm(Map<String, Object> values) {
    processEngine.getFormService().submitTaskForm(openTask().getId(), values);
  }

  private Job timer() {
    return processEngine.getManagementService().createJobQuery().timers().singleResult();
  }

  private long executableTimers() {
    return processEngine.getManagementService().createJobQuery().timers().executable().count();
  }

  @SuppressWarnings("unchecked")
  private void reviewReturns(boolean issues) {
    when(reports.reviewSubmittedInTask(eq(REPORT_ID), anyString(), any(Supplier.class), any()))
        .thenAnswer(
            invocation -> {
              issued = issues;
              return issues;
            });
  }
}
