package mx.ine.cspen.seguimiento.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import mx.ine.cspen.seguimiento.system.SpanishDates;

/**
 * A session of a commission: one record, referred to by every commitment made in it. Its ordinal
 * counts within its commission, type and year.
 */
@Entity
@Table(name = "commission_session")
public class CommissionSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "commission_id")
  private long commissionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "session_type")
  private SessionType type;

  @Column(name = "session_number")
  private int number;

  @Column(name = "session_date")
  private LocalDate date;

  /** Kept so that the database enforces "commission + type + number + year identify a session". */
  @Column(name = "session_year")
  private int year;

  private Instant createdAt;

  private String createdBy;

  protected CommissionSession() {}

  public CommissionSession(
      long commissionId,
      SessionType type,
      int number,
      LocalDate date,
      Instant createdAt,
      String createdBy) {
    this.commissionId = commissionId;
    this.type = type;
    this.number = number;
    this.date = date;
    this.year = date.getYear();
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public Long getId() {
    return id;
  }

  /** The commission whose session it is. */
  public long getCommissionId() {
    return commissionId;
  }

  public SessionType getType() {
    return type;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getDate() {
    return date;
  }

  public int getYear() {
    return year;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  /** Corrects how the session was registered; its commitments refer to it, and follow. */
  void correct(SessionType newType, int newNumber, LocalDate newDate) {
    this.type = newType;
    this.number = newNumber;
    this.date = newDate;
    this.year = newDate.getYear();
  }

  /** "Primera sesión ordinaria" */
  public String label() {
    return label(type, number);
  }

  /** "13/03/2024 Primera sesión ordinaria." as in the annex of the report. */
  public String annexLabel() {
    return annexLabel(type, number, date);
  }

  /** The label of a session read as plain columns (the read model does not load entities). */
  public static String label(SessionType type, int number) {
    return SpanishOrdinals.feminine(number) + " sesión " + type.adjective();
  }

  public static String annexLabel(SessionType type, int number, LocalDate date) {
    return SpanishDates.numeric(date) + " " + label(type, number) + ".";
  }
}
