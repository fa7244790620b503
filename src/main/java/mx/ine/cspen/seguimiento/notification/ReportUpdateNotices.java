package mx.ine.cspen.seguimiento.notification;

import mx.ine.cspen.seguimiento.report.AreaUpdateRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the follow-up report asks an area to bring its progress up to date, its members hear of it
 * with the list of the commitments to update and the cut-off. The notice is written in the same
 * transaction as the area's task (its email leaves once that transaction commits), and leads to the
 * dashboard, where the area finds the task among its own: the report's update tasks share one
 * definition, one per area, so a link by definition could open another area's.
 */
@Component
class ReportUpdateNotices {

  private final Notifications notifications;

  ReportUpdateNotices(Notifications notifications) {
    this.notifications = notifications;
  }

  @EventListener
  void updateRequested(AreaUpdateRequested request) {
    notifications.updateRequested(request.areaCode(), request.commitmentIds(), request.cutoff());
  }
}
