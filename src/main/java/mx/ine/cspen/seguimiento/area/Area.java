package mx.ine.cspen.seguimiento.area;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A responsible area (Subdirección, Dirección, Coordinación) of the catalogue. */
@Entity
@Table(name = "area")
public class Area {

  /** Members of an area belong to the Camunda group {@code area-<code>}. */
  public static final String GROUP_PREFIX = "area-";

  @Id private String code;

  private String name;

  protected Area() {}

  public Area(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  /** The Camunda group whose members work this area's tasks. */
  public String groupId() {
    return GROUP_PREFIX + code;
  }

  public static String groupOf(String areaCode) {
    return GROUP_PREFIX + areaCode;
  }
}
