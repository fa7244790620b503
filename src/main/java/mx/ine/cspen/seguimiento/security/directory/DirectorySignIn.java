package mx.ine.cspen.seguimiento.security.directory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sign-in with a directory account: the directory checks the password, then the account and its
 * mapped groups are brought into Camunda's identity tables, so that every path that asks Camunda
 * (our login page, HTTP Basic on the API and the engine's REST API, Tasklist's own login) sees the
 * same user with the same groups.
 */
class DirectorySignIn {

  private static final Logger log = LoggerFactory.getLogger(DirectorySignIn.class);

  private final Directory directory;
  private final DirectoryAccounts accounts;

  DirectorySignIn(Directory directory, DirectoryAccounts accounts) {
    this.directory = directory;
    this.accounts = accounts;
  }

  /**
   * Whether {@code password} is the directory password of {@code userId}.
   *
   * @param known whether Camunda already holds this user (from an earlier directory sign-in)
   */
  boolean check(String userId, String password, boolean known) {
    if (userId == null || userId.isBlank() || password == null || password.isEmpty()) {
      return false;
    }
    Directory.SignIn signIn = directory.signIn(userId, password);
    switch (signIn.outcome()) {
      case AUTHENTICATED:
        DirectoryAccount account = signIn.account();
        // The directory compares names without case; Camunda's user ids are exact. One person is
        // one user: the name as the directory spells it.
        if (!userId.equals(account.id())) {
          log.info(
              "Sign-in as {} refused: the directory spells the account {}", userId, account.id());
          return false;
        }
        accounts.synchronize(account);
        return true;
      case NOT_FOUND:
        if (known) {
          accounts.withdraw(userId);
        }
        return false;
      default:
        return false;
    }
  }
}
