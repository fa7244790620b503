package mx.ine.cspen.seguimiento.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Figures counted once and reused for requests that ask the same question of the same data: the key
 * carries a mark of the data they were counted at (such as {@code CommitmentChanges.Mark}), so a
 * change gives a new key. Entries also expire after a minute (for what the mark does not follow, an
 * area renamed by an administrator say), and the map is emptied when it holds more than a few
 * hundred questions.
 */
public final class CountedFigures<K, V> {

  private static final Duration KEPT = Duration.ofMinutes(1);
  private static final int MAX_ENTRIES = 500;

  private record Counted<V>(V value, long at) {}

  private final Map<K, Counted<V>> counted = new ConcurrentHashMap<>();

  /** A figure counted along with another, so that asking for it later needs no count of its own. */
  public void put(K key, V value) {
    if (counted.size() >= MAX_ENTRIES) {
      counted.clear();
    }
    counted.put(key, new Counted<>(value, System.nanoTime()));
  }

  public V get(K key, Supplier<V> count) {
    long now = System.nanoTime();
    Counted<V> known = counted.get(key);
    if (known != null && now - known.at() < KEPT.toNanos()) {
      return known.value();
    }
    V value = count.get();
    put(key, value);
    return value;
  }
}
