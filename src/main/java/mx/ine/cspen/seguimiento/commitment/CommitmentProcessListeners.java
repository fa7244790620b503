package mx.ine.cspen.seguimiento.commitment;

import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.engine.FormInput;
import mx.ine.cspen.seguimiento.security.EngineUsers;
import mx.ine.cspen.seguimiento.session.RegisterSession;
import mx.ine.cspen.seguimiento.session.SessionType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The adapters {@code commitment.bpmn} binds by {@code delegateExpression}. Each finds the
 * commitment its process is bound to, hands a submitted form to one domain operation, and removes
 * the form's values from the process: the process keeps no data. (A task's context, submitted back
 * with its read-only fields, lands in the task's own variable and goes with it; one that landed in
 * the process, from a task older than that variable, is removed too.) No rule of the domain lives
 * here.
 */
final class CommitmentProcessListeners {

  private CommitmentProcessListeners() {}

  /**
   * Start event: binds the new instance to the commitment a service is starting it for, or
   * registers the commitment described by Tasklist's start form.
   */
  @Component("commitmentRegistration")
  static class Registration implements ExecutionListener {

    private final CommitmentRegistry commitments;
    private final CommitmentBinding binding;
    private final EngineUsers users;
    private final Commissions commissions;

    Registration(
        CommitmentRegistry commitments,
        CommitmentBinding binding,
        EngineUsers users,
        Commissions commissions) {
      this.commitments = commitments;
      this.binding = binding;
      this.users = users;
      this.commissions = commissions;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (binding.startingForRegisteredCommitment()) {
        binding.of(execution);
        return;
      }
      // The commission the instance was started in: the start form's choice, or the one whose
      // Secretaría Técnica the person is (see CommissionTenancy).
      long commission = commissions.ofTenant(execution.getTenantId());
      FormInput form = new FormInput(execution);
      RegisterSession session =
          new RegisterSession(
              form.choice(
                  CommitmentProcess.FormFields.SESSION_TYPE,
                  SessionType.class,
                  "El tipo de sesión"),
              form.wholeNumber(
                  CommitmentProcess.FormFields.SESSION_NUMBER, "El número de la sesión"),
              form.date(CommitmentProcess.FormFields.SESSION_DATE, "La fecha de la sesión"));
      RegisterCommitment input =
          new RegisterCommitment(
              null,
              form.choice(CommitmentProcess.FormFields.KIND, CommitmentKind.class, "El tipo"),
              form.text(CommitmentProcess.FormFields.TEXT),
              form.text(CommitmentProcess.FormFields.PROPOSER),
              form.text(commissions.areaFormKey(commission)),
              form.date(CommitmentProcess.FormFields.DUE_DATE, "La fecha límite"));
      form.requireReadable();
      Commitment commitment =
          commitments.registerSubmittedInStartForm(
              session,
              input,
              execution.getProcessInstanceId(),
              users.current().actingIn(commission));
      execution.removeVariables(CommitmentProcess.FormFields.REGISTER_COMMITMENT);
      execution.removeVariables(commissions.formKeys());
      execution.setProcessBusinessKey(commitment.getFolio());
    }
  }

  /** "Asignar área responsable" completed. */
  @Component("areaAssignment")
  static class Assignment implements TaskListener {

    private final CommitmentFollowUp commitments;
    private final CommitmentBinding binding;
    private final EngineUsers users;
    private final Commissions commissions;

    Assignment(
        CommitmentFollowUp commitments,
        CommitmentBinding binding,
        EngineUsers users,
        Commissions commissions) {
      this.commitments = commitments;
      this.binding = binding;
      this.users = users;
      this.commissions = commissions;
    }

    @Override
    public void notify(DelegateTask task) {
      // The area list of the commitment's commission (the form shows one per commission).
      String areaKey = commissions.areaFormKey(commissions.ofTenant(task.getTenantId()));
      commitments.assignmentSubmittedInTask(
          binding.idOf(task),
          task.getId(),
          () -> new FormInput(task).text(areaKey),
          users::current);
      task.getExecution().removeVariables(CommitmentProcess.FormFields.ASSIGN_AREA);
      task.getExecution().removeVariable(CommitmentProcess.TaskContext.VARIABLE);
      task.getExecution().removeVariables(commissions.formKeys());
    }
  }

  /** "Informar avance" completed. */
  @Component("progressSubmission")
  static class Progress implements TaskListener {

    private final CommitmentFollowUp commitments;
    private final CommitmentBinding binding;
    private final EngineUsers users;

    Progress(CommitmentFollowUp commitments, CommitmentBinding binding, EngineUsers users) {
      this.commitments = commitments;
      this.binding = binding;
      this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
      commitments.progressSubmittedInTask(
          binding.idOf(task),
          task.getId(),
          () -> CommitmentFormInput.progress(task),
          users::current);
      task.getExecution().removeVariables(CommitmentProcess.FormFields.reportProgress());
      task.getExecution().removeVariable(CommitmentProcess.TaskContext.VARIABLE);
    }
  }

  /** "Verificar cumplimiento" completed. */
  @Component("verificationSubmission")
  static class Verification implements TaskListener {

    private final CommitmentFollowUp commitments;
    private final CommitmentBinding binding;
    private final EngineUsers users;

    Verification(CommitmentFollowUp commitments, CommitmentBinding binding, EngineUsers users) {
      this.commitments = commitments;
      this.binding = binding;
      this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
      commitments.verificationSubmittedInTask(
          binding.idOf(task),
          task.getId(),
          () -> CommitmentFormInput.verification(task),
          users::current);
      task.getExecution().removeVariables(CommitmentProcess.FormFields.VERIFY_FULFILMENT);
      task.getExecution().removeVariable(CommitmentProcess.TaskContext.VARIABLE);
    }
  }

  /** "Dar seguimiento a compromiso vencido" completed. */
  @Component("overdueFollowUp")
  static class OverdueFollowUpSubmission implements TaskListener {

    private final CommitmentFollowUp commitments;
    private final CommitmentBinding binding;
    private final EngineUsers users;

    OverdueFollowUpSubmission(
        CommitmentFollowUp commitments, CommitmentBinding binding, EngineUsers users) {
      this.commitments = commitments;
      this.binding = binding;
      this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
      commitments.overdueFollowUpSubmittedInTask(
          binding.idOf(task),
          task.getId(),
          () -> CommitmentFormInput.followUp(task),
          users::current);
      task.getExecution().removeVariables(CommitmentProcess.FormFields.FOLLOW_UP_OVERDUE);
      task.getExecution().removeVariable(CommitmentProcess.TaskContext.VARIABLE);
    }
  }

  /** Every user task, when created: the commitment's context for the form to show. */
  @Component("taskContext")
  static class Context implements TaskListener {

    private final CommitmentTaskContext context;
    private final CommitmentBinding binding;

    Context(CommitmentTaskContext context, CommitmentBinding binding) {
      this.context = context;
      this.binding = binding;
    }

    @Override
    public void notify(DelegateTask task) {
      CommitmentTaskContext.Variables variables =
          context.variables(binding.idOf(task), task.getTaskDefinitionKey());
      task.setVariableLocal(CommitmentProcess.TaskContext.VARIABLE, variables.shownAsJson());
      task.setVariableLocal(CommitmentProcess.TaskContext.CARD_FOLIO, variables.folio());
      task.setVariablesLocal(variables.prefilled());
    }
  }

  /** Reassignment event sub-process: the open progress task moves to the commitment's new area. */
  @Component("openTasksReassignment")
  static class Reassignment implements JavaDelegate {

    private final CommitmentWorkflow workflow;
    private final CommitmentRouting routing;

    Reassignment(CommitmentWorkflow workflow, CommitmentRouting routing) {
      this.workflow = workflow;
      this.routing = routing;
    }

    @Override
    public void execute(DelegateExecution execution) {
      workflow.moveOpenAreaTasks(execution.getProcessInstanceId(), routing.areaGroup(execution));
    }
  }
}
