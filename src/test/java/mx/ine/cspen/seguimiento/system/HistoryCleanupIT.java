package mx.ine.cspen.seguimiento.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * History past its time to live is removed by the engine's nightly cleanup, and nothing else: a
 * running process keeps its history, and every commitment stays in our tables. The job executor is
 * off, so the test runs the cleanup job itself, with the engine's clock moved ten years ahead into
 * the night's window.
 */
@TestPropertySource(properties = "JOB_EXECUTION_ENABLED=false")
class HistoryCleanupIT extends PostgresIntegrationTest {

  /** commitment.bpmn keeps its history ten years after the process ends. */
  private static final Duration COMMITMENT_HISTORY_TIME_TO_LIVE = Duration.ofDays(3650);

  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired ProcessEngineConfigurationImpl engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void cleanupIsScheduledEveryNightByDefault() {
    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    List<Job> jobs = history.findHistoryCleanupJobs();
    assertThat(jobs).isNotEmpty();
    for (Job job : jobs) {
      LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
      assertThat(!due.isBefore(LocalTime.of(22, 0)) || due.isBefore(LocalTime.of(5, 0)))
          .as("the cleanup job is due at %s, inside the window 22:00-05:00", due)
          .isTrue();
    }
  }

  @Test
  void cleanupRemovesAnEndedProcesssExpiredHistoryAndKeepsARunningOne() {
    long concluded = newCommitment("juridica");
    assertThat(
            api.post(
                    "juridica",
                    "/api/commitments/" + concluded + "/progress",
                    "{\"percent\":100,\"narrative\":\"Concluido.\",\"requestClosure\":true}")
                .status())
        .isEqualTo(200);
    assertThat(
            api.post("st", "/api/commitments/" + concluded + "/verification", "{\"approved\":true}")
                .json()
                .get("status")
                .asText())
        .isEqualTo("CONCLUDED");
    long open = newCommitment("ascenso");
    String ended = processOf(concluded);
    String running = processOf(open);
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(ended)
                .finished()
                .count())
        .isOne();

    // Ten years and a day later, at 23:00: inside the night's window.
    LocalDateTime later =
        LocalDateTime.now()
            .plus(COMMITMENT_HISTORY_TIME_TO_LIVE)
            .plusDays(1)
            .with(LocalTime.of(23, 0));
    ClockUtil.setCurrentTime(Date.from(later.atZone(ZoneId.systemDefault()).toInstant()));
    // The cleanup removes in batches, table by table: run it until nothing of the ended process
    // is left (or give up after many runs, and let the assertions say what stayed).
    for (int run = 0; run < 200 && everythingOf(ended) > 0; run++) {
      for (Job job : history.findHistoryCleanupJobs()) {
        management.executeJob(job.getId());
      }
    }

    assertThat(historyOf(ended)).isZero();
    assertThat(everythingOf(ended)).isZero();
    assertThat(historyOf(running)).isOne();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(running).count())
        .isPositive();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(running).count()).isOne();
    // The commitment itself is ours: its record, progress and page outlive the engine's history.
    assertThat(api.get("consejera", "/api/commitments/" + concluded).json().get("status").asText())
        .isEqualTo("CONCLUDED");
    assertThat(api.get("consejera", "/api/commitments/" + concluded).json().get("progress"))
        .isNotEmpty();
    assertThat(api.page("st", "/compromisos/" + concluded).status()).isEqualTo(200);
  }

  private String processOf(long commitment) {
    return jdbc.queryForObject(
        "select process_instance_id from commitment where id = ?", String.class, commitment);
  }

  /** The ended process's history in every table the cleanup empties. */
  private long everythingOf(String processInstance) {
    return historyOf(processInstance)
        + history.createHistoricActivityInstanceQuery().processInstanceId(processInstance).count()
        + history.createHistoricVariableInstanceQuery().processInstanceId(processInstance).count()
        + history.createHistoricTaskInstanceQuery().processInstanceId(processInstance).count();
  }

  private long historyOf(String processInstance) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(processInstance).count();
  }
}
