package mx.ine.cspen.seguimiento.notification;

import java.util.List;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentRepository;
import mx.ine.cspen.seguimiento.report.AreaUpdateRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the follow-up report asks an area to bring its progress up to date, its members hear of
 * it with the list of their open commitments and the cut-off. The notice is written in the same
 * transaction as the area's task (its email leaves once that transaction commits), and leads to
 * the dashboard, where the area finds the task among its own: the report's update tasks share one
 * definition, one per area, so a link by definition could open another area's.
 */
@Component
class ReportUpdateNotices {

  private final Notifications notifications;
  private final CommitmentRepository commitments;

  ReportUpdateNotices(Notifications notifications, CommitmentRepository commitments) {
    this.notifications = notifications;
    this.commitments = commitments;
  }

  @EventListener
  void updateRequested(AreaUpdateRequested request) {
    List<Long> open =
        commitments.search(null, request.areaCode(), null, false, List.of("-")).stream()
            .filter(commitment -> !commitment.getStatus().isClosed())
            .map(Commitment::getId)
            .toList();
    notifications.updateRequested(request.areaCode(), open, request.cutoff());
  }
}
