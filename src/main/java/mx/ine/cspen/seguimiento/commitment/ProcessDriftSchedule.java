package mx.ine.cspen.seguimiento.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the drift check every night (DRIFT_CHECK_CRON) on one node only: the first node to record
 * the day's run in {@code process_drift_run} runs it. What it finds is logged and told to the
 * administrators ({@link ProcessDriftFound}), who repair it from their page.
 */
@Component
class ProcessDriftSchedule {

  private static final Logger log = LoggerFactory.getLogger(ProcessDriftSchedule.class);

  private final CommitmentDriftCheck check;
  private final ApplicationEventPublisher events;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ProcessDriftSchedule(
      CommitmentDriftCheck check,
      ApplicationEventPublisher events,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      Clock clock) {
    this.check = check;
    this.events = events;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Scheduled(cron = "${seguimiento.drift-check.cron}", zone = "${seguimiento.time-zone}")
  void nightly() {
    LocalDate today = LocalDate.now(clock);
    try {
      jdbc.update(
          "insert into process_drift_run (run_date, started_at) values (?, ?)",
          today,
          java.sql.Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException ranElsewhere) {
      return;
    }
    List<ProcessDrift> drifts = check.checkAll();
    if (drifts.isEmpty()) {
      log.info("Drift check: every commitment agrees with its process");
      return;
    }
    drifts.forEach(
        d -> log.warn("Drift check: {} {}", d.folio(), CommitmentDriftCheck.describe(d)));
    transaction.executeWithoutResult(status -> events.publishEvent(new ProcessDriftFound(drifts)));
  }
}
