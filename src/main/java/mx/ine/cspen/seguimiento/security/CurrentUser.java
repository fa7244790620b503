package mx.ine.cspen.seguimiento.security;

import java.util.Set;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.Area;

/** Who is calling, and the groups that decide what they may do. */
public record CurrentUser(String id, Set<String> groups) {

  public CurrentUser {
    groups = Set.copyOf(groups);
  }

  public boolean isTechnicalSecretariat() {
    return groups.contains(Groups.TECHNICAL_SECRETARIAT);
  }

  public boolean isCommission() {
    return groups.contains(Groups.COMMISSION);
  }

  public boolean isAdministrator() {
    return groups.contains(Groups.ADMINISTRATORS);
  }

  /** The Secretaría Técnica, the Commission and administrators read every commitment. */
  public boolean readsEverything() {
    return isTechnicalSecretariat() || isCommission() || isAdministrator();
  }

  /** Codes of the areas this user works for. */
  public Set<String> areaCodes() {
    return groups.stream()
        .filter(g -> g.startsWith(Area.GROUP_PREFIX))
        .map(g -> g.substring(Area.GROUP_PREFIX.length()))
        .collect(Collectors.toUnmodifiableSet());
  }

  public boolean worksFor(String areaCode) {
    return areaCode != null && groups.contains(Area.groupOf(areaCode));
  }
}
