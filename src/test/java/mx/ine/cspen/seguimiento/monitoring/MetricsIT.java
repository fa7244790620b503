package mx.ine.cspen.seguimiento.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.MutableClock;
import mx.ine.cspen.seguimiento.support.MutableClockConfiguration;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.context.annotation.Import;

/** Operators' monitoring scrapes /actuator/prometheus with an account of the group monitoreo. */
// Spring Boot's tests leave metrics export off unless asked; production has it on.
@AutoConfigureObservability(tracing = false)
@Import(MutableClockConfiguration.class)
class MetricsIT extends PostgresIntegrationTest {

  private static final String PROMETHEUS = "/actuator/prometheus";
  private static final String SCRAPER = "prometheus";
  private static final String SCRAPER_PASSWORD = "Metricas-2026!";

  @Autowired MutableClock clock;

  @BeforeEach
  void scraperAccount() {
    Api admin = new Api(api, "admin", "admin");
    if (admin.get("/engine-rest/user?id=" + SCRAPER).json().isEmpty()) {
      assertThat(
              admin
                  .post(
                      "/engine-rest/user/create",
                      "{\"profile\":{\"id\":\""
                          + SCRAPER
                          + "\",\"firstName\":\"Prometheus\",\"lastName\":\"Monitoreo\"},"
                          + "\"credentials\":{\"password\":\""
                          + SCRAPER_PASSWORD
                          + "\"}}")
                  .status())
          .isEqualTo(204);
      assertThat(admin.put("/engine-rest/group/monitoreo/members/" + SCRAPER).status())
          .isEqualTo(204);
    }
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void onlyMonitoringAndAdministratorsReadTheMetrics() {
    assertThat(api.anonymous("GET", PROMETHEUS).status()).isEqualTo(401);
    assertThat(api.get("planeacion", PROMETHEUS).status()).isEqualTo(403);
    assertThat(api.get("st", PROMETHEUS).status()).isEqualTo(403);
    assertThat(api.get("consejera", PROMETHEUS).status()).isEqualTo(403);
    assertThat(new Api(api, "admin", "admin").getText(PROMETHEUS).status()).isEqualTo(200);
    assertThat(scrape().status()).isEqualTo(200);
    // The scraper's account opens nothing else.
    Api scraper = new Api(api, SCRAPER, SCRAPER_PASSWORD);
    Api.Response commitments = scraper.get("/api/commitments");
    assertThat(commitments.status()).isEqualTo(200);
    assertThat(commitments.json()).isEmpty();
    assertThat(scraper.get("/engine-rest/task").json()).isEmpty();
  }

  @Test
  void metricsShowTheJvmHttpPoolEngineAndTheProductsFigures() {
    String metrics = scrape().body();

    assertThat(metrics)
        .contains(
            "jvm_memory_used_bytes",
            "http_server_requests_seconds_count",
            "hikaricp_connections_active",
            "camunda_jobs_due ",
            "camunda_jobs_failed ",
            "camunda_incidents_open{type=\"failedJob\"}",
            "seguimiento_commitments{status=\"IN_PROGRESS\"}",
            "seguimiento_commitments_overdue ",
            "seguimiento_notification_emails_failing{state=\"failed\"}");
    assertThat(value(metrics, "seguimiento_commitments{status=\"IN_PROGRESS\"}"))
        .isEqualTo(count("select count(*) from commitment where status = 'IN_PROGRESS'"));
    // Each commission's own, beside the totals.
    assertThat(
            value(
                metrics,
                "seguimiento_commission_commitments{commission=\"CSPEN\",status=\"IN_PROGRESS\"}"))
        .isEqualTo(
            count(
                "select count(*) from commitment m join commission_session s"
                    + " on s.id = m.session_id join commission c on c.id = s.commission_id"
                    + " where c.code = 'CSPEN' and m.status = 'IN_PROGRESS'"));
    assertThat(metrics)
        .contains("seguimiento_commission_commitments_overdue{commission=\"CSPEN\"}");
    assertThat(value(metrics, "camunda_jobs_failed"))
        .isEqualTo(count("select count(*) from act_ru_job where retries_ = 0"));
  }

  @Test
  void productFiguresAreCountedOnceAndKeptForTheCacheTime() {
    clock.set(LocalDateTime.now(MutableClock.ZONE));
    String before = scrape().body();
    double inProgress = value(before, "seguimiento_commitments{status=\"IN_PROGRESS\"}");
    double overdue = value(before, "seguimiento_commitments_overdue");

    long session = newSession();
    Api.Response late =
        api.post(
            "st",
            "/api/commitments",
            "{\"sessionId\":"
                + session
                + ",\"kind\":\"COMMITMENT\",\"text\":\"Entregar el informe.\","
                + "\"areaCode\":\"sistemas\",\"dueDate\":\"2020-01-31\"}");
    assertThat(late.status()).isEqualTo(201);

    // Scrapes within the cache time answer the same counts, without asking the database.
    assertThat(value(scrape().body(), "seguimiento_commitments{status=\"IN_PROGRESS\"}"))
        .isEqualTo(inProgress);
    clock.set(LocalDateTime.now(MutableClock.ZONE).plusSeconds(31));
    String after = scrape().body();
    assertThat(value(after, "seguimiento_commitments{status=\"IN_PROGRESS\"}"))
        .isEqualTo(inProgress + 1);
    assertThat(value(after, "seguimiento_commitments_overdue")).isEqualTo(overdue + 1);
  }

  private Api.Response scrape() {
    // As Prometheus asks for it: text.
    return new Api(api, SCRAPER, SCRAPER_PASSWORD).getText(PROMETHEUS);
  }

  private double count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  private static double value(String metrics, String series) {
    Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
    assertThat(line.find()).as("%s in the metrics", series).isTrue();
    return Double.parseDouble(line.group(1));
  }
}
