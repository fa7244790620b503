package mx.ine.cspen.seguimiento.commission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A commission of the Consejo General: its names as its documents use them, the unit that acts as
 * its Secretaría Técnica, its report's title and legal basis, its glossary, its folio prefix, and
 * the engine tenant and Camunda groups that keep its work apart from the other commissions'.
 */
@Entity
@Table(name = "commission")
public class Commission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;

  private String name;

  private String shortName;

  private String secretariatUnit;

  private String secretariatName;

  private String reportTitle;

  private String legalBasis;

  private String folioPrefix;

  private String tenantId;

  private String secretariatGroup;

  private String membersGroup;

  private Instant createdAt;

  private String createdBy;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "commission_glossary_term",
      joinColumns = @JoinColumn(name = "commission_id"))
  @OrderBy("position")
  private List<GlossaryTerm> glossary = new ArrayList<>();

  protected Commission() {}

  Commission(NewCommission values, Instant createdAt, String createdBy) {
    this.code = values.code();
    this.name = values.name();
    this.shortName = values.shortName();
    this.secretariatUnit = values.secretariatUnit();
    this.secretariatName = values.secretariatName();
    this.reportTitle = values.reportTitle();
    this.legalBasis = values.legalBasis();
    this.folioPrefix = values.folioPrefix();
    this.tenantId = values.tenantId();
    this.secretariatGroup = values.secretariatGroup();
    this.membersGroup = values.membersGroup();
    this.glossary = new ArrayList<>(values.glossary());
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /** What a new commission is made of, checked by {@link CommissionService}. */
  record NewCommission(
      String code,
      String name,
      String shortName,
      String secretariatUnit,
      String secretariatName,
      String reportTitle,
      String legalBasis,
      String folioPrefix,
      String tenantId,
      String secretariatGroup,
      String membersGroup,
      List<GlossaryTerm> glossary) {}

  public Long getId() {
    return id;
  }

  /** "CSPEN" */
  public String getCode() {
    return code;
  }

  /** "Comisión del Servicio Profesional Electoral Nacional" */
  public String getName() {
    return name;
  }

  /** "Comisión del Servicio", as the report's sentences name it. */
  public String getShortName() {
    return shortName;
  }

  /** "DESPEN" */
  public String getSecretariatUnit() {
    return secretariatUnit;
  }

  /** "Dirección Ejecutiva del Servicio Profesional Electoral Nacional" */
  public String getSecretariatName() {
    return secretariatName;
  }

  public String getReportTitle() {
    return reportTitle;
  }

  /** The report's presentation: the articles that oblige the Secretaría Técnica to present it. */
  public String getLegalBasis() {
    return legalBasis;
  }

  /** "CSPEN" in CSPEN-2024-001. */
  public String getFolioPrefix() {
    return folioPrefix;
  }

  /** The engine tenant of its processes. */
  public String getTenantId() {
    return tenantId;
  }

  public String getSecretariatGroup() {
    return secretariatGroup;
  }

  public String getMembersGroup() {
    return membersGroup;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  /** The abbreviations its reports may use, in the glossary's order. */
  public List<GlossaryTerm> getGlossary() {
    return List.copyOf(glossary);
  }
}
