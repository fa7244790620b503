package mx.ine.cspen.seguimiento.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dates {@code commitment.bpmn}'s timers and deadline gateways read, by expression: the
 * reminder period comes from configuration, the due date from the commitment itself (the engine
 * keeps no copy of it).
 */
@Component("commitmentTimers")
public class CommitmentTimers {

  private final CommitmentBinding binding;
  private final Clock clock;
  private final String reminderPeriod;

  CommitmentTimers(
      CommitmentBinding binding,
      Clock clock,
      @Value("${seguimiento.reminders.period:P30D}") String reminderPeriod) {
    this.binding = binding;
    this.clock = clock;
    this.reminderPeriod = checked(reminderPeriod);
  }

  /**
   * The reminder's cycle, repeated while the area's progress task stays open: every progress report
   * completes that task and the next task starts the period again.
   */
  public String reminderCycle() {
    return "R/" + reminderPeriod;
  }

  public boolean hasDueDate(DelegateExecution execution) {
    return binding.of(execution).getDueDate() != null;
  }

  /** The due date is the last day to comply: it has passed when the next day begins. */
  public Date escalationAt(DelegateExecution execution) {
    Commitment commitment = binding.of(execution);
    LocalDate dueDate = commitment.getDueDate();
    if (dueDate == null) {
      throw new IllegalStateException("Commitment " + commitment.getFolio() + " has no due date");
    }
    return Date.from(dueDate.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
  }

  /** Whether the commitment has a due date that has not passed yet. */
  public boolean dueDateAhead(DelegateExecution execution) {
    LocalDate dueDate = binding.of(execution).getDueDate();
    return dueDate != null && !dueDate.isBefore(LocalDate.now(clock));
  }

  /**
   * The engine reads ISO 8601 durations (P30D, PT12H); a wrong one stops the start, not a timer.
   */
  private static String checked(String period) {
    try {
      if (DatatypeFactory.newInstance().newDuration(period).getSign() <= 0) {
        throw new IllegalArgumentException("not positive");
      }
      return period;
    } catch (IllegalArgumentException | DatatypeConfigurationException e) {
      throw new IllegalStateException(
          "seguimiento.reminders.period (REMINDER_PERIOD) must be a positive ISO 8601 duration such"
              + " as P30D, not '"
              + period
              + "'",
          e);
    }
  }
}
