package mx.ine.cspen.seguimiento.report;

import mx.ine.cspen.seguimiento.commitment.FormInput;
import mx.ine.cspen.seguimiento.security.EngineUsers;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.system.TaskFormErrors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The adapters {@code follow-up-report.bpmn} binds by expression. Each reads the process's
 * variables (or a submitted form), calls one operation of {@link FollowUpReportService} and sets
 * what it returns. No rule of the domain lives here.
 */
final class FollowUpReportProcessListeners {

  private FollowUpReportProcessListeners() {}

  /** Start event: a report requested through Tasklist's start form. */
  @Component("reportRequest")
  static class Request implements ExecutionListener {

    private final FollowUpReportService reports;
    private final EngineUsers users;

    Request(FollowUpReportService reports, EngineUsers users) {
      this.reports = reports;
      this.users = users;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (FollowUpReportProcess.Variables.hasReportId(execution)) {
        return; // recorded through the API before the process started
      }
      TaskFormErrors.capture(() -> request(execution));
    }

    private FollowUpReportService.ProcessStart request(DelegateExecution execution) {
      FormInput form = new FormInput(execution);
      RequestReport input =
          new RequestReport(
              form.choice(
                  FollowUpReportProcess.FormFields.SESSION_TYPE,
                  SessionType.class,
                  "El tipo de sesión"),
              form.date(FollowUpReportProcess.FormFields.SESSION_DATE, "La fecha de la sesión"),
              form.text(FollowUpReportProcess.FormFields.AGENDA_ITEM),
              form.date(FollowUpReportProcess.FormFields.CUTOFF, "La fecha de corte"));
      form.requireReadable();
      FollowUpReportService.ProcessStart start =
          reports.requestSubmittedInStartForm(
              input, execution.getProcessInstanceId(), users.current());
      execution.removeVariables(FollowUpReportProcess.FormFields.REQUEST_REPORT);
      FollowUpReportProcess.Variables.setAtStart(
          execution, start.reportId(), start.cutoffEnd(), start.updatesOpen());
      execution.setProcessBusinessKey(FollowUpReportWorkflow.businessKey(start.reportId()));
      return start;
    }
  }

  /**
   * An area's "Actualizar avances" task created: the request is recorded and announced (see {@link
   * AreaUpdateRequested}), and the form gets its context.
   */
  @Component("areaUpdateRequest")
  static class UpdateRequest implements TaskListener {

    private final FollowUpReportService reports;

    UpdateRequest(FollowUpReportService reports) {
      this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
      task.setVariablesLocal(
          reports.updateRequested(
              FollowUpReportProcess.Variables.reportId(task),
              FollowUpReportProcess.Variables.areaGroup(task),
              task.getId()));
      // Kept on the task: areas completing at the same time never write the same variable.
      task.setVariableLocal(FollowUpReportProcess.FormFields.PROGRESS_UPDATED, false);
    }
  }

  /** "Actualizar avances" completed by the area. */
  @Component("areaUpdateConfirmation")
  static class UpdateConfirmation implements TaskListener {

    private final FollowUpReportService reports;
    private final EngineUsers users;

    UpdateConfirmation(FollowUpReportService reports, EngineUsers users) {
      this.reports = reports;
      this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
      TaskFormErrors.capture(
          () -> {
            reports.updateConfirmedInTask(
                task.getId(),
                () ->
                    new FormInput(task).checked(FollowUpReportProcess.FormFields.PROGRESS_UPDATED),
                users.current());
            return null;
          });
    }
  }

  /** "Generar el borrador del informe". */
  @Component("draftGeneration")
  static class DraftGeneration implements JavaDelegate {

    private final FollowUpReportService reports;

    DraftGeneration(FollowUpReportService reports) {
      this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
      reports.generateDraft(FollowUpReportProcess.Variables.reportId(execution));
    }
  }

  /** "Revisar el borrador" created: the draft's figures and links for the form. */
  @Component("draftReviewContext")
  static class ReviewContext implements TaskListener {

    private final FollowUpReportService reports;

    ReviewContext(FollowUpReportService reports) {
      this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
      task.setVariablesLocal(reports.reviewContext(FollowUpReportProcess.Variables.reportId(task)));
    }
  }

  /** "Revisar el borrador" completed: issue or regenerate. */
  @Component("draftReview")
  static class Review implements TaskListener {

    private final FollowUpReportService reports;
    private final EngineUsers users;

    Review(FollowUpReportService reports, EngineUsers users) {
      this.reports = reports;
      this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
      boolean issued =
          TaskFormErrors.capture(
              () ->
                  reports.reviewSubmittedInTask(
                      FollowUpReportProcess.Variables.reportId(task),
                      task.getId(),
                      () -> new FormInput(task).text(FollowUpReportProcess.FormFields.DECISION),
                      users.current()));
      task.getExecution().removeVariables(FollowUpReportProcess.FormFields.REVIEW_DRAFT);
      FollowUpReportProcess.Variables.setDraftApproved(task.getExecution(), issued);
    }
  }
}
