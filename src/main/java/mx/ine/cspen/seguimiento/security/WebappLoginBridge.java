package mx.ine.cspen.seguimiento.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RequestMatcher webappLogin;
  private final CamundaIdentityAuthenticationProvider users;
  private final SignInThrottle throttle;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  WebappLoginBridge(
      RequestMatcher webappLogin,
      CamundaIdentityAuthenticationProvider users,
      SignInThrottle throttle) {
    this.webappLogin = webappLogin;
    this.users = users;
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // Read before Camunda consumes the form body.
    String user = request.getParameter("username");
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitBeforeTrying(address, user);
    if (wait.isPresent()) {
      throttle.refused(address, user, wait.get());
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(wait.get().toSeconds() + 1));
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              JSON.writeValueAsString(
                  Map.of(
                      "type", "SignInThrottled", "message", SignInThrottle.message(wait.get()))));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_OK && user != null && !user.isBlank()) {
      throttle.succeeded(address, user);
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(users.authenticated(user));
      SecurityContextHolder.setContext(context);
      contexts.saveContext(context, request, response);
    } else if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(address, user);
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !webappLogin.matches(request);
  }
}
