package mx.ine.cspen.seguimiento.notification;

import org.springframework.stereotype.Component;

/**
 * Where a notification leads, decided when it is sent or opened rather than when it is written: the
 * task it names is often created in the same step that raised the notice, and may be done by the
 * time its reader clicks.
 */
@Component
class NotificationLinks {

  static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

  private final NotificationEngine engine;
  private final NotificationProperties properties;

  NotificationLinks(NotificationEngine engine, NotificationProperties properties) {
    this.engine = engine;
    this.properties = properties;
  }

  /** A link for a person: its path in the application, its full address and its words. */
  record Link(String path, String url, String label) {}

  Link of(Notification notification) {
    NoticeTarget target = notification.target();
    if (target.namesTask()) {
      var task = engine.openTask(target.processInstanceId(), target.taskDefinitionKey());
      if (task.isPresent()) {
        return link(TASKLIST_TASK + task.get().id(), "Abrir la tarea «" + task.get().name() + "»");
      }
    }
    if (target.commitmentId() != null) {
      return link(
          properties.commitmentPage().replace("{id}", target.commitmentId().toString()),
          "Ver el compromiso");
    }
    return link("/", "Abrir Seguimiento de Compromisos");
  }

  /** Each notification's own address: it marks the notification read and goes on to its link. */
  String openPath(long notificationId) {
    return "/notificaciones/" + notificationId + "/abrir";
  }

  String openUrl(long notificationId) {
    return properties.base() + openPath(notificationId);
  }

  private Link link(String path, String label) {
    return new Link(path, properties.base() + path, label);
  }
}
