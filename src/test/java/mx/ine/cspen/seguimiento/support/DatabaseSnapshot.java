package mx.ine.cspen.seguimiento.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row of every table, the domain's and the engine's, to show that a refused request changed
 * nothing anywhere.
 */
public final class DatabaseSnapshot {

  /**
   * Tables that change on their own, whatever a request does: Flyway's history, the nightly drift
   * check's runs, the engine's metrics and its id and lock properties.
   */
  private static final Set<String> CHANGING_ON_THEIR_OWN =
      Set.of(
          "flyway_schema_history",
          "process_drift_run",
          "act_ru_meter_log",
          "act_ru_task_meter_log",
          "act_ge_property",
          "act_ge_schema_log");

  /**
   * Rows that change on their own in tables compared otherwise: the engine's history cleanup, a job
   * that runs in its nightly window (and backs off while it finds nothing), and its log.
   */
  private static final Map<String, String> ROWS_CHANGING_ON_THEIR_OWN =
      Map.of(
          "act_ru_job", "handler_type_ is distinct from 'history-cleanup'",
          "act_hi_job_log", "job_def_type_ is distinct from 'history-cleanup'");

  private DatabaseSnapshot() {}

  /** How long a snapshot waits for the engine's due jobs to be done at most. */
  private static final java.time.Duration SETTLING = java.time.Duration.ofSeconds(30);

  /**
   * The rows, once the engine has no job due now: a timer or email of an earlier test that the job
   * executor runs meanwhile would otherwise look like a change the request made. Jobs the executor
   * does not take (none runs where it is off) are waited for only so long.
   */
  public static Map<String, List<Map<String, Object>>> of(JdbcTemplate jdbc) {
    long until = System.nanoTime() + SETTLING.toNanos();
    while (dueJobs(jdbc) > 0 && System.nanoTime() < until) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    for (String table : tables(jdbc)) {
      String others = ROWS_CHANGING_ON_THEIR_OWN.get(table);
      List<Map<String, Object>> read =
          jdbc.queryForList(
              "select * from "
                  + table
                  + (others == null ? "" : " where " + others)
                  + " order by 1");
      // Arrays compare by identity: the bytes are compared by their fingerprint.
      read.forEach(row -> row.replaceAll((k, v) -> v instanceof byte[] b ? Arrays.hashCode(b) : v));
      // In one order whatever the table's key: by the whole row.
      read.sort(java.util.Comparator.comparing(Object::toString));
      rows.put(table, read);
    }
    return rows;
  }

  /**
   * Every table of the schema, ours and the engine's, read from the database itself: a table a new
   * migration adds is compared too.
   */
  private static List<String> tables(JdbcTemplate jdbc) {
    return jdbc
        .queryForList(
            "select lower(table_name) from information_schema.tables"
                + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                + " order by 1",
            String.class)
        .stream()
        .filter(table -> !CHANGING_ON_THEIR_OWN.contains(table))
        .toList();
  }

  private static long dueJobs(JdbcTemplate jdbc) {
    Long due =
        jdbc.queryForObject(
            "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
                + " and (duedate_ is null or duedate_ <= current_timestamp)",
            Long.class);
    return due == null ? 0 : due;
  }
}
