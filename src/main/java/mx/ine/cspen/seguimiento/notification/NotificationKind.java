package mx.ine.cspen.seguimiento.notification;

/** What a notification is about, with the Spanish word of the notifications page. */
public enum NotificationKind {
  PROGRESS_REMINDER("Recordatorio de avance", "progress-reminder"),
  OVERDUE("Compromiso vencido", "overdue"),
  OVERDUE_FOLLOW_UP("Seguimiento de compromiso vencido", "overdue-follow-up"),
  CLOSURE_REQUESTED("Solicitud de conclusión", "closure-requested"),
  CLOSURE_APPROVED("Conclusión aprobada", "closure-approved"),
  CLOSURE_RETURNED("Solicitud de conclusión devuelta", "closure-returned"),
  UPDATE_REQUESTED("Actualización para el informe", "update-requested"),
  PROCESS_DRIFT("Procesos por reparar", "process-drift");

  private final String label;
  private final String template;

  NotificationKind(String label, String template) {
    this.label = label;
    this.template = template;
  }

  public String label() {
    return label;
  }

  /** Its text template: {@code templates/notifications/text/<template>.txt}. */
  String template() {
    return template;
  }
}
