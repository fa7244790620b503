package mx.ine.cspen.seguimiento.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The request to an area to bring its progress up to date before a report's cut-off (its Tasklist
 * task), and the area's confirmation that it did.
 */
@Entity
@Table(name = "follow_up_report_area_request")
public class AreaUpdateRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long reportId;

  private String areaCode;

  private String taskId;

  private Instant requestedAt;

  private Instant confirmedAt;

  private String confirmedBy;

  protected AreaUpdateRequest() {}

  AreaUpdateRequest(long reportId, String areaCode, String taskId, Instant requestedAt) {
    this.reportId = reportId;
    this.areaCode = areaCode;
    this.taskId = taskId;
    this.requestedAt = requestedAt;
  }

  void confirm(Instant at, String by) {
    this.confirmedAt = at;
    this.confirmedBy = by;
  }

  public long getReportId() {
    return reportId;
  }

  public String getAreaCode() {
    return areaCode;
  }

  public String getTaskId() {
    return taskId;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }
}
