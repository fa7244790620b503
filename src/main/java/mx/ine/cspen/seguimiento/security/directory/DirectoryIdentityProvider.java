package mx.ine.cspen.seguimiento.security.directory;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's own identity store, whose password check also asks the directory. Every sign-in of the
 * product reaches Camunda's password check (our login page and HTTP Basic through {@code
 * CamundaIdentityAuthenticationProvider}, Tasklist's, Cockpit's and Admin's login page, the
 * engine's REST API), so this one place makes a directory account valid on all of them.
 *
 * <p>An account with a password in Camunda is a local one (the first administrator, accounts
 * created in Admin) and keeps Camunda's check and lock-out. Any other name is the directory's: its
 * password is checked there, and its lock-out policy applies.
 */
class DirectoryIdentityProvider extends DbIdentityServiceProvider {

  private final DirectorySignIn directory;

  DirectoryIdentityProvider(DirectorySignIn directory) {
    this.directory = directory;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    if (userId == null) {
      return false;
    }
    UserEntity user =
        Context.getCommandContext().runWithoutAuthorization(() -> findUserById(userId));
    if (user != null && user.getPassword() != null) {
      return super.checkPassword(userId, password);
    }
    return directory.check(userId, password, user != null);
  }
}
