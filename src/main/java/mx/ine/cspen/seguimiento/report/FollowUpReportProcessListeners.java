package mx.ine.cspen.seguimiento.report;

import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.engine.FormInput;
import mx.ine.cspen.seguimiento.security.EngineUsers;
import mx.ine.cspen.seguimiento.session.SessionType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The adapters {@code follow-up-report.bpmn} binds by expression. Each finds the report its process
 * is bound to, hands a submitted form to one operation of the report's services ({@link
 * FollowUpReportService}, {@link AreaUpdates}, {@link ReportDrafts}), and removes the form's values
 * from the process. No rule of the domain lives here.
 */
final class FollowUpReportProcessListeners {

  private FollowUpReportProcessListeners() {}

  /**
   * Start event: binds the new instance to the report a service is starting it for, or records the
   * report requested through Tasklist's start form.
   */
  @Component("reportRequest")
  static class Request implements ExecutionListener {

    private final FollowUpReportService reports;
    private final FollowUpReportBinding binding;
    private final EngineUsers users;
    private final Commissions commissions;

    Request(
        FollowUpReportService reports,
        FollowUpReportBinding binding,
        EngineUsers users,
        Commissions commissions) {
      this.reports = reports;
      this.binding = binding;
      this.users = users;
      this.commissions = commissions;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (binding.startingForRequestedReport()) {
        binding.idOf(execution);
        return;
      }
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
      // The commission the instance was started in (see CommissionTenancy).
      long commission = commissions.ofTenant(execution.getTenantId());
      FollowUpReport report =
          reports.requestSubmittedInStartForm(
              input, execution.getProcessInstanceId(), users.current().actingIn(commission));
      execution.removeVariables(FollowUpReportProcess.FormFields.REQUEST_REPORT);
      execution.removeVariables(commissions.formKeys());
      execution.setProcessBusinessKey(FollowUpReportWorkflow.businessKey(report.getId()));
    }
  }

  /**
   * An area's "Actualizar avances" task created: the request is recorded and announced (see {@link
   * AreaUpdateRequested}), and the form gets its context.
   */
  @Component("areaUpdateRequest")
  static class UpdateRequest implements TaskListener {

    private final AreaUpdates reports;
    private final FollowUpReportBinding binding;

    UpdateRequest(AreaUpdates reports, FollowUpReportBinding binding) {
      this.reports = reports;
      this.binding = binding;
    }

    @Override
    public void notify(DelegateTask task) {
      task.setVariablesLocal(
          reports.updateRequested(
              binding.idOf(task), FollowUpReportProcess.Variables.areaGroup(task), task.getId()));
      // Kept on the task: areas completing at the same time never write the same variable.
      task.setVariableLocal(FollowUpReportProcess.FormFields.PROGRESS_UPDATED, false);
    }
  }

  /** "Actualizar avances" completed by the area. */
  @Component("areaUpdateConfirmation")
  static class UpdateConfirmation implements TaskListener {

    private final AreaUpdates reports;
    private final EngineUsers users;

    UpdateConfirmation(AreaUpdates reports, EngineUsers users) {
      this.reports = reports;
      this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
      reports.updateConfirmedInTask(
          task.getId(),
          () -> new FormInput(task).checked(FollowUpReportProcess.FormFields.PROGRESS_UPDATED),
          users::current);
    }
  }

  /** "Generar el borrador del informe". */
  @Component("draftGeneration")
  static class DraftGeneration implements JavaDelegate {

    private final ReportDrafts reports;
    private final FollowUpReportBinding binding;

    DraftGeneration(ReportDrafts reports, FollowUpReportBinding binding) {
      this.reports = reports;
      this.binding = binding;
    }

    @Override
    public void execute(DelegateExecution execution) {
      reports.generateDraft(binding.idOf(execution));
    }
  }

  /** "Revisar el borrador" created: the draft's figures and links for the form. */
  @Component("draftReviewContext")
  static class ReviewContext implements TaskListener {

    private final ReportDrafts reports;
    private final FollowUpReportBinding binding;

    ReviewContext(ReportDrafts reports, FollowUpReportBinding binding) {
      this.reports = reports;
      this.binding = binding;
    }

    @Override
    public void notify(DelegateTask task) {
      task.setVariablesLocal(reports.reviewContext(binding.idOf(task)));
    }
  }

  /** "Revisar el borrador" completed: issue or regenerate. */
  @Component("draftReview")
  static class Review implements TaskListener {

    private final FollowUpReportService reports;
    private final FollowUpReportBinding binding;
    private final EngineUsers users;

    Review(FollowUpReportService reports, FollowUpReportBinding binding, EngineUsers users) {
      this.reports = reports;
      this.binding = binding;
      this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
      reports.reviewSubmittedInTask(
          binding.idOf(task),
          task.getId(),
          () -> new FormInput(task).text(FollowUpReportProcess.FormFields.DECISION),
          users::current);
      task.getExecution().removeVariables(FollowUpReportProcess.FormFields.REVIEW_DRAFT);
    }
  }
}
