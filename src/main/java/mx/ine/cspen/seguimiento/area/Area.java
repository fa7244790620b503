package mx.ine.cspen.seguimiento.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A responsible area (Subdirección, Dirección, Coordinación) of a commission's catalogue. Codes are
 * unique across every commission, since each area has its own Camunda group.
 */
@Entity
@Table(name = "area")
public class Area {

  /** Members of an area belong to the Camunda group {@code area-<code>}. */
  public static final String GROUP_PREFIX = "area-";

  @Id private String code;

  private String name;

  @Column(name = "commission_id")
  private long commissionId;

  protected Area() {}

  public Area(String code, String name, long commissionId) {
    this.code = code;
    this.name = name;
    this.commissionId = commissionId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  /** The commission whose area it is. */
  public long getCommissionId() {
    return commissionId;
  }

  /** The Camunda group whose members work this area's tasks. */
  public String groupId() {
    return GROUP_PREFIX + code;
  }

  public static String groupOf(String areaCode) {
    return GROUP_PREFIX + areaCode;
  }
}
