package mx.ine.cspen.seguimiento.engine;

/**
 * The failure of the last outermost engine command on this thread, kept until the request that ran
 * it has answered: {@link EngineRestErrors} finds there why the engine's REST API failed.
 */
final class EngineErrors {

  private static final ThreadLocal<RuntimeException> LAST = new ThreadLocal<>();

  private EngineErrors() {}

  static void record(RuntimeException failure) {
    LAST.set(failure);
  }

  static RuntimeException take() {
    RuntimeException failure = LAST.get();
    LAST.remove();
    return failure;
  }

  static void clear() {
    LAST.remove();
  }
}
