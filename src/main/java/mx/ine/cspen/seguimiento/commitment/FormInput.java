package mx.ine.cspen.seguimiento.commitment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the values a Camunda Form submitted (numbers as Long or Double, dates as text) into the
 * domain's types, collecting every value that cannot be read. Public for the other processes'
 * listeners.
 */
public final class FormInput {

  private final VariableScope scope;
  private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

  public FormInput(VariableScope scope) {
    this.scope = scope;
  }

  public String text(String key) {
    Object value = scope.getVariable(key);
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return text.isBlank() ? null : text;
  }

  Integer wholeNumber(String key, String description) {
    Object value = scope.getVariable(key);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    try {
      double number =
          value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
      if (number == Math.rint(number) && Math.abs(number) < Integer.MAX_VALUE) {
        return (int) number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        new InvalidInputException.FieldProblem(key, description + " debe ser un número entero."));
    return null;
  }

  public boolean checked(String key) {
    Object value = scope.getVariable(key);
    return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
  }

  public LocalDate date(String key, String description) {
    Object value = scope.getVariable(key);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof Date date) {
      return new java.sql.Date(date.getTime()).toLocalDate();
    }
    try {
      String text = value.toString().trim();
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problems.add(
          new InvalidInputException.FieldProblem(
              key, description + " no es una fecha válida (AAAA-MM-DD)."));
      return null;
    }
  }

  public <E extends Enum<E>> E choice(String key, Class<E> type, String description) {
    String value = text(key);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          new InvalidInputException.FieldProblem(
              key,
              description
                  + " debe ser uno de: "
                  + Arrays.stream(type.getEnumConstants())
                      .map(Enum::name)
                      .collect(Collectors.joining(", "))
                  + "."));
      return null;
    }
  }

  DocumentType documentType(String key) {
    String value = text(key);
    if (value == null) {
      return null;
    }
    try {
      return DocumentType.fromCode(value);
    } catch (IllegalArgumentException e) {
      problems.add(new InvalidInputException.FieldProblem(key, e.getMessage()));
      return null;
    }
  }

  /** Stops here if a value could not be read: the domain then sees only well-typed input. */
  public void requireReadable() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  // --- The forms of commitment.bpmn ----------------------------------------------------------

  static ReportProgress progress(VariableScope scope) {
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
      DocumentType type = form.documentType(CommitmentProcess.FormFields.referenceType(slot));
      references.add(
          new ReferenceInput(
              type,
              number,
              form.date(CommitmentProcess.FormFields.referenceDate(slot), "La fecha del documento"),
              url));
    }
    form.requireReadable();
    return new ReportProgress(
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
}
