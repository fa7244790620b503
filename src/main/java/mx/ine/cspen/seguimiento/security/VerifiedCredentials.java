package mx.ine.cspen.seguimiento.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Passwords checked a moment ago, so that an API client sending HTTP Basic on every request does
 * not cost a password check and a group query each time. A hit needs the same user and the same
 * password within {@code seguimiento.sign-in.verified-for} (30 s; 0 turns it off); the password is
 * kept only as a salted SHA-256, with a salt drawn when the node starts and never stored.
 *
 * <p>The sign-in rules do not loosen: a wrong password is always checked against the directory (and
 * counted by {@link SignInThrottle}), and forgets what was remembered for that user; any change to
 * users, groups or memberships made through the engine on this node forgets everything ({@code
 * engine/EngineGuard}); other nodes follow within the same 30 s.
 */
@Component
public class VerifiedCredentials {

  /** Bounds the memory: past this many users the expired ones go, or, if none has, all. */
  private static final int MAX_USERS = 10_000;

  private record Verified(byte[] passwordHash, Authentication authentication, Instant until) {}

  private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

  /** Counts the changes to users and groups: what was checked before one is not remembered. */
  private final AtomicLong changes = new AtomicLong();

  private final byte[] salt = new byte[32];
  private final Duration lifetime;
  private final Clock clock;

  VerifiedCredentials(
      @Value("${seguimiento.sign-in.verified-for:PT30S}") Duration lifetime,
      @Value("${seguimiento.directory.enabled:false}") boolean directory,
      Clock clock) {
    this.lifetime = directory ? Duration.ZERO : lifetime;
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  /** The authentication of the user, if this password was verified for them a moment ago. */
  Optional<Authentication> recall(String user, String password) {
    if (lifetime.isZero()) {
      return Optional.empty();
    }
    Verified entry = verified.get(user);
    if (entry == null || !clock.instant().isBefore(entry.until())) {
      return Optional.empty();
    }
    return MessageDigest.isEqual(entry.passwordHash(), hash(password))
        ? Optional.of(entry.authentication())
        : Optional.empty();
  }

  /** What {@link #remember} needs from before the password is checked. */
  long beforeChecking() {
    return changes.get();
  }

  /**
   * The password was just verified for the user, who signs in with these authorities. Nothing is
   * remembered if users or groups changed since {@code checkedAt} ({@link #beforeChecking}): the
   * check may have read them as they were.
   */
  void remember(String user, String password, Authentication authentication, long checkedAt) {
    if (lifetime.isZero() || changes.get() != checkedAt) {
      return;
    }
    if (verified.size() >= MAX_USERS) {
      Instant now = clock.instant();
      verified.values().removeIf(entry -> !now.isBefore(entry.until()));
      if (verified.size() >= MAX_USERS) {
        verified.clear();
      }
    }
    Verified entry = new Verified(hash(password), authentication, clock.instant().plus(lifetime));
    verified.put(user, entry);
    if (changes.get() != checkedAt) {
      verified.remove(user, entry);
    }
  }

  /** A failed sign-in: the user's password is checked again next time. */
  void forget(String user) {
    verified.remove(user);
  }

  /**
   * Users, groups or memberships changed: every password and group is checked again, and again once
   * the change commits when it runs inside a transaction (a check in between read the old).
   */
  public void forgetAll() {
    changes.incrementAndGet();
    verified.clear();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              changes.incrementAndGet();
              verified.clear();
            }
          });
    }
  }

  private byte[] hash(String password) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      return digest.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
