package mx.ine.cspen.seguimiento.session;

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
import java.time.LocalDate;

/** A correction of a session, with what it was before. Append-only. */
@Entity
@Table(name = "session_correction")
public class SessionCorrection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private CommissionSession session;

  private Instant occurredAt;

  private String actor;

  private String reason;

  @Enumerated(EnumType.STRING)
  private SessionType typeBefore;

  private int numberBefore;

  private LocalDate dateBefore;

  @Enumerated(EnumType.STRING)
  private SessionType typeAfter;

  private int numberAfter;

  private LocalDate dateAfter;

  protected SessionCorrection() {}

  SessionCorrection(
      CommissionSession session,
      SessionType typeBefore,
      int numberBefore,
      LocalDate dateBefore,
      Instant occurredAt,
      String actor,
      String reason) {
    this.session = session;
    this.typeBefore = typeBefore;
    this.numberBefore = numberBefore;
    this.dateBefore = dateBefore;
    this.typeAfter = session.getType();
    this.numberAfter = session.getNumber();
    this.dateAfter = session.getDate();
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.reason = reason;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getReason() {
    return reason;
  }

  /** "13/04/2024 Primera sesión ordinaria." */
  public String labelBefore() {
    return CommissionSession.annexLabel(typeBefore, numberBefore, dateBefore);
  }

  public String labelAfter() {
    return CommissionSession.annexLabel(typeAfter, numberAfter, dateAfter);
  }
}
