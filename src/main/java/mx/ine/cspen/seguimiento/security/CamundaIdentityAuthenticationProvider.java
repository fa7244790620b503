package mx.ine.cspen.seguimiento.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against Camunda's identity service, the one user directory of
 * Tasklist, Cockpit, Admin, the dashboard and the API. Its groups become authorities {@code
 * GROUP_<id>}. Failed sign-ins slow their client down ({@link SignInThrottle}). A password verified
 * a moment ago is not checked again ({@link VerifiedCredentials}): API clients send it with every
 * request.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

  private final IdentityService identity;
  private final SignInThrottle throttle;
  private final VerifiedCredentials verified;

  CamundaIdentityAuthenticationProvider(
      IdentityService identity, SignInThrottle throttle, VerifiedCredentials verified) {
    this.identity = identity;
    this.throttle = throttle;
    this.verified = verified;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    String address = clientAddress(authentication);
    Optional<Duration> wait = throttle.waitBeforeTrying(address, user);
    if (wait.isPresent()) {
      throttle.refused(address, user, wait.get());
      throw new SignInThrottledException(wait.get());
    }
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    if (user == null || user.isBlank() || password.isEmpty()) {
      throttle.failed(address, user);
      throw new BadCredentialsException("Usuario o contraseña incorrectos.");
    }
    Optional<Authentication> recalled = verified.recall(user, password);
    if (recalled.isPresent()) {
      throttle.succeeded(address, user);
      return recalled.get();
    }
    long checkedAt = verified.beforeChecking();
    if (!identity.checkPassword(user, password)) {
      verified.forget(user);
      throttle.failed(address, user);
      throw new BadCredentialsException("Usuario o contraseña incorrectos.");
    }
    throttle.succeeded(address, user);
    Authentication signedIn = authenticated(user);
    verified.remember(user, password, signedIn, checkedAt);
    return signedIn;
  }

  /** The client's address, as the login form and HTTP Basic record it. */
  static String clientAddress(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
            && details.getRemoteAddress() != null
        ? details.getRemoteAddress()
        : "desconocida";
  }

  /** An authentication for a user whose password was already checked. */
  Authentication authenticated(String user) {
    List<GrantedAuthority> authorities =
        identity.createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId)
            .map(id -> (GrantedAuthority) new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + id))
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
