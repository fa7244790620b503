package mx.ine.cspen.seguimiento.system;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** The product's input validator with its real constraints and messages, outside Spring. */
public final class InputValidators {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private InputValidators() {}

  public static InputValidator real() {
    return new InputValidator(VALIDATOR);
  }
}
