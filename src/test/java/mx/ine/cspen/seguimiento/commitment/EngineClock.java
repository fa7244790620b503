package mx.ine.cspen.seguimiento.commitment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The process engine's clock in process tests: set it, and run the jobs whose time has come, as the
 * job executor would. The domain's clock (for "today") follows the same time.
 */
public final class EngineClock {

  public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

  /** A domain clock that reads the engine's. */
  public static final Clock CLOCK =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
          return ClockUtil.getCurrentTime().toInstant();
        }
      };

  private EngineClock() {}

  public static void set(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  public static void reset() {
    ClockUtil.reset();
  }

  /** Runs every job due by now, and those they create that are due too; returns how many ran. */
  public static int runDueJobs(ProcessEngine engine) {
    int ran = 0;
    for (int round = 0; round < 100; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return ran;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        ran++;
      }
    }
    throw new IllegalStateException("Jobs keep falling due: a timer that repeats without waiting?");
  }
}
