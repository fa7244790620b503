package mx.ine.cspen.seguimiento.security;

import java.util.Set;

/**
 * A person's part in one commission, from their groups: its Secretaría Técnica, one of its members
 * (who read everything of it and change nothing), staff of some of its areas, or several of these.
 *
 * @param areaCodes the codes of the commission's areas the person works for
 */
public record CommissionRole(
    long commissionId, String code, boolean secretariat, boolean member, Set<String> areaCodes) {

  public CommissionRole {
    areaCodes = Set.copyOf(areaCodes);
  }

  /** The Secretaría Técnica and the members read every commitment of the commission. */
  public boolean readsEverything() {
    return secretariat || member;
  }
}
