package mx.ine.cspen.seguimiento.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A document cited by a progress report, with an optional date and an optional http(s) link. */
@Entity
@Table(name = "document_reference")
public class DocumentReference {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "reference_type")
  @Convert(converter = DocumentTypeConverter.class)
  private DocumentType type;

  @Column(name = "reference_number")
  private String number;

  @Column(name = "reference_date")
  private LocalDate date;

  private String url;

  protected DocumentReference() {}

  public DocumentReference(DocumentType type, String number, LocalDate date, String url) {
    this.type = type;
    this.number = number;
    this.date = date;
    this.url = url;
  }

  public DocumentType getType() {
    return type;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getUrl() {
    return url;
  }
}
