package mx.ine.cspen.seguimiento.system;

import java.util.List;

/** Input a person must correct: answered with 400 and one message per field. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.stream().map(FieldProblem::message).reduce((a, b) -> a + " " + b).orElse(""));
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public record FieldProblem(String field, String message) {}
}
