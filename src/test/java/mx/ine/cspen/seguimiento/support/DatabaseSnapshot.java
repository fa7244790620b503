package mx.ine.cspen.seguimiento.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row of the domain's tables and of the engine's runtime and history tables, to show that a
 * refused request changed nothing anywhere.
 */
public final class DatabaseSnapshot {

  private static final List<String> TABLES =
      List.of(
          "commission_session",
          "commitment",
          "progress_report",
          "document_reference",
          "commitment_event",
          "commitment_change",
          "session_correction",
          "evidence_file",
          "commission_folio_counter",
          "follow_up_report",
          "follow_up_report_item",
          "follow_up_report_area_request",
          "act_ru_execution",
          "act_ru_task",
          "act_ru_variable",
          "act_ru_identitylink",
          "act_ru_event_subscr",
          "act_ru_job",
          "act_hi_procinst",
          "act_hi_actinst",
          "act_hi_taskinst",
          "act_hi_varinst",
          "act_hi_detail",
          "act_hi_identitylink");

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
    for (String table : TABLES) {
      List<Map<String, Object>> read = jdbc.queryForList("select * from " + table + " order by 1");
      // Arrays compare by identity: the bytes are compared by their fingerprint.
      read.forEach(row -> row.replaceAll((k, v) -> v instanceof byte[] b ? Arrays.hashCode(b) : v));
      rows.put(table, read);
    }
    return rows;
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
