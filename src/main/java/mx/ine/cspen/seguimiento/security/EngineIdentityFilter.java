package mx.ine.cspen.seguimiento.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the process engine who is calling, for our pages and API, so that its authorizations apply
 * to everything the request does in the engine, its tenant check included. (Camunda's own filters
 * do the same for the webapps and the engine's REST API, from the groups' tenant memberships.)
 */
class EngineIdentityFilter extends OncePerRequestFilter {

  private final IdentityService identity;
  private final CurrentUsers users;

  EngineIdentityFilter(IdentityService identity, CurrentUsers users) {
    this.identity = identity;
    this.users = users;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      chain.doFilter(request, response);
      return;
    }
    CurrentUser user = users.of(authentication);
    // The tenants too: the engine shows each person only their commissions' processes.
    identity.setAuthentication(user.id(), List.copyOf(user.groups()), users.tenantsOf(user));
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/camunda/") || path.startsWith("/engine-rest/");
  }
}
