package mx.ine.cspen.seguimiento.commitment.page;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.CommitmentEventType;
import mx.ine.cspen.seguimiento.commitment.CommitmentKind;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.commitment.evidence.EvidenceSummary;

/**
 * A commitment's page: what it is, where it stands, everything that happened to it, and the open
 * task the reader may work.
 *
 * @param proposer who proposed it, or null
 * @param createdBy who registered it
 * @param history every recorded change, oldest first
 * @param tasks open tasks of this commitment the reader may work (candidate or assignee)
 * @param position where its process stands, when it has one
 * @param current its data for the Secretaría Técnica's forms
 */
public record CommitmentPage(
    CommitmentRow commitment,
    String proposer,
    String createdBy,
    Instant createdAt,
    List<HistoryItem> history,
    List<OpenTask> tasks,
    ProcessPosition position,
    Current current) {

  /**
   * The commitment's data as the Secretaría Técnica's forms start from them.
   *
   * @param commissionId the commission whose commitment it is
   * @param status what it may still be done with
   */
  public record Current(
      long commissionId,
      CommitmentKind kind,
      String text,
      String proposer,
      long sessionId,
      String areaCode,
      LocalDate dueDate,
      CommitmentStatus status) {

    public boolean closed() {
      return status.isClosed();
    }

    /** A first assignment (no area yet) rather than a reassignment. */
    public boolean unassigned() {
      return status == CommitmentStatus.UNASSIGNED;
    }
  }

  /**
   * One dated entry of the history.
   *
   * @param actor the user id who did it
   * @param actorName that user's name, when readable
   * @param statusLabel the commitment's status once it happened
   * @param areaName the area it was assigned to (registration, assignment, reassignment)
   * @param progress the progress report it recorded, if any
   * @param noteLabel "Observaciones" or "Motivo", when there is a note
   * @param note the observations of a decision, the reason of a cancellation or correction
   * @param changes what a correction changed, each value before and after
   */
  public record HistoryItem(
      Instant at,
      CommitmentEventType type,
      String label,
      String actor,
      String actorName,
      String statusLabel,
      String areaName,
      Progress progress,
      String noteLabel,
      String note,
      List<Change> changes) {

    /** A short word for the timeline's colour. */
    public String tone() {
      return switch (type) {
        case CLOSURE_APPROVED -> "success";
        case CLOSURE_RETURNED -> "warning";
        case CANCELLED -> "dark";
        case CORRECTED, SESSION_CORRECTED -> "secondary";
        case CLOSURE_REQUESTED -> "info";
        default -> "primary";
      };
    }
  }

  /**
   * @param files the evidence handed in with the report
   */
  public record Progress(
      int percent,
      String narrative,
      String justification,
      boolean closureRequested,
      List<Reference> references,
      List<EvidenceSummary> files) {}

  /**
   * @param before null when there was none
   * @param after null when it was removed
   */
  public record Change(String label, String before, String after) {}

  /**
   * @param url an http(s) link (checked when recorded), or null
   */
  public record Reference(String type, String number, LocalDate date, String url) {

    /** Links are shown only when they are web addresses, whatever reached the database. */
    public boolean linkable() {
      return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
  }
}
