package mx.ine.cspen.seguimiento.commitment;

import mx.ine.cspen.seguimiento.security.EngineUsers;
import mx.ine.cspen.seguimiento.session.RegisterSession;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.system.TaskFormErrors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The adapters {@code commitment.bpmn} binds by {@code delegateExpression}. Each reads the
 * process's variables (or a submitted form), calls one domain operation and sets the routing
 * variable it returns. No rule of the domain lives here.
 */
final class CommitmentProcessListeners {

  private CommitmentProcessListeners() {}

  /** Start event: a commitment registered through Tasklist's start form. */
  @Component("commitmentRegistration")
  static class Registration implements ExecutionListener {

    private final CommitmentService commitments;
    private final EngineUsers users;

    Registration(CommitmentService commitments, EngineUsers users) {
      this.commitments = commitments;
      this.users = users;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (CommitmentProcess.Variables.hasCommitmentId(execution)) {
        return; // registered through the API before the process started
      }
      TaskFormErrors.capture(() -> register(execution));
    }

    private Commitment register(DelegateExecution execution) {
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
              form.text(CommitmentProcess.FormFields.AREA_CODE),
              form.date(CommitmentProcess.FormFields.DUE_DATE, "La fecha límite"));
      form.requireReadable();
      Commitment commitment =
          commitments.registerSubmittedInStartForm(
              session, input, execution.getProcessInstanceId(), users.current());
      execution.removeVariables(CommitmentProcess.FormFields.REGISTER_COMMITMENT);
      CommitmentProcess.Variables.setCommitmentId(execution, commitment.getId());
      if (commitment.getArea() != null) {
        CommitmentProcess.Variables.setAreaGroup(execution, commitment.getArea().groupId());
      }
      execution.setProcessBusinessKey(commitment.getFolio());
      return commitment;
    }
  }

  /** "Asignar área responsable" completed. */
  @Component("areaAssignment")
  static class Assignment implements TaskListener {

    private final CommitmentService commitments;
    private final EngineUsers users;

    Assignment(CommitmentService commitments, EngineUsers users) {
      this.commitments = commitments;
      this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
      String areaGroup =
          TaskFormErrors.capture(
              () ->
                  commitments.assignmentSubmittedInTask(
                      CommitmentProcess.Variables.commitmentId(task),
                      task.getId(),
                      () -> new FormInput(task).text(CommitmentProcess.FormFields.AREA_CODE),
                      users.current()));
      task.getExecution().removeVariables(CommitmentProcess.FormFields.ASSIGN_AREA);
      CommitmentProcess.Variables.setAreaGroup(task.getExecution(), areaGroup);
    }
  }

  /** "Informar avance" completed. */
  @Component("progressSubmission")
  static class Progress implements TaskListener {

    private final CommitmentService commitments;
    private final EngineUsers users;

    Progress(CommitmentService commitments, EngineUsers users) {
      this.commitments = commitments;
      this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
      boolean closureRequested =
          TaskFormErrors.capture(
              () ->
                  commitments.progressSubmittedInTask(
                      CommitmentProcess.Variables.commitmentId(task),
                      task.getId(),
                      () -> FormInput.progress(task),
                      users.current()));
      task.getExecution().removeVariables(CommitmentProcess.FormFields.reportProgress());
      CommitmentProcess.Variables.setClosureRequested(task.getExecution(), closureRequested);
    }
  }

  /** "Verificar cumplimiento" completed. */
  @Component("verificationSubmission")
  static class Verification implements TaskListener {

    private final CommitmentService commitments;
    private final EngineUsers users;

    Verification(CommitmentService commitments, EngineUsers users) {
      this.commitments = commitments;
      this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
      boolean approved =
          TaskFormErrors.capture(
              () ->
                  commitments.verificationSubmittedInTask(
                      CommitmentProcess.Variables.commitmentId(task),
                      task.getId(),
                      () -> FormInput.verification(task),
                      users.current()));
      task.getExecution().removeVariables(CommitmentProcess.FormFields.VERIFY_FULFILMENT);
      CommitmentProcess.Variables.setClosureApproved(task.getExecution(), approved);
    }
  }

  /** "Dar seguimiento a compromiso vencido" completed. */
  @Component("overdueFollowUp")
  static class OverdueFollowUpSubmission implements TaskListener {

    private final CommitmentService commitments;
    private final EngineUsers users;

    OverdueFollowUpSubmission(CommitmentService commitments, EngineUsers users) {
      this.commitments = commitments;
      this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
      TaskFormErrors.capture(
          () -> {
            commitments.overdueFollowUpSubmittedInTask(
                CommitmentProcess.Variables.commitmentId(task),
                task.getId(),
                () -> FormInput.followUp(task),
                users.current());
            return null;
          });
      task.getExecution().removeVariables(CommitmentProcess.FormFields.FOLLOW_UP_OVERDUE);
    }
  }

  /** Every user task, when created: the commitment's context for the form to show. */
  @Component("taskContext")
  static class Context implements TaskListener {

    private final CommitmentTaskContext context;

    Context(CommitmentTaskContext context) {
      this.context = context;
    }

    @Override
    public void notify(DelegateTask task) {
      task.setVariablesLocal(context.of(CommitmentProcess.Variables.commitmentId(task)));
    }
  }

  /** Reassignment event sub-process: the open progress task moves to the new area. */
  @Component("openTasksReassignment")
  static class Reassignment implements JavaDelegate {

    private final CommitmentWorkflow workflow;

    Reassignment(CommitmentWorkflow workflow) {
      this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      workflow.moveOpenAreaTasks(
          execution.getProcessInstanceId(), CommitmentProcess.Variables.areaGroup(execution));
    }
  }
}
