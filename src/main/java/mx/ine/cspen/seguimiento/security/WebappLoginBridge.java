package mx.ine.cspen.seguimiento.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for everything: when someone signs in on the login page of Tasklist, Cockpit or Admin,
 * Camunda checks the password; once it accepts, the same session is signed in for the dashboard and
 * the API too. (The other way round, our login page, reaches the webapps through Camunda's
 * container-based authentication.)
 */
class WebappLoginBridge extends OncePerRequestFilter {

  private final RequestMatcher webappLogin;
  private final CamundaIdentityAuthenticationProvider users;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  WebappLoginBridge(RequestMatcher webappLogin, CamundaIdentityAuthenticationProvider users) {
    this.webappLogin = webappLogin;
    this.users = users;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // Read before Camunda consumes the form body.
    String user = request.getParameter("username");
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_OK && user != null && !user.isBlank()) {
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(users.authenticated(user));
      SecurityContextHolder.setContext(context);
      contexts.saveContext(context, request, response);
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !webappLogin.matches(request);
  }
}
