package mx.ine.cspen.seguimiento.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the application rather than as the person signed in. The product's services
 * do so after they have checked, by the domain's rules, that the person may do what is asked: the
 * engine then obeys without granting that person any power of its own over the processes.
 */
@Component
public class EngineIdentity {

  private final IdentityService identity;

  public EngineIdentity(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T asApplication(Supplier<T> work) {
    return asApplication(identity, work);
  }

  public void asApplication(Runnable work) {
    asApplication(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * The same, for code that holds the engine's identity service rather than this bean (the engine
   * plugin, which runs before the application's beans exist).
   */
  static <T> T asApplication(IdentityService identity, Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
