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
 * could write one.)
 */
public final class ProcessStarts {

  private record Start(String processKey, long recordId) {}

  private static final ThreadLocal<Deque<Start>> STARTS = ThreadLocal.withInitial(ArrayDeque::new);

  private ProcessStarts() {}

  /** Runs {@code start}, which starts a process of {@code processKey} for the record. */
  public static <T> T starting(String processKey, long recordId, Supplier<T> start) {
    Deque<Start> starts = STARTS.get();
    starts.push(new Start(processKey, recordId));
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
}
