package mx.ine.cspen.seguimiento.commitment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One dated progress report of the responsible area. Never changed once written. */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "commitment_id")
  private Commitment commitment;

  private Instant reportedAt;

  private int percent;

  private String narrative;

  private String justification;

  private boolean closureRequested;

  private String author;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "progress_report_id", nullable = false, updatable = false)
  @OrderColumn(name = "position")
  private List<DocumentReference> references = new ArrayList<>();

  protected ProgressReport() {}

  ProgressReport(
      Commitment commitment,
      Instant reportedAt,
      int percent,
      String narrative,
      String justification,
      boolean closureRequested,
      String author,
      List<DocumentReference> references) {
    this.commitment = commitment;
    this.reportedAt = reportedAt;
    this.percent = percent;
    this.narrative = narrative;
    this.justification = justification;
    this.closureRequested = closureRequested;
    this.author = author;
    this.references.addAll(references);
  }

  public Long getId() {
    return id;
  }

  public Commitment getCommitment() {
    return commitment;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public int getPercent() {
    return percent;
  }

  public String getNarrative() {
    return narrative;
  }

  public String getJustification() {
    return justification;
  }

  public boolean isClosureRequested() {
    return closureRequested;
  }

  public String getAuthor() {
    return author;
  }

  public List<DocumentReference> getReferences() {
    return List.copyOf(references);
  }
}
