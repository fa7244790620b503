package mx.ine.cspen.seguimiento.commitment;

import java.util.ArrayList;
import java.util.List;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.session.RegisterSession;
import mx.ine.cspen.seguimiento.session.SessionService;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new session registered together with its agreements and commitments, as the Secretaría Técnica
 * captures them from the minutes: all or nothing, with every problem of the session and of each row
 * reported at once.
 */
@Service
public class SessionIntake {

  private final SessionService sessions;
  private final CommitmentRegistry commitments;

  SessionIntake(SessionService sessions, CommitmentRegistry commitments) {
    this.sessions = sessions;
    this.commitments = commitments;
  }

  public record Registered(CommissionSession session, List<Commitment> commitments) {}

  @Transactional
  public Registered register(
      RegisterSession session, List<SessionCommitment> rows, CurrentUser user) {
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    try {
      if (user.acting() != null) {
        commitments.checkRows(null, user.acting(), rows);
      }
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    CommissionSession registered = null;
    try {
      registered = sessions.register(session, user);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    } catch (ConflictException e) {
      problems.add(new InvalidInputException.FieldProblem("number", e.getMessage()));
    }
    if (!problems.isEmpty()) {
      // Rolls back the session, if it was registered.
      throw new InvalidInputException(problems);
    }
    return new Registered(registered, commitments.registerAll(registered.getId(), rows, user));
  }
}
