package mx.ine.cspen.seguimiento.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock during a benchmark: the real time, except on a loader thread that has set
 * its own "now", so that the history it records is dated across the years of the sessions (a report
 * as of a past cut-off then has something to show) while requests keep the real time.
 */
final class BenchmarkClock extends Clock {

  private static final ThreadLocal<Instant> NOW = new ThreadLocal<>();

  private final ZoneId zone;

  BenchmarkClock(ZoneId zone) {
    this.zone = zone;
  }

  /** From now on, on this thread, "now" is this moment (null: the real time again). */
  static void set(Instant now) {
    if (now == null) {
      NOW.remove();
    } else {
      NOW.set(now);
    }
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new BenchmarkClock(other);
  }

  @Override
  public Instant instant() {
    Instant set = NOW.get();
    return set == null ? Instant.now() : set;
  }
}
