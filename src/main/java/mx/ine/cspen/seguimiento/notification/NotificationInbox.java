package mx.ine.cspen.seguimiento.notification;

import java.time.Clock;
import java.util.List;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own notifications: nobody reads or marks another's. */
@Service
public class NotificationInbox {

  private final NotificationRepository notifications;
  private final NotificationLinks links;
  private final Clock clock;

  NotificationInbox(NotificationRepository notifications, NotificationLinks links, Clock clock) {
    this.notifications = notifications;
    this.links = links;
    this.clock = clock;
  }

  /** The latest first. */
  @Transactional(readOnly = true)
  public List<Notification> latest(CurrentUser user, boolean unreadOnly, int limit) {
    PageRequest page = PageRequest.of(0, limit);
    return unreadOnly
        ? notifications.findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(user.id(), page)
        : notifications.findByRecipientOrderByCreatedAtDescIdDesc(user.id(), page);
  }

  @Transactional(readOnly = true)
  public long unreadCount(String userId) {
    return notifications.countByRecipientAndReadAtIsNull(userId);
  }

  @Transactional
  public Notification markRead(long notificationId, CurrentUser user) {
    Notification notification = own(notificationId, user);
    notification.markRead(clock.instant());
    return notification;
  }

  @Transactional
  public int markAllRead(CurrentUser user) {
    return notifications.markAllRead(user.id(), clock.instant());
  }

  /** Opening a notification reads it; it leads to its task, its commitment or the start page. */
  @Transactional
  public String open(long notificationId, CurrentUser user) {
    return links.of(markRead(notificationId, user)).path();
  }

  private Notification own(long notificationId, CurrentUser user) {
    return notifications
        .findById(notificationId)
        .filter(n -> n.getRecipient().equals(user.id()))
        .orElseThrow(
            () ->
                new NotFoundException("No tiene una notificación con id " + notificationId + "."));
  }
}
