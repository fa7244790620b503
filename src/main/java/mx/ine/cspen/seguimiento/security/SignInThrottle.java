package mx.ine.cspen.seguimiento.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down whoever keeps guessing passwords, without letting a stranger lock an account: failed
 * sign-ins are counted per client address and user (a few, then a pause) and per client address
 * (more, for someone trying many accounts), never per account alone, so the same account stays
 * usable from every other client. (Camunda's own per-account delay and lock are off for that
 * reason: application.yaml.) Every sign-in, failed or not, is logged with who, from where and when.
 *
 * <p>The client address is the request's remote address; behind a proxy, set
 * FORWARD_HEADERS_STRATEGY so that it is the client's (operations.md). Counts are kept per node.
 */
@Component
public class SignInThrottle {

  private static final Logger log = LoggerFactory.getLogger("mx.ine.cspen.seguimiento.signin");

  /** Buckets of idle clients are forgotten beyond this many. */
  private static final int REMEMBERED = 20_000;

  private final Bandwidth perUser;
  private final Bandwidth perAddress;
  private final Map<String, Bucket> buckets =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > REMEMBERED;
        }
      };

  SignInThrottle(
      @Value("${seguimiento.sign-in.failures-per-user:5}") int failuresPerUser,
      @Value("${seguimiento.sign-in.failures-per-address:50}") int failuresPerAddress,
      @Value("${seguimiento.sign-in.window:PT5M}") Duration window) {
    this.perUser =
        Bandwidth.builder().capacity(failuresPerUser).refillGreedy(failuresPerUser, window).build();
    this.perAddress =
        Bandwidth.builder()
            .capacity(failuresPerAddress)
            .refillGreedy(failuresPerAddress, window)
            .build();
  }

  /** How long the client must wait before trying this user again; empty when it may try now. */
  public Optional<Duration> waitBeforeTrying(String address, String user) {
    long nanos =
        Math.max(
            bucket("user:" + address + "|" + normalized(user), perUser)
                .estimateAbilityToConsume(1)
                .getNanosToWaitForRefill(),
            bucket("address:" + address, perAddress)
                .estimateAbilityToConsume(1)
                .getNanosToWaitForRefill());
    return nanos <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
  }

  public void failed(String address, String user) {
    bucket("user:" + address + "|" + normalized(user), perUser).tryConsume(1);
    bucket("address:" + address, perAddress).tryConsume(1);
    log.warn("Sign-in failed for user '{}' from {}", user, address);
  }

  public void refused(String address, String user, Duration wait) {
    log.warn(
        "Sign-in refused for user '{}' from {}: too many failures, {} s to wait",
        user,
        address,
        wait.toSeconds());
  }

  public void succeeded(String address, String user) {
    log.info("Sign-in of user '{}' from {}", user, address);
  }

  /** What the person reads while they must wait. */
  public static String message(Duration wait) {
    long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    String when =
        seconds < 60
            ? seconds + (seconds == 1 ? " segundo" : " segundos")
            : ((seconds + 59) / 60) + ((seconds + 59) / 60 == 1 ? " minuto" : " minutos");
    return "Demasiados intentos fallidos de inicio de sesión desde su equipo para esta cuenta."
        + " Espere "
        + when
        + " y vuelva a intentarlo; la cuenta sigue disponible desde otros equipos.";
  }

  private synchronized Bucket bucket(String key, Bandwidth limit) {
    return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit).build());
  }

  private static String normalized(String user) {
    return user == null ? "" : user.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
