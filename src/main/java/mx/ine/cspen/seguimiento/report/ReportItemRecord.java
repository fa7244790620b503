package mx.ine.cspen.seguimiento.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;

/**
 * Which commitment a row of a generated report shows, with the status it shows (in progress,
 * concluded or cancelled). Issued reports' rows decide the scope of the reports after them.
 */
@Entity
@Table(name = "follow_up_report_item")
public class ReportItemRecord {

  @EmbeddedId private Key key;

  private long commitmentId;

  @Enumerated(EnumType.STRING)
  private CommitmentStatus shownStatus;

  protected ReportItemRecord() {}

  ReportItemRecord(long reportId, int itemNumber, long commitmentId, CommitmentStatus shownStatus) {
    this.key = new Key(reportId, itemNumber);
    this.commitmentId = commitmentId;
    this.shownStatus = shownStatus;
  }

  public long getCommitmentId() {
    return commitmentId;
  }

  public CommitmentStatus getShownStatus() {
    return shownStatus;
  }

  /** The report and the row's "No.". */
  @Embeddable
  public record Key(
      @Column(name = "report_id") long reportId, @Column(name = "item_number") int itemNumber)
      implements Serializable {}
}
