package mx.ine.cspen.seguimiento.notification;

import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The notifications page, {@code /notificaciones}: the caller's latest notices. */
@PageController
class NotificationPageController {

  static final int PAGE_SIZE = 100;

  private final NotificationInbox inbox;

  NotificationPageController(NotificationInbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/notificaciones")
  String page(CurrentUser user, Model model) {
    model.addAttribute("notifications", inbox.latest(user, false, PAGE_SIZE));
    model.addAttribute("unread", inbox.unreadCount(user.id()));
    return "notifications/list";
  }

  @GetMapping("/notificaciones/{id}/abrir")
  String open(@PathVariable long id, CurrentUser user) {
    return "redirect:" + inbox.open(id, user);
  }

  @PostMapping("/notificaciones/{id}/leida")
  String markRead(@PathVariable long id, CurrentUser user) {
    inbox.markRead(id, user);
    return "redirect:/notificaciones";
  }

  @PostMapping("/notificaciones/leidas")
  String markAllRead(CurrentUser user) {
    inbox.markAllRead(user);
    return "redirect:/notificaciones";
  }
}
