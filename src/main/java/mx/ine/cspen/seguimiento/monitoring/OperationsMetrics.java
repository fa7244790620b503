package mx.ine.cspen.seguimiento.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import org.springframework.stereotype.Component;

/**
 * The product's and the engine's figures as gauges at {@code /actuator/prometheus}, next to the
 * JVM, HTTP and connection pool meters that Spring Boot provides. docs/operations.md lists them
 * with the alerts they suit.
 */
@Component
class OperationsMetrics implements MeterBinder {

  /** Camunda's own incident types; any other counts as "other". */
  private static final String FAILED_JOB = "failedJob";

  private static final String FAILED_EXTERNAL_TASK = "failedExternalTask";

  private final OperationsFigures figures;

  OperationsMetrics(OperationsFigures figures) {
    this.figures = figures;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
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
    return Gauge.builder(name, figures, f -> value.applyAsDouble(f.current()))
        .description(description);
  }
}
