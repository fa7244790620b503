package mx.ine.cspen.seguimiento.notification;

import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP client, from {@code seguimiento.notifications.email.*} (SMTP_HOST, SMTP_PORT, SMTP_USER,
 * SMTP_PASSWORD, SMTP_FROM, SMTP_STARTTLS). Without a host nothing is ever sent: the notifications
 * are recorded and logged only.
 */
@Configuration(proxyBeanMethods = false)
class NotificationMailConfiguration {

  @Bean
  JavaMailSender mailSender(NotificationProperties properties) {
    NotificationProperties.Email email = properties.email();
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setDefaultEncoding("UTF-8");
    if (email.enabled()) {
      sender.setHost(email.host().strip());
      sender.setPort(email.port());
    }
    boolean authenticated = email.username() != null && !email.username().isBlank();
    if (authenticated) {
      sender.setUsername(email.username());
      sender.setPassword(email.password());
    }
    String timeout = Long.toString(email.timeout().toMillis());
    Properties smtp = sender.getJavaMailProperties();
    smtp.put("mail.transport.protocol", "smtp");
    smtp.put("mail.smtp.auth", Boolean.toString(authenticated));
    smtp.put("mail.smtp.starttls.enable", Boolean.toString(email.starttls()));
    smtp.put("mail.smtp.connectiontimeout", timeout);
    smtp.put("mail.smtp.timeout", timeout);
    smtp.put("mail.smtp.writetimeout", timeout);
    return sender;
  }
}
