package mx.ine.cspen.seguimiento.engine;

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
 * domain's types, collecting every value that cannot be read. Each process's listeners build their
 * commands with it ({@code commitment/CommitmentFormInput} for the commitment's task forms).
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

  public Integer wholeNumber(String key, String description) {
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

  /**
   * Records that the value of {@code key} could not be read, for a reader of a type this class does
   * not know; {@link #requireReadable} then refuses.
   */
  public void unreadable(String key, String message) {
    problems.add(new InvalidInputException.FieldProblem(key, message));
  }

  /** Stops here if a value could not be read: the domain then sees only well-typed input. */
  public void requireReadable() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
