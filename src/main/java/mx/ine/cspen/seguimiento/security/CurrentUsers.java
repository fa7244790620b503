package mx.ine.cspen.seguimiento.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.system.ForbiddenException;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link CurrentUser} of a request or of the engine's caller: the groups, the part in
 * each commission they give, and the commission the person works in now.
 *
 * <p>The commission worked in is the one named by {@code ?commission=CODE} (the API; the pages'
 * selector), else the one the person chose on the pages earlier in their session, else the first
 * whose Secretaría Técnica they are, else the first they read all of, else the first of whose areas
 * they work for. Readers of every commission who name none look at all of them at once.
 */
@Component
public class CurrentUsers {

  /** The request parameter that names the commission: {@code ?commission=CSPEN}. */
  public static final String PARAMETER = "commission";

  /** Where the pages keep the commission the person chose, for their session. */
  public static final String SESSION_ATTRIBUTE = "seguimiento.commission";

  /** What the selector sends to look at every commission at once (readers of all of them). */
  public static final String ALL = "TODAS";

  private final CommissionMemberships memberships;

  CurrentUsers(CommissionMemberships memberships) {
    this.memberships = memberships;
  }

  /** The signed-in person of a request, working in the commission the request names or kept. */
  public CurrentUser of(Authentication authentication, HttpServletRequest request) {
    CurrentUser user = of(authentication);
    String named = request == null ? null : request.getParameter(PARAMETER);
    if (named == null && request != null) {
      HttpSession session = request.getSession(false);
      Object kept = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
      named = kept instanceof String code ? code : null;
      if (named != null && !choosable(user, named)) {
        // The person's groups changed since they chose it: back to the default.
        session.removeAttribute(SESSION_ATTRIBUTE);
        named = null;
      }
    }
    return named == null || named.isBlank() ? user : actingIn(user, named.strip());
  }

  /** The signed-in person, working in their default commission. */
  public CurrentUser of(Authentication authentication) {
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      throw new AccessDeniedException("Not authenticated");
    }
    Set<String> groups =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX))
            .map(
                a ->
                    a.substring(
                        CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length()))
            .collect(Collectors.toSet());
    return of(authentication.getName(), groups);
  }

  /** A person with these groups, working in their default commission. */
  public CurrentUser of(String id, Set<String> groups) {
    List<CommissionRole> roles = memberships.rolesOf(groups);
    boolean instituteReader = groups.contains(Groups.INSTITUTE_READERS);
    // By default, where the person does the most: a commission whose Secretaría Técnica they are,
    // else one they read all of, else one of whose areas they work for.
    Long acting =
        roles.stream()
            .filter(CommissionRole::secretariat)
            .findFirst()
            .or(() -> roles.stream().filter(CommissionRole::readsEverything).findFirst())
            .or(() -> roles.stream().findFirst())
            .map(CommissionRole::commissionId)
            .orElse(null);
    return new CurrentUser(id, groups, roles, instituteReader, acting);
  }

  /**
   * The person working in the commission with this code: one they belong to, or any for readers of
   * every commission ({@link #ALL}: all of them at once).
   */
  public CurrentUser actingIn(CurrentUser user, String code) {
    if (ALL.equalsIgnoreCase(code) && user.readsEveryCommission()) {
      return user.actingIn(null);
    }
    Long id =
        memberships
            .idOf(code)
            .orElseThrow(
                () ->
                    new InvalidInputException(PARAMETER, "No existe la comisión «" + code + "»."));
    if (!user.reads(id)) {
      throw new ForbiddenException(
          "Su cuenta no pertenece a la comisión " + memberships.codeOf(id) + ".");
    }
    return user.actingIn(id);
  }

  /** Whether the person may work in (or look at) the commission with this code. */
  public boolean choosable(CurrentUser user, String code) {
    if (ALL.equalsIgnoreCase(code)) {
      return user.readsEveryCommission();
    }
    return memberships.idOf(code).map(user::reads).orElse(false);
  }

  /** The engine tenants of the commissions the person belongs to (every one for readers of all). */
  public List<String> tenantsOf(CurrentUser user) {
    List<Long> ids =
        user.readsEveryCommission() ? memberships.allCommissionIds() : user.commissionIds();
    return ids.stream().map(memberships::tenantOf).toList();
  }

  public String codeOf(long commissionId) {
    return memberships.codeOf(commissionId);
  }
}
