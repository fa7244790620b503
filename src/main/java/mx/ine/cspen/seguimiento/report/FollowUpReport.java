package mx.ine.cspen.seguimiento.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import mx.ine.cspen.seguimiento.session.SessionType;

/**
 * A follow-up report for a session of the Commission, computed as of its cut-off date. Its files
 * live in {@link ReportFile}; once issued, nothing of it changes. The version makes concurrent
 * changes fail instead of overwriting each other.
 */
@Entity
@Table(name = "follow_up_report")
public class FollowUpReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private SessionType sessionType;

  private LocalDate sessionDate;

  private String agendaItem;

  private LocalDate cutoff;

  @Enumerated(EnumType.STRING)
  private ReportStatus status;

  private String processInstanceId;

  private Instant createdAt;

  private String createdBy;

  private Instant draftGeneratedAt;

  private Instant issuedAt;

  private String issuedBy;

  /** The review task the issue completed: recorded once, whether from the API or Tasklist. */
  private String issuedTaskId;

  @Column(name = "issue_number")
  private Integer issueNumber;

  @Version private long version;

  @Column(name = "commission_id")
  private long commissionId;

  protected FollowUpReport() {}

  FollowUpReport(
      long commissionId,
      SessionType sessionType,
      LocalDate sessionDate,
      String agendaItem,
      LocalDate cutoff,
      Instant createdAt,
      String createdBy) {
    this.commissionId = commissionId;
    this.sessionType = sessionType;
    this.sessionDate = sessionDate;
    this.agendaItem = agendaItem;
    this.cutoff = cutoff;
    this.status = ReportStatus.UPDATING;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /**
   * The first instant after the cut-off day in the product's zone: everything dated before it
   * counts for this report.
   */
  public static Instant endOfCutoff(LocalDate cutoff, ZoneId zone) {
    return cutoff.plusDays(1).atStartOfDay(zone).toInstant();
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void draftGenerated(Instant at) {
    if (status == ReportStatus.ISSUED) {
      throw new IllegalStateException(
          "Report " + id + " is issued: its draft is never regenerated");
    }
    this.status = ReportStatus.DRAFT;
    this.draftGeneratedAt = at;
  }

  void issue(Instant at, String by, String taskId, int number) {
    if (status != ReportStatus.DRAFT) {
      throw new IllegalStateException("Report " + id + " is " + status + ", not DRAFT");
    }
    this.status = ReportStatus.ISSUED;
    this.issuedAt = at;
    this.issuedBy = by;
    this.issuedTaskId = taskId;
    this.issueNumber = number;
  }

  public Long getId() {
    return id;
  }

  /** The commission whose report it is. */
  public long getCommissionId() {
    return commissionId;
  }

  public SessionType getSessionType() {
    return sessionType;
  }

  public LocalDate getSessionDate() {
    return sessionDate;
  }

  public String getAgendaItem() {
    return agendaItem;
  }

  public LocalDate getCutoff() {
    return cutoff;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getDraftGeneratedAt() {
    return draftGeneratedAt;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public String getIssuedTaskId() {
    return issuedTaskId;
  }

  public Integer getIssueNumber() {
    return issueNumber;
  }

  public long getVersion() {
    return version;
  }
}
