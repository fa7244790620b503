package mx.ine.cspen.seguimiento.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import mx.ine.cspen.seguimiento.SeguimientoApplication;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the application, each with its job executor, on one PostgreSQL database: every due
 * timer fires on exactly one of them, and every email leaves once.
 */
class SeveralNodesIT {

  private static final Logger log = LoggerFactory.getLogger(SeveralNodesIT.class);

  private static final int REMINDERS = 8;
  private static final List<String> AREAS =
      List.of(
          "ascenso",
          "planeacion",
          "desempeno",
          "sistemas",
          "formacion",
          "juridica",
          "ingreso",
          "ocupaciones");

  private final Mailbox mailbox = new Mailbox();
  private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

  @AfterEach
  void stopEverything() {
    ClockUtil.reset();
    nodes.forEach(ConfigurableApplicationContext::close);
    mailbox.stop();
  }

  @Test
  void dueRemindersAreEmailedExactlyOnceByTwoNodesSharingTheDatabase() {
    String database = EmbeddedPostgresServer.newDatabase("seguimiento_nodes");
    // The first node creates the schema; the second joins it, as in production.
    ConfigurableApplicationContext first = node(database, "nodo-a");
    ConfigurableApplicationContext second = node(database, "nodo-b");
    Api api = new Api(port(first));
    JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
    List<String> folios = new ArrayList<>();
    for (int i = 0; i < REMINDERS; i++) {
      long session =
          api.post(
                  "st",
                  "/api/sessions",
                  "{\"type\":\"ORDINARY\",\"number\":" + (i + 1) + ",\"date\":\"2024-03-13\"}")
              .id();
      Api.Response commitment =
          api.post(
              "st",
              "/api/commitments",
              "{\"sessionId\":"
                  + session
                  + ",\"kind\":\"COMMITMENT\",\"text\":\"Compromiso "
                  + i
                  + ".\","
                  + "\"areaCode\":\""
                  + AREAS.get(i)
                  + "\"}");
      assertThat(commitment.status()).isEqualTo(201);
      folios.add(commitment.json().get("folio").asText());
    }

    ClockUtil.offset(Duration.ofDays(31).toMillis());

    awaitThat(
        () ->
            jdbc.queryForObject(
                    "select count(*) from notification where email_status = 'SENT'", Integer.class)
                == REMINDERS);
    awaitThat(
        () ->
            jdbc.queryForObject(
                    "select count(*) from act_ru_job where process_def_key_ = ?",
                    Integer.class,
                    NotificationEmailProcess.KEY)
                == 0);
    pause(Duration.ofSeconds(2));
    List<MimeMessage> received = mailbox.received();
    assertThat(received).hasSize(REMINDERS);
    assertThat(received.stream().map(Mailbox::messageId).distinct()).hasSize(REMINDERS);
    for (int i = 0; i < REMINDERS; i++) {
      String folio = folios.get(i);
      String area = AREAS.get(i);
      assertThat(received.stream().filter(m -> Mailbox.subject(m).endsWith(folio)).toList())
          .singleElement()
          .satisfies(
              m ->
                  assertThat(Mailbox.recipients(m))
                      .containsExactly(area + "@demo.seguimiento.example"));
    }
    assertThat(jdbc.queryForObject("select count(*) from notification", Integer.class))
        .isEqualTo(REMINDERS);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).isZero();
    log.info(
        "Jobs run per node: {}",
        jdbc.queryForList(
            "select hostname_, count(*) as jobs from act_hi_job_log where job_state_ = 2 group by hostname_"));
    assertThat(second.isRunning()).isTrue();
  }

  private ConfigurableApplicationContext node(String databaseUrl, String name) {
    ConfigurableApplicationContext node =
        new SpringApplicationBuilder(SeguimientoApplication.class)
            .profiles("postgres", "demo")
            .properties(Map.of("spring.jmx.enabled", "false"))
            .run(
                "--PORT=0",
                "--DB_URL=" + databaseUrl,
                "--DB_USER=" + EmbeddedPostgresServer.user(),
                "--DB_PASSWORD=",
                "--SMTP_HOST=127.0.0.1",
                "--SMTP_PORT=" + mailbox.port(),
                "--SMTP_STARTTLS=false",
                "--JOB_ACQUISITION_WAIT_MS=100",
                "--JOB_ACQUISITION_MAX_WAIT_MS=500",
                // Two engines in one JVM: each its own name (in production, one per JVM).
                "--camunda.bpm.process-engine-name=" + name.replace("-", ""),
                "--camunda.bpm.generic-properties.properties.hostname=" + name);
    nodes.add(node);
    return node;
  }

  private static int port(ConfigurableApplicationContext node) {
    return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
  }

  private static void awaitThat(BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("The nodes did not finish their jobs in time");
      }
      Mailbox.pause();
    }
  }

  private static void pause(Duration duration) {
    for (long i = 0; i < duration.toMillis() / 100; i++) {
      Mailbox.pause();
    }
  }
}
