package mx.ine.cspen.seguimiento.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The Secretaría Técnica registers several commitments of one session at the same moment (two
 * people, a double click, a script): each gets its own folio, the folios follow one another with no
 * gap, and nobody gets an error, even for the first commitments of a year, whose counter does not
 * exist yet.
 */
class ConcurrentRegistrationIT extends PostgresIntegrationTest {

  private static final int AT_ONCE = 6;

  @RepeatedTest(3)
  void simultaneousRegistrationsGetConsecutiveFolios(RepetitionInfo repetition) {
    // A year no other test registers in: its folio counter is created by these registrations.
    int year = 2005 + repetition.getCurrentRepetition();
    Api.Response session =
        api.post(
            "st",
            "/api/sessions",
            "{\"type\":\"ORDINARY\",\"number\":1,\"date\":\"" + LocalDate.of(year, 3, 4) + "\"}");
    assertThat(session.status()).as(session.toString()).isEqualTo(201);
    long sessionId = session.id();
    List<Api.Response> answers =
        atOnce(
            IntStream.rangeClosed(1, AT_ONCE)
                .<Supplier<Api.Response>>mapToObj(
                    i ->
                        () ->
                            api.post(
                                "st",
                                "/api/commitments",
                                "{\"sessionId\":"
                                    + sessionId
                                    + ",\"kind\":\"AGREEMENT\",\"text\":\"Acuerdo número "
                                    + i
                                    + " de la sesión.\",\"areaCode\":\"ingreso\"}"))
                .toList());

    assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
    List<String> folios = answers.stream().map(r -> r.json().get("folio").asText()).toList();
    assertThat(folios)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, AT_ONCE)
                .mapToObj(n -> String.format("CSPEN-%d-%03d", year, n))
                .toList());
    // Each folio is its commitment's, in our table and as its process's business key.
    assertThat(
            jdbc.queryForObject(
                "select count(*) from commitment c join act_ru_execution e"
                    + " on e.id_ = c.process_instance_id and e.business_key_ = c.folio"
                    + " where c.session_id = ?",
                Integer.class,
                sessionId))
        .isEqualTo(AT_ONCE);
  }
}
