package mx.ine.cspen.seguimiento.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * HTTP Basic sends the password on every request: within a moment of its check, the same password
 * is not checked again, and anything else still is.
 */
class CamundaIdentityAuthenticationProviderTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final MovingClock clock = new MovingClock();
  private final VerifiedCredentials verified =
      new VerifiedCredentials(Duration.ofSeconds(30), false, clock);
  private final CamundaIdentityAuthenticationProvider provider =
      new CamundaIdentityAuthenticationProvider(
          identity, new SignInThrottle(5, 50, Duration.ofMinutes(5)), verified);

  @BeforeEach
  void stWithItsGroup() {
    Group group = mock(Group.class);
    when(group.getId()).thenReturn("secretaria-tecnica");
    when(identity.createGroupQuery().groupMember("st").list()).thenReturn(List.of(group));
    when(identity.checkPassword("st", "st")).thenReturn(true);
  }

  @Test
  void theSamePasswordAMomentLaterIsNotCheckedAgainAndKeepsItsGroups() {
    Authentication first = provider.authenticate(basic("st", "st"));
    clock.advance(Duration.ofSeconds(29));
    Authentication second = provider.authenticate(basic("st", "st"));

    verify(identity, times(1)).checkPassword("st", "st");
    assertThat(second.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("GROUP_secretaria-tecnica");
    assertThat(second.getName()).isEqualTo(first.getName());
  }

  @Test
  void afterThirtySecondsThePasswordIsCheckedAgain() {
    provider.authenticate(basic("st", "st"));
    clock.advance(Duration.ofSeconds(30));
    provider.authenticate(basic("st", "st"));

    verify(identity, times(2)).checkPassword("st", "st");
  }

  @Test
  void anotherPasswordIsCheckedAndRefusedAndTheRightOneIsThenCheckedAgain() {
    provider.authenticate(basic("st", "st"));

    assertThatThrownBy(() -> provider.authenticate(basic("st", "adivinanza")))
        .isInstanceOf(BadCredentialsException.class);
    provider.authenticate(basic("st", "st"));

    verify(identity).checkPassword("st", "adivinanza");
    verify(identity, times(2)).checkPassword("st", "st");
  }

  @Test
  void aChangeToUsersOrGroupsInTheEngineForgetsEveryVerifiedPassword() {
    provider.authenticate(basic("st", "st"));
    verified.forgetAll();
    provider.authenticate(basic("st", "st"));

    verify(identity, times(2)).checkPassword("st", "st");
  }

  @Test
  void aChangeWhileThePasswordIsCheckedLeavesNothingRemembered() {
    when(identity.checkPassword("st", "st"))
        .thenAnswer(
            invocation -> {
              verified.forgetAll(); // an administrator changes the password meanwhile
              return true;
            });
    provider.authenticate(basic("st", "st"));
    provider.authenticate(basic("st", "st"));

    verify(identity, times(2)).checkPassword("st", "st");
  }

  @Test
  void withTheDirectoryOnEveryRequestAsksIt() {
    CamundaIdentityAuthenticationProvider directory =
        new CamundaIdentityAuthenticationProvider(
            identity,
            new SignInThrottle(5, 50, Duration.ofMinutes(5)),
            new VerifiedCredentials(Duration.ofSeconds(30), true, clock));
    directory.authenticate(basic("st", "st"));
    directory.authenticate(basic("st", "st"));

    verify(identity, times(2)).checkPassword(anyString(), anyString());
  }

  @Test
  void aLifetimeOfZeroChecksEveryRequest() {
    CamundaIdentityAuthenticationProvider everyTime =
        new CamundaIdentityAuthenticationProvider(
            identity,
            new SignInThrottle(5, 50, Duration.ofMinutes(5)),
            new VerifiedCredentials(Duration.ZERO, false, clock));
    everyTime.authenticate(basic("st", "st"));
    everyTime.authenticate(basic("st", "st"));

    verify(identity, times(2)).checkPassword(anyString(), anyString());
  }

  /** Time that moves only when the test says so. */
  private static final class MovingClock extends Clock {

    private Instant now = Instant.parse("2024-05-20T18:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("America/Mexico_City");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static UsernamePasswordAuthenticationToken basic(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }
}
