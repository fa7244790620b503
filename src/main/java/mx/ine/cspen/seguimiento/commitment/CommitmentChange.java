package mx.ine.cspen.seguimiento.commitment;

import jakarta.persistence.Column;
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

/**
 * One datum a correction changed, with its value before and after as people read it ("Acuerdo",
 * "13/03/2024 Primera sesión ordinaria."). Append-only, like the event it belongs to.
 */
@Entity
@Table(name = "commitment_change")
public class CommitmentChange {

  /** What a correction may change, in the words of the history. */
  public enum Field {
    TEXT("Texto"),
    PROPOSER("Propuesto por"),
    KIND("Tipo"),
    SESSION("Sesión");

    private final String label;

    Field(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id")
  private CommitmentEvent event;

  private int position;

  @Enumerated(EnumType.STRING)
  private Field field;

  @Column(name = "value_before")
  private String before;

  @Column(name = "value_after")
  private String after;

  protected CommitmentChange() {}

  CommitmentChange(CommitmentEvent event, int position, Field field, String before, String after) {
    this.event = event;
    this.position = position;
    this.field = field;
    this.before = before;
    this.after = after;
  }

  public Long getId() {
    return id;
  }

  public CommitmentEvent getEvent() {
    return event;
  }

  public Field getField() {
    return field;
  }

  /** The value before the correction; null when there was none (a proposer added). */
  public String getBefore() {
    return before;
  }

  /** The value after it; null when it was removed. */
  public String getAfter() {
    return after;
  }
}
