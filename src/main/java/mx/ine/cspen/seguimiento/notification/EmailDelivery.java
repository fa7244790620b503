package mx.ine.cspen.seguimiento.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the email of one notification, from the job of {@code notification-email.bpmn}, and marks
 * it sent in the job's transaction.
 *
 * <p>What this guarantees: the email of a committed notification is sent, retried while the SMTP
 * server refuses it. It is sent once when its job runs twice (a retry after a failure, or another
 * node taking over an expired lock): the notification is locked while its email leaves and is found
 * sent afterwards. The one window left is a node that stops after the SMTP server accepted the
 * message and before the job's transaction committed; the job then runs again and the email leaves
 * a second time, with the same Message-ID, by which mail servers and clients recognise the copy.
 */
@Service
class EmailDelivery {

  private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

  private final NotificationRepository notifications;
  private final NotificationEngine engine;
  private final NotificationLinks links;
  private final NoticeTemplates templates;
  private final JavaMailSender mail;
  private final NotificationProperties properties;
  private final Clock clock;

  EmailDelivery(
      NotificationRepository notifications,
      NotificationEngine engine,
      NotificationLinks links,
      NoticeTemplates templates,
      JavaMailSender mail,
      NotificationProperties properties,
      Clock clock) {
    this.notifications = notifications;
    this.engine = engine;
    this.links = links;
    this.templates = templates;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional
  public void send(long notificationId) {
    Optional<Notification> found = notifications.findForSending(notificationId);
    if (found.isEmpty()) {
      log.warn("Notification {} no longer exists: no email", notificationId);
      return;
    }
    Notification notification = found.get();
    if (notification.getEmailStatus() != EmailStatus.PENDING) {
      log.info(
          "Email of notification {} already {}", notificationId, notification.getEmailStatus());
      return;
    }
    Optional<String> address = engine.emailOf(notification.getRecipient());
    if (address.isEmpty()) {
      log.warn(
          "User {} has no email address any more: notification {} stays on their page only",
          notification.getRecipient(),
          notificationId);
      notification.emailWithoutAddress();
      return;
    }
    mail.send(message(notification, address.get()));
    notification.emailSent(address.get(), clock.instant());
    log.info("Email of notification {} sent to {}", notificationId, address.get());
  }

  private MimeMessage message(Notification notification, String address) {
    NotificationLinks.Link link = links.of(notification);
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.email().from());
      helper.setTo(address);
      helper.setSubject(notification.getSubject());
      helper.setText(
          templates.plainEmail(notification, link), templates.htmlEmail(notification, link));
      // Kept by Spring's sender: the same notification always carries the same Message-ID.
      message.setHeader("Message-ID", messageId(notification));
      message.setHeader("Auto-Submitted", "auto-generated");
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException(
          "Could not compose the email of notification " + notification.getId(), e);
    }
  }

  private String messageId(Notification notification) {
    String host = properties.baseUrl().getHost();
    return "<notificacion-"
        + notification.getId()
        + "."
        + notification.getCreatedAt().toEpochMilli()
        + "@"
        + (host == null || host.isBlank() ? "seguimiento" : host)
        + ">";
  }
}
