package mx.ine.cspen.seguimiento.notification;

import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  static final int MAX_LIMIT = 200;

  private final NotificationInbox inbox;
  private final NotificationLinks links;

  NotificationController(NotificationInbox inbox, NotificationLinks links) {
    this.inbox = inbox;
    this.links = links;
  }

  @GetMapping
  List<NotificationView> list(
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "50") int limit,
      CurrentUser user) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException(
          "limit",
          "El parámetro «limit» debe estar entre 1 y " + MAX_LIMIT + " (se indicó " + limit + ").");
    }
    return inbox.latest(user, unread, limit).stream()
        .map(n -> NotificationView.of(n, links))
        .toList();
  }

  @GetMapping("/unread-count")
  Map<String, Long> unreadCount(CurrentUser user) {
    return Map.of("unread", inbox.unreadCount(user.id()));
  }

  @PostMapping("/{id}/read")
  NotificationView markRead(@PathVariable long id, CurrentUser user) {
    return NotificationView.of(inbox.markRead(id, user), links);
  }

  @PostMapping("/read-all")
  Map<String, Integer> markAllRead(CurrentUser user) {
    return Map.of("marked", inbox.markAllRead(user));
  }
}
