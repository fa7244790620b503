package mx.ine.cspen.seguimiento.notification;

import org.springframework.stereotype.Component;

/**
 * The unread count of the navigation bar, read by the layout itself
 * ({@code @notificationBadge.unread(...)}), so that every page shows it without its controller
 * knowing.
 */
@Component("notificationBadge")
public class NotificationBadge {

  private final NotificationInbox inbox;

  NotificationBadge(NotificationInbox inbox) {
    this.inbox = inbox;
  }

  public long unread(String userId) {
    return userId == null ? 0 : inbox.unreadCount(userId);
  }
}
