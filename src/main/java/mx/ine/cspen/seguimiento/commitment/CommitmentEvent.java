package mx.ine.cspen.seguimiento.commitment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a commitment's history: who did what, when, and the status it left. Append-only. */
@Entity
@Table(name = "commitment_event")
public class CommitmentEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "commitment_id")
  private Commitment commitment;

  @Enumerated(EnumType.STRING)
  private CommitmentEventType eventType;

  private Instant occurredAt;

  private String actor;

  @Enumerated(EnumType.STRING)
  private CommitmentStatus statusAfter;

  /** The area assigned, for registration, assignment and reassignment. */
  private String areaCode;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "progress_report_id")
  private ProgressReport progressReport;

  /** Observations of a verification, reason of a cancellation. */
  private String note;

  /** The Camunda task this event completed, if any: one event per task. */
  private String taskId;

  protected CommitmentEvent() {}

  CommitmentEvent(
      Commitment commitment,
      CommitmentEventType eventType,
      Instant occurredAt,
      String actor,
      String areaCode,
      ProgressReport progressReport,
      String note,
      String taskId) {
    this.commitment = commitment;
    this.eventType = eventType;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.statusAfter = commitment.getStatus();
    this.areaCode = areaCode;
    this.progressReport = progressReport;
    this.note = note;
    this.taskId = taskId;
  }

  public Long getId() {
    return id;
  }

  public Commitment getCommitment() {
    return commitment;
  }

  public CommitmentEventType getEventType() {
    return eventType;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public CommitmentStatus getStatusAfter() {
    return statusAfter;
  }

  public String getAreaCode() {
    return areaCode;
  }

  public ProgressReport getProgressReport() {
    return progressReport;
  }

  public String getNote() {
    return note;
  }

  public String getTaskId() {
    return taskId;
  }
}
