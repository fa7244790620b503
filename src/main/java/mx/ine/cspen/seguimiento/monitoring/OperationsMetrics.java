package mx.ine.cspen.seguimiento.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The product's and the engine's figures as gauges at {@code /actuator/prometheus}, next to the
 * JVM, HTTP and connection pool meters that Spring Boot provides: the totals, and each commission's
 * commitments ({@code commission} tag). docs/operations.md lists them with the alerts they suit.
 */
@Component
class OperationsMetrics implements MeterBinder, ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OperationsMetrics.class);

  /** Camunda's own incident types; any other counts as "other". */
  private static final String FAILED_JOB = "failedJob";

  private static final String FAILED_EXTERNAL_TASK = "failedExternalTask";

  private final OperationsFigures figures;

  /** The commissions whose own figures are registered, by code. */
  private final Set<String> commissions = ConcurrentHashMap.newKeySet();

  private volatile MeterRegistry registry;

  OperationsMetrics(OperationsFigures figures) {
    this.figures = figures;
  }

  /** Once the application is up: the figures of each commission it has. */
  @Override
  public void run(ApplicationArguments args) {
    try {
      registerCommissions(figures.current());
    } catch (RuntimeException e) {
      // The first scrape that can count registers them; monitoring never stops a start.
      log.warn("Could not count the commissions' figures yet: {}", e.toString());
    }
  }

  /**
   * Each commission's commitments by status and overdue ones, tagged with its code. A commission
   * added later gets its figures from the first counts that find it (the next scrape shows them).
   */
  private void registerCommissions(OperationsFigures.Snapshot snapshot) {
    MeterRegistry target = registry;
    if (target == null) {
      return;
    }
    for (String code : snapshot.commissions().keySet()) {
      if (!commissions.add(code)) {
        continue;
      }
      for (CommitmentStatus status : CommitmentStatus.values()) {
        gauge(
                "seguimiento.commission.commitments",
                "A commission's commitments by status",
                s -> s.commission(code).commitments(status))
            .tag("commission", code)
            .tag("status", status.name())
            .register(target);
      }
      gauge(
              "seguimiento.commission.commitments.overdue",
              "A commission's open commitments whose due date has passed",
              s -> s.commission(code).overdue())
          .tag("commission", code)
          .register(target);
    }
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
    for (CommitmentStatus status : CommitmentStatus.values()) {
      gauge("seguimiento.commitments", "Commitments by status", s -> s.commitments(status))
          .tag("status", status.name())
          .register(registry);
    }
    gauge(
            "seguimiento.commitments.overdue",
            "Open commitments whose due date has passed",
            OperationsFigures.Snapshot::overdue)
        .register(registry);
    gauge(
            "seguimiento.notification.emails.pending",
            "Notification emails not sent yet (waiting for their job or a retry)",
            OperationsFigures.Snapshot::emailsPending)
        .register(registry);
    gauge(
            "seguimiento.notification.emails.failing",
            "Notification emails whose sending failed: retrying, or failed (an incident)",
            OperationsFigures.Snapshot::emailsRetrying)
        .tag("state", "retrying")
        .register(registry);
    gauge(
            "seguimiento.notification.emails.failing",
            "Notification emails whose sending failed: retrying, or failed (an incident)",
            OperationsFigures.Snapshot::emailsFailed)
        .tag("state", "failed")
        .register(registry);
    gauge(
            "camunda.jobs.due",
            "Engine jobs due now and not yet run (a growing number: the job executor lags)",
            OperationsFigures.Snapshot::jobsDue)
        .register(registry);
    gauge(
            "camunda.jobs.retrying",
            "Engine jobs that failed and will be retried",
            OperationsFigures.Snapshot::jobsRetrying)
        .register(registry);
    gauge(
            "camunda.jobs.failed",
            "Engine jobs without retries left (each one is an incident)",
            OperationsFigures.Snapshot::jobsFailed)
        .register(registry);
    for (String type : new String[] {FAILED_JOB, FAILED_EXTERNAL_TASK}) {
      gauge("camunda.incidents.open", "Open incidents", s -> s.incidents(type))
          .tag("type", type)
          .register(registry);
    }
    gauge(
            "camunda.incidents.open",
            "Open incidents",
            s ->
                s.incidents().entrySet().stream()
                    .filter(e -> !e.getKey().equals(FAILED_JOB))
                    .filter(e -> !e.getKey().equals(FAILED_EXTERNAL_TASK))
                    .mapToLong(e -> e.getValue())
                    .sum())
        .tag("type", "other")
        .register(registry);
  }

  private Gauge.Builder<OperationsFigures> gauge(
      String name, String description, ToDoubleFunction<OperationsFigures.Snapshot> value) {
    return Gauge.builder(
            name,
            figures,
            f -> {
              OperationsFigures.Snapshot snapshot = f.current();
              registerCommissions(snapshot);
              return value.applyAsDouble(snapshot);
            })
        .description(description);
  }
}
