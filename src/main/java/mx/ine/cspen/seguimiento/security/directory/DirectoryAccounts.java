package mx.ine.cspen.seguimiento.security.directory;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings directory accounts into Camunda's identity tables, where Tasklist's candidate groups,
 * Cockpit, Admin, the engine's authorizations and the notification emails find them: the user with
 * name and email (never a password), and its memberships in the groups the mapping manages.
 *
 * <p>Runs inside the engine's password check, in a transaction of its own: a sign-in writes only
 * when the directory changed something, and two first sign-ins of the same person at once (two API
 * calls) do not fail each other: the one that loses finds the other's work done.
 */
class DirectoryAccounts {

  private static final Logger log = LoggerFactory.getLogger(DirectoryAccounts.class);

  private final GroupMapping mapping;

  DirectoryAccounts(GroupMapping mapping) {
    this.mapping = mapping;
  }

  /** The account as the directory describes it now, with exactly its mapped groups. */
  void synchronize(DirectoryAccount account) {
    Set<String> wanted = mapping.productGroups(account.groups());
    inOwnTransaction(identity -> synchronize(identity, account, wanted));
  }

  /** A person the directory no longer knows keeps no group the directory decided. */
  void withdraw(String userId) {
    inOwnTransaction(
        identity -> {
          for (String group : memberships(identity, userId)) {
            if (mapping.managedGroups().contains(group)) {
              identity.deleteMembership(userId, group);
              log.info("{} left group {}: no longer in the directory", userId, group);
            }
          }
        });
  }

  private void synchronize(IdentityService identity, DirectoryAccount account, Set<String> wanted) {
    String id = account.id();
    User user = identity.createUserQuery().userId(id).singleResult();
    boolean created = user == null;
    if (created) {
      user = identity.newUser(id);
    }
    if (created
        || !Objects.equals(user.getFirstName(), account.firstName())
        || !Objects.equals(user.getLastName(), account.lastName())
        || !Objects.equals(user.getEmail(), account.email())) {
      user.setFirstName(account.firstName());
      user.setLastName(account.lastName());
      user.setEmail(account.email());
      identity.saveUser(user);
      if (created) {
        log.info("Directory account {} signed in for the first time", id);
      }
    }
    Set<String> current = memberships(identity, id);
    for (String group : mapping.managedGroups()) {
      if (wanted.contains(group) && !current.contains(group)) {
        if (identity.createGroupQuery().groupId(group).count() == 0) {
          log.warn("DIRECTORY_GROUPS names group {}, which does not exist: ignored", group);
          continue;
        }
        identity.createMembership(id, group);
        log.info("{} joined group {} (directory)", id, group);
      } else if (!wanted.contains(group) && current.contains(group)) {
        identity.deleteMembership(id, group);
        log.info("{} left group {} (directory)", id, group);
      }
    }
  }

  private static Set<String> memberships(IdentityService identity, String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .collect(Collectors.toSet());
  }

  /**
   * Runs the change in a new transaction, without the caller's engine authorizations (a sign-in has
   * no user yet, and a signed-in user may not change memberships); once again if a concurrent
   * sign-in of the same person made it fail.
   */
  private static void inOwnTransaction(java.util.function.Consumer<IdentityService> change) {
    ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
    RuntimeException failure = null;
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        engine
            .getCommandExecutorTxRequiresNew()
            .execute(
                context ->
                    context.runWithoutAuthorization(
                        () -> {
                          change.accept(engine.getIdentityService());
                          return null;
                        }));
        return;
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    throw failure;
  }
}
