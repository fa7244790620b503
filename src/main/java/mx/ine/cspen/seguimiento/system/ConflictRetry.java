package mx.ine.cspen.seguimiento.system;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a {@link RetriedOnConflict} service's call again when its transaction lost a race. It wraps
 * the transaction (it runs before Spring's transaction interceptor) and only where the call opens
 * the transaction: inside someone else's transaction a retry would find it spoiled, so the outer
 * caller's answer (409) stands.
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConflictRetry {

  private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

  static final int ATTEMPTS = 4;

  /** PostgreSQL: serialization failure, deadlock, lock not available. */
  private static final Set<String> RACE_STATES = Set.of("40001", "40P01", "55P03");

  @Around("@within(mx.ine.cspen.seguimiento.system.RetriedOnConflict) && execution(public * *(..))")
  Object retry(ProceedingJoinPoint call) throws Throwable {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return call.proceed();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return call.proceed();
      } catch (RuntimeException e) {
        if (!lostARace(e)) {
          throw e;
        }
        if (attempt == ATTEMPTS) {
          log.info("Still losing a race after {} attempts: {}", attempt, e.toString());
          throw new ConflictException(
              "Otras personas están cambiando estos mismos datos en este momento y su cambio no"
                  + " pudo registrarse; no se guardó nada. Consulte el estado actual y vuelva a"
                  + " intentarlo.");
        }
        log.debug("Lost a race (attempt {}), trying again: {}", attempt, e.toString());
        // A short, random pause, so that the two racers do not meet again at once.
        Thread.sleep(ThreadLocalRandom.current().nextLong(5, 40L * attempt));
      }
    }
  }

  static boolean lostARace(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConcurrencyFailureException
          || cause instanceof OptimisticLockingException
          || cause instanceof org.hibernate.exception.LockAcquisitionException
          || cause instanceof jakarta.persistence.OptimisticLockException
          || cause instanceof jakarta.persistence.PessimisticLockException) {
        return true;
      }
      if (cause instanceof SQLException sql && RACE_STATES.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
