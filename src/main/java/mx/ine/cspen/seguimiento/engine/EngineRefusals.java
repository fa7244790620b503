package mx.ine.cspen.seguimiento.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What the engine policy answers when it refuses a command. Camunda's REST API turns the first into
 * 403 and the second into 400 by itself; {@link EngineRestErrors} turns the third into 404.
 */
public final class EngineRefusals {

  private EngineRefusals() {}

  /** The person's role may not do this in the engine (HTTP 403). */
  public static class OperationRefused extends AuthorizationException {
    OperationRefused(String message) {
      super(message);
    }
  }

  /**
   * The command carries what its target does not accept, such as variables outside a form (400).
   */
  public static class InputRefused extends BadUserRequestException {
    InputRefused(String message) {
      super(message);
    }
  }

  /** The task (or process) the command names does not exist, or the person may not see it (404). */
  public static class TargetMissing extends BadUserRequestException {
    TargetMissing(String message) {
      super(message);
    }
  }
}
