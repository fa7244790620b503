package mx.ine.cspen.seguimiento.notification;

import java.time.Instant;

/** A notification as the API shows it to its recipient. */
record NotificationView(
    Long id,
    NotificationKind kind,
    String kindLabel,
    String subject,
    String body,
    Long commitmentId,
    Instant createdAt,
    boolean read,
    Instant readAt,
    EmailStatus email,
    String link) {

  static NotificationView of(Notification n, NotificationLinks links) {
    return new NotificationView(
        n.getId(),
        n.getKind(),
        n.getKind().label(),
        n.getSubject(),
        n.getBody(),
        n.getCommitmentId(),
        n.getCreatedAt(),
        n.isRead(),
        n.getReadAt(),
        n.getEmailStatus(),
        links.openUrl(n.getId()));
  }
}
