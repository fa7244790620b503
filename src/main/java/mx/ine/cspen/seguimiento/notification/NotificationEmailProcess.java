package mx.ine.cspen.seguimiento.notification;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The contract of {@code processes/notification-email.bpmn}: one instance per email, carrying only
 * the notification's id.
 */
public final class NotificationEmailProcess {

  public static final String KEY = "notification-email";

  private NotificationEmailProcess() {}

  public static final class Elements {
    public static final String SERVICE_TASK_SEND_EMAIL = "ServiceTask_SendEmail";
    public static final String END_EVENT_EMAIL_SENT = "EndEvent_EmailSent";

    private Elements() {}
  }

  public static final class Variables {
    public static final String NOTIFICATION_ID = "notificationId";

    private Variables() {}

    public static Map<String, Object> atStart(long notificationId) {
      return Map.of(NOTIFICATION_ID, notificationId);
    }

    public static long notificationId(VariableScope scope) {
      Object value = scope.getVariable(NOTIFICATION_ID);
      if (value instanceof Number number) {
        return number.longValue();
      }
      throw new IllegalStateException("Process variable " + NOTIFICATION_ID + " missing: " + value);
    }
  }

  /** The business key Cockpit shows for an email, so an administrator finds it by notification. */
  public static String businessKey(long notificationId) {
    return "notificacion-" + notificationId;
  }
}
