package mx.ine.cspen.seguimiento.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against Camunda's identity service, the one user directory of
 * Tasklist, Cockpit, Admin, the dashboard and the API. Its groups become authorities {@code
 * GROUP_<id>}. A wrong password counts towards Camunda's lock-out like any other login.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

  private final IdentityService identity;

  CamundaIdentityAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    if (user == null
        || user.isBlank()
        || password.isEmpty()
        || !identity.checkPassword(user, password)) {
      throw new BadCredentialsException("Usuario o contraseña incorrectos.");
    }
    return authenticated(user);
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
