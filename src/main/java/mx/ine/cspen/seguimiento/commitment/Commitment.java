package mx.ine.cspen.seguimiento.commitment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.session.CommissionSession;

/**
 * A commitment or agreement made at a session of the Commission. Holds its current state; the
 * history is in {@link CommitmentEvent} and {@link ProgressReport}. The version makes concurrent
 * changes fail instead of overwriting each other.
 */
@Entity
@Table(name = "commitment")
public class Commitment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String folio;

  @ManyToOne(optional = false)
  @JoinColumn(name = "session_id")
  private CommissionSession session;

  @Enumerated(EnumType.STRING)
  private CommitmentKind kind;

  private String text;

  private String proposer;

  @ManyToOne
  @JoinColumn(name = "area_code")
  private Area area;

  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private CommitmentStatus status;

  private int percent;

  private String processInstanceId;

  private Instant createdAt;

  private String createdBy;

  @Version private long version;

  protected Commitment() {}

  public Commitment(
      String folio,
      CommissionSession session,
      CommitmentKind kind,
      String text,
      String proposer,
      Area area,
      LocalDate dueDate,
      Instant createdAt,
      String createdBy) {
    this.folio = folio;
    this.session = session;
    this.kind = kind;
    this.text = text;
    this.proposer = proposer;
    this.area = area;
    this.dueDate = dueDate;
    this.status = area == null ? CommitmentStatus.UNASSIGNED : CommitmentStatus.IN_PROGRESS;
    this.percent = 0;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void assignTo(Area newArea) {
    require(EnumSet.of(CommitmentStatus.UNASSIGNED));
    this.area = newArea;
    this.status = CommitmentStatus.IN_PROGRESS;
  }

  void reassignTo(Area newArea) {
    require(EnumSet.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.UNDER_VERIFICATION));
    this.area = newArea;
  }

  void recordProgress(int newPercent, boolean closureRequested) {
    require(EnumSet.of(CommitmentStatus.IN_PROGRESS));
    this.percent = newPercent;
    if (closureRequested) {
      this.status = CommitmentStatus.UNDER_VERIFICATION;
    }
  }

  void approveClosure() {
    require(EnumSet.of(CommitmentStatus.UNDER_VERIFICATION));
    this.status = CommitmentStatus.CONCLUDED;
    this.percent = 100;
  }

  void returnClosure() {
    require(EnumSet.of(CommitmentStatus.UNDER_VERIFICATION));
    this.status = CommitmentStatus.IN_PROGRESS;
  }

  void cancel() {
    require(
        EnumSet.of(
            CommitmentStatus.UNASSIGNED,
            CommitmentStatus.IN_PROGRESS,
            CommitmentStatus.UNDER_VERIFICATION));
    this.status = CommitmentStatus.CANCELLED;
  }

  /** A correction of how it was registered; its status and history stay as they are. */
  void correct(
      String newText, String newProposer, CommitmentKind newKind, CommissionSession newSession) {
    this.text = newText;
    this.proposer = newProposer;
    this.kind = newKind;
    this.session = newSession;
  }

  void changeDueDate(LocalDate newDueDate) {
    this.dueDate = newDueDate;
  }

  private void require(EnumSet<CommitmentStatus> allowed) {
    if (!allowed.contains(status)) {
      throw new IllegalStateException(
          "Commitment " + folio + " is " + status + ", expected one of " + allowed);
    }
  }

  public Long getId() {
    return id;
  }

  public String getFolio() {
    return folio;
  }

  public CommissionSession getSession() {
    return session;
  }

  /** The commission whose commitment it is: its session's. */
  public long getCommissionId() {
    return session.getCommissionId();
  }

  public CommitmentKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public String getProposer() {
    return proposer;
  }

  public Area getArea() {
    return area;
  }

  public String getAreaCode() {
    return area == null ? null : area.getCode();
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public CommitmentStatus getStatus() {
    return status;
  }

  public int getPercent() {
    return percent;
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

  public long getVersion() {
    return version;
  }
}
