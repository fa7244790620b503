package mx.ine.cspen.seguimiento.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused because its client failed too often for that user: HTTP 429. */
class SignInThrottledException extends AuthenticationException {

  private final Duration wait;

  SignInThrottledException(Duration wait) {
    super(SignInThrottle.message(wait));
    this.wait = wait;
  }

  Duration waitTime() {
    return wait;
  }
}
