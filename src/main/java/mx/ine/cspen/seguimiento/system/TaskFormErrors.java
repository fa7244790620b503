package mx.ine.cspen.seguimiento.system;

import java.util.function.Supplier;

/**
 * Remembers why the domain refused a form submitted in Tasklist. The engine wraps an exception
 * raised in a listener into its own (HTTP 500, English text); {@link TaskFormErrorFilter} answers
 * with the domain's status and Spanish message instead.
 */
public final class TaskFormErrors {

  private static final ThreadLocal<RuntimeException> REFUSAL = new ThreadLocal<>();

  private TaskFormErrors() {}

  /** Runs a domain call made by a process listener, remembering a refusal. */
  public static <T> T capture(Supplier<T> domainCall) {
    try {
      return domainCall.get();
    } catch (InvalidInputException | ForbiddenException | ConflictException | NotFoundException e) {
      REFUSAL.set(e);
      throw e;
    }
  }

  static RuntimeException take() {
    RuntimeException refusal = REFUSAL.get();
    REFUSAL.remove();
    return refusal;
  }

  static void clear() {
    REFUSAL.remove();
  }
}
