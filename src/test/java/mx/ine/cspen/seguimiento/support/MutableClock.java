package mx.ine.cspen.seguimiento.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests set, in the product's zone: what the application records as "now" (progress
 * reports, decisions, registrations) is then dated where the test needs it. Until set, it tells the
 * real time.
 */
public final class MutableClock extends Clock {

  public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

  private final AtomicReference<Instant> now = new AtomicReference<>();

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    Instant set = now.get();
    return set == null ? Instant.now() : set;
  }

  /** From now on "now" is this moment in Mexico City. */
  public void set(LocalDateTime local) {
    now.set(local.atZone(ZONE).toInstant());
  }

  /** Back to the real time. */
  public void reset() {
    now.set(null);
  }
}
