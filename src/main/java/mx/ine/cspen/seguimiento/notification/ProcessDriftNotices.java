package mx.ine.cspen.seguimiento.notification;

import java.time.Clock;
import java.time.LocalDate;
import mx.ine.cspen.seguimiento.commitment.ProcessDriftFound;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The administrators hear of the processes the nightly drift check found out of step. */
@Component
class ProcessDriftNotices {

  private final Notifications notifications;
  private final Clock clock;

  ProcessDriftNotices(Notifications notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  @EventListener
  void driftFound(ProcessDriftFound found) {
    notifications.processDrift(found.drifts(), LocalDate.now(clock));
  }
}
