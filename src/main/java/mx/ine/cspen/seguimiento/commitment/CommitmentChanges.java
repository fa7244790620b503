package mx.ine.cspen.seguimiento.commitment;

import java.util.concurrent.atomic.AtomicLong;
import mx.ine.cspen.seguimiento.system.TransactionMemo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether commitments or sessions may have changed since a figure was counted: a {@link Mark} that
 * moves with every change. Every change to a commitment is an event of its history; the mark holds
 * the latest event, session and session correction in the database (changes made on any node), and
 * a count of this node's committed history writes (a change whose event got a lower number than one
 * already committed, two transactions at once, moves it too).
 */
@Component
public class CommitmentChanges {

  /** What the figures were counted against; equal marks, nothing changed in between. */
  public record Mark(
      long committedHere, long latestEvent, long latestSession, long latestCorrection) {}

  private final AtomicLong committedHere = new AtomicLong();
  private final TransactionMemo<Boolean, Mark> readOnce = new TransactionMemo<>();
  private final JdbcTemplate jdbc;

  CommitmentChanges(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The mark now: three look-ups of a primary key's highest value, made once per read-only
   * transaction (a page asks for several counts; a transaction that writes asks anew each time).
   */
  public Mark mark() {
    if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      return readOnce.get(Boolean.TRUE, ignored -> markNow());
    }
    return markNow();
  }

  private Mark markNow() {
    long here = committedHere.get();
    return new Mark(
        here,
        latest("commitment_event"),
        latest("commission_session"),
        latest("session_correction"));
  }

  private long latest(String table) {
    Long id = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
    return id == null ? 0 : id;
  }

  /** The history was written: once the transaction ends, the mark moves. */
  void recorded() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      committedHere.incrementAndGet();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            committedHere.incrementAndGet();
          }
        });
  }
}
