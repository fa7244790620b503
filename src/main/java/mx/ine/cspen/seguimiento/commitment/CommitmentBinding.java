package mx.ine.cspen.seguimiento.commitment;

import java.util.Optional;
import mx.ine.cspen.seguimiento.engine.ProcessStarts;
import mx.ine.cspen.seguimiento.system.TransactionMemo;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Which commitment a process instance of {@code commitment.bpmn} belongs to: the binding recorded
 * in our table ({@code commitment.process_instance_id}) when the process starts. The process itself
 * carries no variable that names its commitment.
 *
 * <p>One step of the engine asks many times (each listener, each routing expression of the model):
 * the answer is looked up once per transaction, and the commitment itself then comes from the
 * transaction's persistence context.
 */
@Component
public class CommitmentBinding {

  private final CommitmentRepository commitments;
  private final TransactionMemo<String, Long> bound = new TransactionMemo<>();

  CommitmentBinding(CommitmentRepository commitments) {
    this.commitments = commitments;
  }

  /** The commitment of the process the execution belongs to. */
  public Commitment of(DelegateExecution execution) {
    return of(execution.getProcessInstanceId());
  }

  public Commitment of(DelegateTask task) {
    return of(task.getProcessInstanceId());
  }

  public long idOf(DelegateExecution execution) {
    return of(execution).getId();
  }

  public long idOf(DelegateTask task) {
    return of(task).getId();
  }

  /**
   * The commitment bound to the instance; while a service starts the process for a commitment
   * ({@link ProcessStarts}), the new instance is bound to it here.
   */
  public Commitment of(String processInstanceId) {
    Long id = bound.get(processInstanceId, this::lookUp);
    return Optional.ofNullable(id)
        .flatMap(commitments::findById)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No commitment is bound to process instance " + processInstanceId));
  }

  /**
   * The commitment read for a change in this transaction: the steps of its process that the change
   * moves find it without a query.
   */
  void known(Commitment commitment) {
    if (commitment.getProcessInstanceId() != null) {
      bound.remember(commitment.getProcessInstanceId(), commitment.getId());
    }
  }

  /** Whether this thread is starting the process of a registered commitment. */
  boolean startingForRegisteredCommitment() {
    return ProcessStarts.pending(CommitmentProcess.KEY).isPresent();
  }

  private Long lookUp(String processInstanceId) {
    return commitments
        .findByProcessInstanceId(processInstanceId)
        .or(() -> bindStarting(processInstanceId))
        .map(Commitment::getId)
        .orElse(null);
  }

  private Optional<Commitment> bindStarting(String processInstanceId) {
    return ProcessStarts.pending(CommitmentProcess.KEY)
        .flatMap(commitments::findById)
        .map(
            commitment -> {
              commitment.attachProcess(processInstanceId);
              return commitment;
            });
  }
}
