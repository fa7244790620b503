package mx.ine.cspen.seguimiento.commitment;

import java.time.Instant;
import java.time.LocalDate;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.support.TestUsers;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Commitments in a given state for the fast tests, brought there through the entity's own
 * transitions (as the service does), without a database.
 */
public final class TestCommitments {

  public static final Instant CREATED = Instant.parse("2024-03-13T18:00:00Z");

  private TestCommitments() {}

  /** The first ordinary session of 2024, held on 13 March (id 1). */
  public static CommissionSession session() {
    return session(1L, SessionType.ORDINARY, 1, LocalDate.of(2024, 3, 13));
  }

  /** A registered session, with its id. */
  public static CommissionSession session(long id, SessionType type, int number, LocalDate date) {
    CommissionSession session =
        new CommissionSession(TestUsers.CSPEN, type, number, date, CREATED, "st");
    ReflectionTestUtils.setField(session, "id", id);
    return session;
  }

  /** Registered: in progress with its area, or waiting for one when {@code area} is null. */
  public static Commitment registered(
      long id, String folio, CommissionSession session, String text, Area area) {
    Commitment commitment =
        new Commitment(
            folio, session, CommitmentKind.AGREEMENT, text, null, area, null, CREATED, "st");
    ReflectionTestUtils.setField(commitment, "id", id);
    return commitment;
  }

  /** Its area reported {@code percent}. */
  public static Commitment reported(Commitment commitment, int percent) {
    commitment.recordProgress(percent, false);
    return commitment;
  }

  /** Its area asked for closure at 100 %: the Secretaría Técnica verifies. */
  public static Commitment underVerification(Commitment commitment) {
    commitment.recordProgress(100, true);
    return commitment;
  }

  public static Commitment concluded(Commitment commitment) {
    underVerification(commitment).approveClosure();
    return commitment;
  }

  public static Commitment cancelled(Commitment commitment) {
    commitment.cancel();
    return commitment;
  }

  public static Commitment inProcess(Commitment commitment, String processInstanceId) {
    commitment.attachProcess(processInstanceId);
    return commitment;
  }
}
