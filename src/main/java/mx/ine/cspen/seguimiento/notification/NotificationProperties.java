package mx.ine.cspen.seguimiento.notification;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notifications ({@code seguimiento.notifications.*} in application.yaml).
 *
 * @param baseUrl the address users open the application at; links in emails start with it
 * @param commitmentPage the path of a commitment's page, {@code {id}} standing for its id
 * @param email the SMTP server; without a host, notifications are recorded and logged only
 */
@ConfigurationProperties("seguimiento.notifications")
public record NotificationProperties(
    @DefaultValue("http://localhost:8080") URI baseUrl,
    @DefaultValue("/compromisos/{id}") String commitmentPage,
    @DefaultValue Email email) {

  /**
   * @param retryCycle the waits between attempts of a failed email (ISO 8601 durations, comma
   *     separated); after the last one the failure is an incident in Cockpit
   * @param timeout connection, read and write timeout of the SMTP conversation; far below the job
   *     executor's lock time, so that no other node takes over a sending still in progress
   */
  public record Email(
      String host,
      @DefaultValue("587") int port,
      String username,
      String password,
      @DefaultValue("Seguimiento de Compromisos <no-responder@localhost>") String from,
      @DefaultValue("true") boolean starttls,
      @DefaultValue("20s") Duration timeout,
      @DefaultValue("PT1M,PT5M,PT30M,PT2H,PT12H") String retryCycle) {

    public boolean enabled() {
      return host != null && !host.isBlank();
    }
  }

  /** The base address without a trailing slash. */
  String base() {
    String base = baseUrl.toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
