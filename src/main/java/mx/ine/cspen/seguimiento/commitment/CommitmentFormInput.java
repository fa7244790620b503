package mx.ine.cspen.seguimiento.commitment;

import java.util.ArrayList;
import java.util.List;
import mx.ine.cspen.seguimiento.engine.FormInput;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The commands the commitment's Tasklist forms submit, read from the task's variables. */
final class CommitmentFormInput {

  private CommitmentFormInput() {}

  /** The "Informar avance" form. */
  static SubmitProgressReport progress(VariableScope scope) {
    FormInput form = new FormInput(scope);
    Integer percent =
        form.wholeNumber(CommitmentProcess.FormFields.PERCENT, "El porcentaje de avance");
    List<ReferenceInput> references = new ArrayList<>();
    for (int slot = 1; slot <= CommitmentProcess.FormFields.REFERENCE_SLOTS; slot++) {
      String number = form.text(CommitmentProcess.FormFields.referenceNumber(slot));
      String url = form.text(CommitmentProcess.FormFields.referenceUrl(slot));
      if (number == null && url == null) {
        continue;
      }
      DocumentType type = documentType(form, CommitmentProcess.FormFields.referenceType(slot));
      references.add(
          new ReferenceInput(
              type,
              number,
              form.date(CommitmentProcess.FormFields.referenceDate(slot), "La fecha del documento"),
              url));
    }
    form.requireReadable();
    return new SubmitProgressReport(
        percent,
        form.text(CommitmentProcess.FormFields.NARRATIVE),
        references,
        form.checked(CommitmentProcess.FormFields.REQUEST_CLOSURE),
        form.text(CommitmentProcess.FormFields.JUSTIFICATION));
  }

  static VerifyFulfilment verification(VariableScope scope) {
    FormInput form = new FormInput(scope);
    String decision = form.text(CommitmentProcess.FormFields.DECISION);
    // Anything but the form's two options is no decision: the domain asks for one.
    Boolean approved =
        CommitmentProcess.FormFields.DECISION_APPROVE.equals(decision)
            ? Boolean.TRUE
            : CommitmentProcess.FormFields.DECISION_RETURN.equals(decision) ? Boolean.FALSE : null;
    return new VerifyFulfilment(approved, form.text(CommitmentProcess.FormFields.OBSERVATIONS));
  }

  /** The "Dar seguimiento a compromiso vencido" form. */
  static OverdueFollowUp followUp(VariableScope scope) {
    FormInput form = new FormInput(scope);
    OverdueFollowUp followUp =
        new OverdueFollowUp(
            form.text(CommitmentProcess.FormFields.FOLLOW_UP_NOTE),
            form.date(CommitmentProcess.FormFields.NEW_DUE_DATE, "La nueva fecha límite"));
    form.requireReadable();
    return followUp;
  }

  private static DocumentType documentType(FormInput form, String key) {
    String value = form.text(key);
    if (value == null) {
      return null;
    }
    try {
      return DocumentType.fromCode(value);
    } catch (IllegalArgumentException e) {
      form.unreadable(key, e.getMessage());
      return null;
    }
  }
}
