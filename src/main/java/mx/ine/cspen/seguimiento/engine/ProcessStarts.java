package mx.ine.cspen.seguimiento.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The record whose process this thread is starting. A service that starts a process for one of its
 * records (a commitment, a report) names it here; the process's start listener then binds the new
 * instance to that record, in the same transaction. Any other start of the process is a start
 * form's submission, handled as such. (Processes carry no variable naming their record: a caller
 * could write one.) The service names the engine tenant of the record's commission too, which the
 * new instance carries.
 */
public final class ProcessStarts {

  private record Start(String processKey, long recordId, String tenantId) {}

  private static final ThreadLocal<Deque<Start>> STARTS = ThreadLocal.withInitial(ArrayDeque::new);

  private ProcessStarts() {}

  /**
   * Runs {@code start}, which starts a process of {@code processKey} for the record, in the tenant
   * of the record's commission.
   */
  public static <T> T starting(
      String processKey, long recordId, String tenantId, Supplier<T> start) {
    Deque<Start> starts = STARTS.get();
    starts.push(new Start(processKey, recordId, tenantId));
    try {
      return start.get();
    } finally {
      starts.pop();
    }
  }

  /** The record whose process of {@code processKey} this thread is starting, if any. */
  public static Optional<Long> pending(String processKey) {
    Deque<Start> starts = STARTS.get();
    return starts.stream()
        .filter(start -> Objects.equals(start.processKey(), processKey))
        .map(Start::recordId)
        .findFirst();
  }

  /** The tenant of the record whose process of {@code processKey} this thread is starting. */
  public static Optional<String> pendingTenant(String processKey) {
    Deque<Start> starts = STARTS.get();
    return starts.stream()
        .filter(start -> Objects.equals(start.processKey(), processKey))
        .map(Start::tenantId)
        .filter(Objects::nonNull)
        .findFirst();
  }
}
