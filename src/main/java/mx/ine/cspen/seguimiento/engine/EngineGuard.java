package mx.ine.cspen.seguimiento.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine plugin that puts {@link CommandPolicy} in front of every command the engine runs, so
 * that the rules hold on every path into the engine and not only on one URL prefix. Only the
 * outermost command of a call is checked (what the engine runs inside it, such as a listener's
 * work, belongs to a command already allowed); its failure is kept for {@link EngineRestErrors}.
 */
public class EngineGuard extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(EngineGuard.class);

  /** The engine's commands that change who may sign in, or with which groups. */
  static final Set<String> IDENTITY_CHANGES =
      Set.of(
          "SaveUserCmd",
          "DeleteUserCmd",
          "UnlockUserCmd",
          "SaveGroupCmd",
          "DeleteGroupCmd",
          "CreateMembershipCmd",
          "DeleteMembershipCmd");

  private final Predicate<String> readOnlyGroups;
  private final Runnable identityChanged;

  /**
   * @param readOnlyGroups whether a group's members only read (a commission's members, the
   *     institute-wide readers)
   * @param identityChanged run after a command changed users, groups or memberships (a password,
   *     say): what the sign-in remembered is checked again
   */
  public EngineGuard(Predicate<String> readOnlyGroups, Runnable identityChanged) {
    this.readOnlyGroups = readOnlyGroups;
    this.identityChanged = identityChanged;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandPolicy policy = new CommandPolicy(new EngineFactsReader(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withGuard(
            configuration.getCustomPreCommandInterceptorsTxRequired(), policy, configuration));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withGuard(
            configuration.getCustomPreCommandInterceptorsTxRequiresNew(), policy, configuration));
  }

  private List<CommandInterceptor> withGuard(
      List<CommandInterceptor> existing,
      CommandPolicy policy,
      ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Interceptor(policy, configuration, readOnlyGroups, identityChanged));
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }

  /** The depth of engine calls on this thread: 0 outside any command. */
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  static final class Interceptor extends CommandInterceptor {

    private final CommandPolicy policy;
    private final ProcessEngineConfigurationImpl configuration;
    private final Predicate<String> readOnlyGroups;
    private final Runnable identityChanged;

    Interceptor(
        CommandPolicy policy,
        ProcessEngineConfigurationImpl configuration,
        Predicate<String> readOnlyGroups,
        Runnable identityChanged) {
      this.policy = policy;
      this.configuration = configuration;
      this.readOnlyGroups = readOnlyGroups;
      this.identityChanged = identityChanged;
    }

    @Override
    public <T> T execute(Command<T> command) {
      int[] depth = DEPTH.get();
      if (depth[0] > 0) {
        return next.execute(command);
      }
      depth[0]++;
      try {
        policy.check(command, caller());
        T result = next.execute(command);
        if (IDENTITY_CHANGES.contains(command.getClass().getSimpleName())) {
          identityChanged.run();
        }
        return result;
      } catch (RuntimeException e) {
        if (e instanceof EngineRefusals.OperationRefused) {
          log.info(
              "Refused {} for {}: {}", command.getClass().getSimpleName(), user(), e.getMessage());
        }
        EngineErrors.record(e);
        throw e;
      } finally {
        depth[0]--;
      }
    }

    private CommandPolicy.Caller caller() {
      Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
      if (authentication == null || authentication.getUserId() == null) {
        return null;
      }
      List<String> groups =
          authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
      List<String> adminGroups =
          configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
      List<String> adminUsers =
          configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
      boolean administrator =
          adminUsers.contains(authentication.getUserId())
              || groups.stream().anyMatch(adminGroups::contains);
      // Read-only when every group of the person only reads (a reader who also works for an area
      // works for it).
      boolean readOnly = !groups.isEmpty() && groups.stream().allMatch(readOnlyGroups);
      return new CommandPolicy.Caller(authentication.getUserId(), groups, administrator, readOnly);
    }

    private String user() {
      Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
      return authentication == null ? "?" : authentication.getUserId();
    }
  }
}
