package mx.ine.cspen.seguimiento.security;

import java.util.List;
import java.util.Set;
import mx.ine.cspen.seguimiento.system.ForbiddenException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The user the engine is working for: whoever completed a task in Tasklist or the API. */
@Component
public class EngineUsers {

  private final IdentityService identity;
  private final CurrentUsers users;

  EngineUsers(IdentityService identity, CurrentUsers users) {
    this.identity = identity;
    this.users = users;
  }

  /** The engine's caller, working in the first commission they belong to. */
  public CurrentUser current() {
    var authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ForbiddenException("Esta operación requiere una persona identificada.");
    }
    List<String> groups = authentication.getGroupIds();
    return users.of(authentication.getUserId(), groups == null ? Set.of() : Set.copyOf(groups));
  }
}
