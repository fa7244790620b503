package mx.ine.cspen.seguimiento.system;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers remembered for the rest of the current transaction, then forgotten: for a fact that
 * cannot change while the transaction runs, and that many steps of one request ask for (which
 * commitment a process instance belongs to, asked by every listener and routing expression of its
 * model). Outside a transaction nothing is remembered.
 */
public final class TransactionMemo<K, V> {

  private final Object resourceKey = new Object();

  /** The remembered answer, or {@code lookup}'s, remembered when it is not null. */
  public V get(K key, Function<K, V> lookup) {
    Map<K, V> answers = answers();
    if (answers == null) {
      return lookup.apply(key);
    }
    V known = answers.get(key);
    if (known != null) {
      return known;
    }
    V found = lookup.apply(key);
    if (found != null) {
      answers.put(key, found);
    }
    return found;
  }

  /** Remembers an answer learnt otherwise (e.g. a binding made in this transaction). */
  public void remember(K key, V value) {
    Map<K, V> answers = answers();
    if (answers != null) {
      answers.put(key, value);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<K, V> answers() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<K, V> answers = (Map<K, V>) TransactionSynchronizationManager.getResource(resourceKey);
    if (answers == null) {
      answers = new HashMap<>();
      TransactionSynchronizationManager.bindResource(resourceKey, answers);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
            }
          });
    }
    return answers;
  }
}
