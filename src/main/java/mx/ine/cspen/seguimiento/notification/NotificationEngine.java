package mx.ine.cspen.seguimiento.notification;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import mx.ine.cspen.seguimiento.engine.EngineIdentity;
import mx.ine.cspen.seguimiento.engine.ProcessStarts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The notifications' only caller of the process engine: group members and their addresses, the open
 * task a notice leads to, and the start of an email's sending.
 *
 * <p>These run as the application, not as the person whose action raised the notice: an area
 * closing its task must not need the right to read the Secretaría Técnica's members or to start
 * processes, and a timer runs on behalf of nobody.
 */
@Component
class NotificationEngine {

  private final IdentityService identity;
  private final EngineIdentity engineIdentity;
  private final RuntimeService runtime;
  private final TaskService tasks;

  NotificationEngine(
      IdentityService identity,
      RuntimeService runtime,
      TaskService tasks,
      EngineIdentity engineIdentity) {
    this.identity = identity;
    this.engineIdentity = engineIdentity;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  record Recipient(String userId, String email) {}

  record OpenTask(String id, String name) {}

  /** The group's members, each with their address (null when they have none). */
  List<Recipient> membersOf(String groupId) {
    return engineIdentity.asApplication(
        () ->
            identity.createUserQuery().memberOfGroup(groupId).list().stream()
                .sorted(Comparator.comparing(User::getId))
                .map(user -> new Recipient(user.getId(), address(user)))
                .toList());
  }

  /** The user's address now (an administrator may have corrected it since the notice). */
  Optional<String> emailOf(String userId) {
    return engineIdentity.asApplication(
        () ->
            Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
                .map(NotificationEngine::address));
  }

  Optional<OpenTask> openTask(String processInstanceId, String taskDefinitionKey) {
    return engineIdentity.asApplication(
        () ->
            tasks
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey)
                .active()
                .orderByTaskCreateTime()
                .desc()
                .list()
                .stream()
                .findFirst()
                .map(task -> new OpenTask(task.getId(), task.getName())));
  }

  /**
   * Starts the email's sending: a job, run after the caller's transaction commits. Its instance
   * carries the tenant of the commission the notice is about (null: the default), so that only that
   * commission's people see it in Cockpit.
   */
  void sendEmailLater(long notificationId, String tenantId) {
    engineIdentity.asApplication(
        () ->
            ProcessStarts.starting(
                NotificationEmailProcess.KEY,
                notificationId,
                tenantId,
                () ->
                    runtime
                        .createProcessInstanceByKey(NotificationEmailProcess.KEY)
                        .businessKey(NotificationEmailProcess.businessKey(notificationId))
                        .setVariables(NotificationEmailProcess.Variables.atStart(notificationId))
                        .execute()));
  }

  private static String address(User user) {
    String email = user.getEmail();
    return email == null || email.isBlank() ? null : email.strip();
  }
}
