package mx.ine.cspen.seguimiento.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.Area;

/**
 * Who is calling, the groups that decide what they may do, their part in each commission, and the
 * commission they are working in now.
 *
 * <p>What a person may do to a record (a commitment, a session, a report) follows from their part
 * in the record's commission ({@link #isTechnicalSecretariatOf}, {@link #readsEverythingOf}); what
 * they create, and what lists show them, from the commission they work in ({@link #acting}): the
 * one they chose (the pages' selector, the API's {@code ?commission=}), or the first they belong
 * to.
 *
 * @param roles the person's part in each commission they belong to
 * @param instituteReader reads every commission and changes nothing
 * @param acting the commission the person works in now; null for readers of every commission who
 *     look at all of them at once, and for a person of no commission
 */
public record CurrentUser(
    String id,
    Set<String> groups,
    List<CommissionRole> roles,
    boolean instituteReader,
    Long acting) {

  public CurrentUser {
    groups = Set.copyOf(groups);
    roles = List.copyOf(roles);
  }

  /** The same person working in another commission (null: all they read). */
  public CurrentUser actingIn(Long commissionId) {
    return new CurrentUser(id, groups, roles, instituteReader, commissionId);
  }

  public Optional<CommissionRole> roleIn(Long commissionId) {
    return commissionId == null
        ? Optional.empty()
        : roles.stream().filter(r -> r.commissionId() == commissionId).findFirst();
  }

  /** The Secretaría Técnica of the commission the person works in now. */
  public boolean isTechnicalSecretariat() {
    return isTechnicalSecretariatOf(acting);
  }

  public boolean isTechnicalSecretariatOf(Long commissionId) {
    return roleIn(commissionId).map(CommissionRole::secretariat).orElse(false);
  }

  /** A member of the commission the person works in now (reads it all, changes nothing). */
  public boolean isCommission() {
    return roleIn(acting).map(CommissionRole::member).orElse(false);
  }

  /** The Secretaría Técnica of some commission. */
  public boolean isTechnicalSecretariatOfAny() {
    return roles.stream().anyMatch(CommissionRole::secretariat);
  }

  public boolean isAdministrator() {
    return groups.contains(Groups.ADMINISTRATORS);
  }

  /**
   * Reads every commitment of the commission the person works in now: its Secretaría Técnica and
   * members, readers of every commission, administrators.
   */
  public boolean readsEverything() {
    return acting == null ? readsEveryCommission() : readsEverythingOf(acting);
  }

  public boolean readsEverythingOf(Long commissionId) {
    return readsEveryCommission()
        || roleIn(commissionId).map(CommissionRole::readsEverything).orElse(false);
  }

  /** Administrators and the institute-wide readers read every commission. */
  public boolean readsEveryCommission() {
    return isAdministrator() || instituteReader;
  }

  /** Belongs to the commission in any part, or reads every commission. */
  public boolean reads(Long commissionId) {
    return readsEveryCommission() || roleIn(commissionId).isPresent();
  }

  /** The ids of the commissions the person belongs to, in the catalogue's order. */
  public List<Long> commissionIds() {
    return roles.stream().map(CommissionRole::commissionId).toList();
  }

  /** Codes of the areas this user works for, in every commission. */
  public Set<String> areaCodes() {
    return groups.stream()
        .filter(g -> g.startsWith(Area.GROUP_PREFIX))
        .map(g -> g.substring(Area.GROUP_PREFIX.length()))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Codes of the areas of the commission the person works in now that they work for. */
  public Set<String> actingAreaCodes() {
    if (acting == null) {
      return areaCodes();
    }
    return roleIn(acting).map(CommissionRole::areaCodes).orElse(Set.of());
  }

  public boolean worksFor(String areaCode) {
    return areaCode != null && groups.contains(Area.groupOf(areaCode));
  }
}
