package mx.ine.cspen.seguimiento.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.notification.NotificationEmailProcess;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures operators watch, read with a few grouped counts and kept for a short time: however
 * often monitoring scrapes, and however many nodes it scrapes, the database answers at most one set
 * of counts per node per {@code seguimiento.metrics.cache}.
 *
 * <p>The engine's tables are read directly, like our own: the counts must not depend on the engine
 * authorizations of whoever scrapes, and a count query is all they need.
 */
@Component
class OperationsFigures {

  private static final Logger log = LoggerFactory.getLogger(OperationsFigures.class);

  /** What the counts found at one moment. */
  record Snapshot(
      Instant takenAt,
      Map<CommitmentStatus, Long> commitments,
      long overdue,
      Map<String, Commission> commissions,
      long jobsDue,
      long jobsRetrying,
      long jobsFailed,
      long emailsPending,
      long emailsRetrying,
      long emailsFailed,
      Map<String, Long> incidents) {

    long commitments(CommitmentStatus status) {
      return commitments.getOrDefault(status, 0L);
    }

    long incidents(String type) {
      return incidents.getOrDefault(type, 0L);
    }

    Commission commission(String code) {
      return commissions.getOrDefault(code, Commission.NONE);
    }
  }

  /** One commission's commitments by status, and its open ones past their due date. */
  record Commission(Map<CommitmentStatus, Long> commitments, long overdue) {

    static final Commission NONE = new Commission(Map.of(), 0);

    long commitments(CommitmentStatus status) {
      return commitments.getOrDefault(status, 0L);
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Duration cache;
  private Snapshot snapshot;

  OperationsFigures(
      JdbcTemplate jdbc, Clock clock, @Value("${seguimiento.metrics.cache:30s}") Duration cache) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.cache = cache;
  }

  /** The latest counts, taken again once they are older than the cache time. */
  synchronized Snapshot current() {
    Instant now = clock.instant();
    if (snapshot == null || !now.isBefore(snapshot.takenAt().plus(cache))) {
      try {
        snapshot = take(now);
      } catch (RuntimeException e) {
        // The last counts stay until the database answers again; the scrape itself succeeds.
        log.warn("Could not count the figures for monitoring: {}", e.toString());
        if (snapshot == null) {
          throw e;
        }
      }
    }
    return snapshot;
  }

  private Snapshot take(Instant now) {
    LocalDate today = LocalDate.now(clock);
    Map<CommitmentStatus, Long> commitments = new EnumMap<>(CommitmentStatus.class);
    long[] overdue = {0};
    Map<String, Map<CommitmentStatus, Long>> byCommission = new TreeMap<>();
    Map<String, Long> overdueByCommission = new HashMap<>();
    jdbc.query(
        "select code from commission",
        row -> {
          byCommission.put(row.getString("code"), new EnumMap<>(CommitmentStatus.class));
        });
    jdbc.query(
        "select c.code, m.status, count(*) as total,"
            + " sum(case when m.due_date < ? then 1 else 0 end) as past_due"
            + " from commitment m"
            + " join commission_session s on s.id = m.session_id"
            + " join commission c on c.id = s.commission_id"
            + " group by c.code, m.status",
        row -> {
          String code = row.getString("code");
          CommitmentStatus status = CommitmentStatus.valueOf(row.getString("status"));
          long total = row.getLong("total");
          commitments.merge(status, total, Long::sum);
          byCommission
              .computeIfAbsent(code, c -> new EnumMap<>(CommitmentStatus.class))
              .put(status, total);
          if (!status.isClosed()) {
            overdue[0] += row.getLong("past_due");
            overdueByCommission.merge(code, row.getLong("past_due"), Long::sum);
          }
        },
        java.sql.Date.valueOf(today));
    Map<String, Commission> commissions = new TreeMap<>();
    byCommission.forEach(
        (code, counts) ->
            commissions.put(
                code, new Commission(counts, overdueByCommission.getOrDefault(code, 0L))));

    long[] jobs = new long[5];
    jdbc.query(
        "select"
            + " sum(case when retries_ > 0 and suspension_state_ = 1"
            + "   and (duedate_ is null or duedate_ <= ?) then 1 else 0 end) as due,"
            + " sum(case when retries_ > 0 and exception_msg_ is not null then 1 else 0 end)"
            + "   as retrying,"
            + " sum(case when retries_ = 0 then 1 else 0 end) as failed,"
            + " sum(case when process_def_key_ = ? and retries_ > 0"
            + "   and exception_msg_ is not null then 1 else 0 end) as emails_retrying,"
            + " sum(case when process_def_key_ = ? and retries_ = 0 then 1 else 0 end)"
            + "   as emails_failed"
            + " from act_ru_job",
        row -> {
          jobs[0] = row.getLong("due");
          jobs[1] = row.getLong("retrying");
          jobs[2] = row.getLong("failed");
          jobs[3] = row.getLong("emails_retrying");
          jobs[4] = row.getLong("emails_failed");
        },
        // The engine's clock: what its job executor considers due.
        new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime()),
        NotificationEmailProcess.KEY,
        NotificationEmailProcess.KEY);

    Map<String, Long> incidents = new HashMap<>();
    jdbc.query(
        "select incident_type_, count(*) as total from act_ru_incident group by incident_type_",
        row -> {
          incidents.put(row.getString("incident_type_"), row.getLong("total"));
        });

    Long pending =
        jdbc.queryForObject(
            "select count(*) from notification where email_status = 'PENDING'", Long.class);
    return new Snapshot(
        now,
        commitments,
        overdue[0],
        commissions,
        jobs[0],
        jobs[1],
        jobs[2],
        pending == null ? 0 : pending,
        jobs[3],
        jobs[4],
        incidents);
  }
}
