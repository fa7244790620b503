package mx.ine.cspen.seguimiento.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.MutableClock;
import mx.ine.cspen.seguimiento.support.MutableClockConfiguration;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The dashboard's average days from registration to the approval of the closure, by area, stay what
 * their definition says over the whole history, approval after approval (the sums are kept and only
 * the new closures added).
 */
@Import(MutableClockConfiguration.class)
class ClosureDaysIT extends PostgresIntegrationTest {

  @Autowired MutableClock clock;

  @Test
  void averageDaysToClosureFollowEachApproval() {
    LocalDateTime start = LocalDateTime.now(MutableClock.ZONE).minusDays(60);

    clock.set(start);
    long first = newCommitment("enlace");
    clock.set(start.plusDays(10).plusHours(6));
    conclude(first);
    assertAverageDaysAsDefined("enlace");

    clock.set(start.plusDays(20));
    long second = newCommitment("enlace");
    clock.set(start.plusDays(24));
    conclude(second);
    assertAverageDaysAsDefined("enlace");

    // Registered and concluded at the same instant: it says nothing about how long closures take.
    long atOnce = newCommitment("enlace");
    conclude(atOnce);
    assertAverageDaysAsDefined("enlace");
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private void conclude(long commitment) {
    Api.Response reported =
        api.post(
            "enlace",
            "/api/commitments/" + commitment + "/progress",
            "{\"percent\":100,\"requestClosure\":true,\"narrative\":\"Cumplido.\"}");
    assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
    Api.Response approved =
        api.post("st", "/api/commitments/" + commitment + "/verification", "{\"approved\":true}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
  }

  /** The dashboard's average for the area against its definition, over the whole history. */
  private void assertAverageDaysAsDefined(String area) {
    Double seconds =
        jdbc.queryForObject(
            "select avg(floor(extract(epoch from d.approved_at)"
                + " - extract(epoch from d.registered_at)))"
                + " from (select c.id,"
                + " min(case when e.event_type = 'REGISTERED' then e.occurred_at end)"
                + " as registered_at,"
                + " max(case when e.event_type = 'CLOSURE_APPROVED' then e.occurred_at end)"
                + " as approved_at"
                + " from commitment c join commitment_event e on e.commitment_id = c.id"
                + " where c.status = 'CONCLUDED' and c.area_code = ?"
                + " and e.event_type in ('REGISTERED', 'CLOSURE_APPROVED') group by c.id) d"
                + " where d.approved_at > d.registered_at",
            Double.class,
            area);
    assertThat(seconds).as("a closure that took time").isNotNull();
    String shown = Figures.of(api.page("st", "/").body()).get("area." + area + ".days");
    assertThat(Double.parseDouble(shown.replace(",", "")))
        .as("days shown for %s", area)
        .isCloseTo(seconds / 86_400.0, Offset.offset(0.051));
  }
}
