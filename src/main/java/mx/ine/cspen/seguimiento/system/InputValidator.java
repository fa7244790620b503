package mx.ine.cspen.seguimiento.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks a command's constraints (annotations with Spanish messages) wherever it comes from: the
 * API, a Tasklist form, an import. Every problem is reported at once.
 */
@Component
public class InputValidator {

  private final Validator validator;

  InputValidator(Validator validator) {
    this.validator = validator;
  }

  public void check(Object command) {
    List<InvalidInputException.FieldProblem> problems =
        validator.validate(command).stream()
            .sorted(
                Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
            .map(
                v ->
                    new InvalidInputException.FieldProblem(
                        v.getPropertyPath().toString(), v.getMessage()))
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
