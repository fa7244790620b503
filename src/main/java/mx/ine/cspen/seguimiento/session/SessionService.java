package mx.ine.cspen.seguimiento.session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.InputValidator;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import mx.ine.cspen.seguimiento.system.RetriedOnConflict;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RetriedOnConflict
public class SessionService {

  private final SessionRepository sessions;
  private final SessionCorrectionRepository corrections;
  private final ApplicationEventPublisher events;
  private final InputValidator validator;
  private final Clock clock;
  private final Commissions commissions;

  SessionService(
      SessionRepository sessions,
      SessionCorrectionRepository corrections,
      ApplicationEventPublisher events,
      InputValidator validator,
      Clock clock,
      Commissions commissions) {
    this.sessions = sessions;
    this.corrections = corrections;
    this.events = events;
    this.validator = validator;
    this.clock = clock;
    this.commissions = commissions;
  }

  /** Registers a session; the same type and number in the same year is refused. */
  @Transactional
  public CommissionSession register(RegisterSession command, CurrentUser user) {
    RoleChecks.requireSecretariat(user, "registra sesiones");
    validator.check(command);
    checkNotInFuture(command.date(), "date");
    sessions
        .findByCommissionIdAndTypeAndNumberAndYear(
            user.acting(), command.type(), command.number(), command.date().getYear())
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "La "
                      + existing.label()
                      + " de "
                      + existing.getYear()
                      + " ya está registrada (fecha "
                      + SpanishDates.numeric(existing.getDate())
                      + ", id "
                      + existing.getId()
                      + ").");
            });
    return sessions.save(
        new CommissionSession(
            user.acting(),
            command.type(),
            command.number(),
            command.date(),
            clock.instant(),
            user.id()));
  }

  /**
   * The session with this type and number in the date's year, registered now if it is new. A
   * registered session with another date is a mistake in the input, reported on {@code dateField}.
   */
  @Transactional
  public CommissionSession findOrRegister(
      RegisterSession command, String dateField, CurrentUser user) {
    RoleChecks.requireSecretariat(user, "registra sesiones");
    validator.check(command);
    checkNotInFuture(command.date(), dateField);
    return sessions
        .findByCommissionIdAndTypeAndNumberAndYear(
            user.acting(), command.type(), command.number(), command.date().getYear())
        .map(
            existing -> {
              if (!existing.getDate().equals(command.date())) {
                throw new InvalidInputException(
                    dateField,
                    "La "
                        + existing.label()
                        + " de "
                        + existing.getYear()
                        + " está registrada con fecha "
                        + SpanishDates.numeric(existing.getDate())
                        + ", no "
                        + SpanishDates.numeric(command.date())
                        + ".");
              }
              return existing;
            })
        .orElseGet(
            () ->
                sessions.save(
                    new CommissionSession(
                        user.acting(),
                        command.type(),
                        command.number(),
                        command.date(),
                        clock.instant(),
                        user.id())));
  }

  /**
   * Corrects a session's type, number or date. Its commitments refer to it, so they all follow (and
   * the report places them by the corrected date); each records the correction in its history. The
   * same data again changes nothing.
   */
  @Transactional
  public CommissionSession correct(long id, CorrectSession command, CurrentUser user) {
    RoleChecks.requireSecretariatOfAny(user, "corrige las sesiones");
    validator.check(command);
    CommissionSession session = get(id, user);
    RoleChecks.requireSecretariatOf(
        session.getCommissionId(),
        user,
        "corrige sus sesiones",
        () -> commissions.get(session.getCommissionId()).getShortName());
    SessionType type = command.type() == null ? session.getType() : command.type();
    int number = command.number() == null ? session.getNumber() : command.number();
    LocalDate date = command.date() == null ? session.getDate() : command.date();
    if (type == session.getType()
        && number == session.getNumber()
        && date.equals(session.getDate())) {
      return session;
    }
    checkNotInFuture(date, "date");
    sessions
        .findByCommissionIdAndTypeAndNumberAndYear(
            session.getCommissionId(), type, number, date.getYear())
        .filter(other -> !other.getId().equals(session.getId()))
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "Ya está registrada la "
                      + other.label()
                      + " de "
                      + other.getYear()
                      + " (fecha "
                      + SpanishDates.numeric(other.getDate())
                      + ", id "
                      + other.getId()
                      + "). Si es la misma sesión, corrija sus compromisos para que la refieran.");
            });
    SessionType typeBefore = session.getType();
    int numberBefore = session.getNumber();
    LocalDate dateBefore = session.getDate();
    String labelBefore = session.annexLabel();
    session.correct(type, number, date);
    String reason = command.reason().strip();
    corrections.save(
        new SessionCorrection(
            session, typeBefore, numberBefore, dateBefore, clock.instant(), user.id(), reason));
    events.publishEvent(new SessionCorrected(session, labelBefore, reason, user));
    return session;
  }

  @Transactional(readOnly = true)
  public List<SessionCorrection> corrections(long id, CurrentUser user) {
    return corrections.findBySessionOrderByOccurredAtAscIdAsc(get(id, user));
  }

  /**
   * The sessions of the commission the person works in; of every commission for readers of all who
   * look at all of them at once.
   */
  @Transactional(readOnly = true)
  public List<CommissionSession> list(CurrentUser user) {
    if (user.acting() != null) {
      return sessions.findByCommissionIdInOrderByDateAscIdAsc(List.of(user.acting()));
    }
    return user.readsEveryCommission() ? sessions.findAllByOrderByDateAscIdAsc() : List.of();
  }

  /** A session of a commission the person belongs to (another's does not exist for them). */
  @Transactional(readOnly = true)
  public CommissionSession get(long id, CurrentUser user) {
    return sessions
        .findById(id)
        .filter(session -> user.reads(session.getCommissionId()))
        .orElseThrow(() -> new NotFoundException("No existe la sesión con id " + id + "."));
  }

  private void checkNotInFuture(LocalDate date, String field) {
    if (date.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException(
          field,
          "La fecha de la sesión no puede ser posterior a hoy: los compromisos se registran"
              + " después de la sesión en que se adoptan.");
    }
  }
}
