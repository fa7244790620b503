package mx.ine.cspen.seguimiento.support;

import java.util.List;
import java.util.Set;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.security.CommissionRole;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.Groups;

/** Callers of the CSPEN, the commission every installation starts with (see V60). */
public final class TestUsers {

  /** The CSPEN's id in a freshly migrated database. */
  public static final long CSPEN = 1L;

  private TestUsers() {}

  public static CurrentUser secretariat(String id) {
    return new CurrentUser(
        id,
        Set.of(Groups.TECHNICAL_SECRETARIAT),
        List.of(new CommissionRole(CSPEN, "CSPEN", true, false, Set.of())),
        false,
        CSPEN);
  }

  public static CurrentUser area(String id, String areaCode) {
    return new CurrentUser(
        id,
        Set.of(Area.groupOf(areaCode)),
        List.of(new CommissionRole(CSPEN, "CSPEN", false, false, Set.of(areaCode))),
        false,
        CSPEN);
  }
}
