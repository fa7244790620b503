package mx.ine.cspen.seguimiento.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What {@code commitment.bpmn} decides by, read from the commitment itself (the engine keeps no
 * copy): whether it has an area and which group works it, and which way each decision went. The
 * domain has already recorded the step when the process asks.
 */
@Component("commitmentRouting")
public class CommitmentRouting {

  private final CommitmentBinding binding;

  CommitmentRouting(CommitmentBinding binding) {
    this.binding = binding;
  }

  /** "¿Tiene área responsable?" */
  public boolean hasArea(DelegateExecution execution) {
    return binding.of(execution).getArea() != null;
  }

  /** The candidate group of "Informar avance": the group of the commitment's area. */
  public String areaGroup(DelegateExecution execution) {
    Commitment commitment = binding.of(execution);
    if (commitment.getArea() == null) {
      throw new IllegalStateException(
          "Commitment " + commitment.getFolio() + " has no area for its progress task");
    }
    return commitment.getArea().groupId();
  }

  /** "¿Solicita la conclusión?": the area's last report asked for it. */
  public boolean closureRequested(DelegateExecution execution) {
    return binding.of(execution).getStatus() == CommitmentStatus.UNDER_VERIFICATION;
  }

  /** "¿Se aprueba la conclusión?": the Secretaría Técnica approved it. */
  public boolean closureApproved(DelegateExecution execution) {
    return binding.of(execution).getStatus() == CommitmentStatus.CONCLUDED;
  }
}
