package mx.ine.cspen.seguimiento.commitment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A commitment just registered, with what its registrant should know: a due date already past makes
 * the process escalate it at once.
 */
record RegisteredView(
    @JsonUnwrapped CommitmentView commitment,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {

  static RegisteredView of(Commitment commitment, CommitmentRegistry registry) {
    String warning = registry.pastDueDateWarning(commitment.getDueDate());
    return new RegisteredView(
        CommitmentView.of(commitment), warning == null ? List.of() : List.of(warning));
  }
}
