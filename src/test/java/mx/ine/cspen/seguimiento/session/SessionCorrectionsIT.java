package mx.ine.cspen.seguimiento.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.DatabaseSnapshot;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A session's agreements registered at once, and the Secretaría Técnica's corrections of
 * commitments and sessions, through the HTTP API: all or nothing, recorded in the history with who
 * and when, and followed by the report.
 */
class SessionCorrectionsIT extends PostgresIntegrationTest {

  /**
   * Ordinary sessions early in 1990: the other tests register theirs from 20 May 1990 on, so a
   * report cut off before that date holds only this class's commitments.
   */
  private static final AtomicInteger ORDINARY_EARLY_1990 = new AtomicInteger();

  @Test
  void aSessionsAgreementsAreRegisteredAtOnceEachWithItsProcess() {
    long session = newSession();

    Api.Response response =
        api.post(
            "st",
            "/api/sessions/" + session + "/commitments",
            """
            [{"kind":"AGREEMENT","text":"Primer acuerdo.","areaCode":"ascenso"},
             {"kind":"COMMITMENT","text":"Segundo compromiso.","proposer":"Consejera Zavala"},
             {"kind":"AGREEMENT","text":"Tercer acuerdo.","areaCode":"juridica",
              "dueDate":"2099-01-31"}]
            """);

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    JsonNode created = response.json();
    assertThat(created).hasSize(3);
    assertThat(created.get(0).get("folio").asText()).startsWith("CSPEN-");
    assertThat(created.get(0).get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(created.get(1).get("status").asText()).isEqualTo("UNASSIGNED");
    assertThat(created.get(1).get("proposer").asText()).isEqualTo("Consejera Zavala");
    assertThat(created.get(2).get("dueDate").asText()).isEqualTo("2099-01-31");
    for (JsonNode c : created) {
      assertThat(processOf(c.get("id").asLong())).isNotNull();
    }
    assertThat(api.get("st", "/api/commitments?sessionId=" + session).json()).hasSize(3);
  }

  @Test
  void oneBadRowRegistersNothingAndEachProblemNamesItsRow() {
    long session = newSession();
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    Api.Response response =
        api.post(
            "st",
            "/api/sessions/" + session + "/commitments",
            """
            [{"kind":"AGREEMENT","text":"Un acuerdo correcto.","areaCode":"ascenso"},
             {"kind":"AGREEMENT","text":"  ","areaCode":"inexistente"},
             {"text":"Sin tipo.","dueDate":"1900-01-01"}]
            """);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode errors = response.json().get("errors");
    assertThat(fields(errors))
        .contains("[1].text", "[1].areaCode", "[2].kind", "[2].dueDate")
        .doesNotContain("[0].text", "[0].areaCode");
    assertThat(response.json().get("detail").asText())
        .contains("Fila 2: Escriba el texto", "Fila 2: No existe el área «inexistente»")
        .contains("Fila 3: Indique si es un acuerdo");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void onlyTheSecretariatRegistersAndCorrects() {
    long session = newSession();
    long id = newCommitment("ascenso");
    String row = "[{\"kind\":\"AGREEMENT\",\"text\":\"Acuerdo.\"}]";
    String correction = "{\"text\":\"Otro texto.\",\"reason\":\"Errata.\"}";
    for (String user : new String[] {"consejera", "ascenso", "admin"}) {
      assertThat(api.post(user, "/api/sessions/" + session + "/commitments", row).status())
          .as(user)
          .isEqualTo(403);
      assertThat(api.post(user, "/api/commitments/" + id + "/correction", correction).status())
          .as(user)
          .isEqualTo(403);
      assertThat(
              api.post(
                      user,
                      "/api/sessions/" + session + "/correction",
                      "{\"number\":98,\"reason\":\"Errata.\"}")
                  .status())
          .as(user)
          .isEqualTo(403);
    }
    assertThat(api.anonymous("POST", "/api/commitments/" + id + "/correction").status())
        .isEqualTo(401);
  }

  @Test
  void aCorrectedTextIsRecordedWithBeforeAndAfterAndTheReportShowsIt() {
    long session = ordinarySession1990(2, 10);
    long id = register(session, "La Comision aprobo el informe.", "ascenso");

    Api.Response response =
        api.post(
            "st",
            "/api/commitments/" + id + "/correction",
            """
            {"text":"La Comisión aprobó el informe.","kind":"COMMITMENT",
             "proposer":"Consejera Zavala","reason":"Faltaban los acentos."}
            """);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode detail = response.json();
    assertThat(detail.get("text").asText()).isEqualTo("La Comisión aprobó el informe.");
    assertThat(detail.get("kind").asText()).isEqualTo("COMMITMENT");
    assertThat(detail.get("status").asText()).isEqualTo("IN_PROGRESS");
    JsonNode corrected = last(detail.get("history"));
    assertThat(corrected.get("type").asText()).isEqualTo("CORRECTED");
    assertThat(corrected.get("actor").asText()).isEqualTo("st");
    assertThat(corrected.get("occurredAt").asText()).isNotBlank();
    assertThat(corrected.get("note").asText()).isEqualTo("Faltaban los acentos.");
    JsonNode changes = corrected.get("changes");
    assertThat(changes).hasSize(3);
    assertThat(changes.get(0).get("field").asText()).isEqualTo("TEXT");
    assertThat(changes.get(0).get("before").asText()).isEqualTo("La Comision aprobo el informe.");
    assertThat(changes.get(0).get("after").asText()).isEqualTo("La Comisión aprobó el informe.");
    assertThat(changes.get(1).get("field").asText()).isEqualTo("PROPOSER");
    assertThat(changes.get(1).get("before").isNull()).isTrue();
    assertThat(changes.get(2).get("before").asText()).isEqualTo("Acuerdo");
    assertThat(changes.get(2).get("after").asText()).isEqualTo("Compromiso");

    JsonNode item = reportItem("1990-02-28", id);
    assertThat(item.get("text").asText()).isEqualTo("La Comisión aprobó el informe.");
  }

  @Test
  void aCorrectionWithoutReasonOrToAnUnknownSessionChangesNothing() {
    long id = newCommitment("ascenso");
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    Api.Response noReason =
        api.post("st", "/api/commitments/" + id + "/correction", "{\"text\":\"Otro.\"}");
    Api.Response emptyText =
        api.post(
            "st", "/api/commitments/" + id + "/correction", "{\"text\":\" \",\"reason\":\"x\"}");
    Api.Response unknownSession =
        api.post(
            "st",
            "/api/commitments/" + id + "/correction",
            "{\"sessionId\":999999,\"reason\":\"Sesión equivocada.\"}");

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
    assertThat(noReason.json().get("detail").asText()).contains("motivo");
    assertThat(emptyText.json().get("field").asText()).isEqualTo("text");
    assertThat(unknownSession.status()).isEqualTo(400);
    assertThat(unknownSession.json().get("field").asText()).isEqualTo("sessionId");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void aCorrectedSessionDateMovesItsCommitmentsInTheReport() {
    long session = ordinarySession1990(3, 10);
    long id = register(session, "Acuerdo de la sesión con fecha equivocada.", "juridica");
    assertThat(reportItem("1990-03-15", id)).isNotNull();

    Api.Response response =
        api.post(
            "st",
            "/api/sessions/" + session + "/correction",
            "{\"date\":\"1990-03-20\",\"reason\":\"El acta dice 20 de marzo.\"}");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().get("date").asText()).isEqualTo("1990-03-20");
    assertThat(reportItem("1990-03-15", id)).as("before the corrected date").isNull();
    JsonNode item = reportItem("1990-03-25", id);
    assertThat(item.get("session").asText()).startsWith("20/03/1990 ");
    JsonNode history = api.get("st", "/api/commitments/" + id).json().get("history");
    JsonNode corrected = last(history);
    assertThat(corrected.get("type").asText()).isEqualTo("SESSION_CORRECTED");
    assertThat(corrected.get("note").asText()).isEqualTo("El acta dice 20 de marzo.");
    assertThat(corrected.get("changes").get(0).get("before").asText()).startsWith("10/03/1990 ");
    assertThat(corrected.get("changes").get(0).get("after").asText()).startsWith("20/03/1990 ");
  }

  @Test
  void aSessionCannotBeCorrectedIntoAnotherRegisteredOne() {
    long first = ordinarySession1990(4, 1);
    long second = ordinarySession1990(4, 2);
    int number = api.get("st", "/api/sessions/" + first).json().get("number").asInt();
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    Api.Response response =
        api.post(
            "st",
            "/api/sessions/" + second + "/correction",
            "{\"number\":" + number + ",\"reason\":\"Número equivocado.\"}");

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().get("detail").asText()).contains("Ya está registrada");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void aReassignmentRecordsItsReasonAndWorksWithoutOne() {
    long id = newCommitment("ascenso");

    Api.Response withReason =
        api.post(
            "st",
            "/api/commitments/" + id + "/assignment",
            "{\"areaCode\":\"juridica\",\"reason\":\"Es un asunto normativo.\"}");
    Api.Response without =
        api.post("st", "/api/commitments/" + id + "/assignment", "{\"areaCode\":\"ascenso\"}");

    assertThat(withReason.status()).isEqualTo(200);
    assertThat(without.status()).isEqualTo(200);
    JsonNode history = without.json().get("history");
    JsonNode first = history.get(history.size() - 2);
    assertThat(first.get("type").asText()).isEqualTo("REASSIGNED");
    assertThat(first.get("note").asText()).isEqualTo("Es un asunto normativo.");
    assertThat(last(history).get("note").isNull()).isTrue();
  }

  @Test
  void aPastDueDateIsRegisteredWithAWarning() {
    long session = newSession();

    Api.Response response =
        api.post(
            "st",
            "/api/commitments",
            "{\"sessionId\":"
                + session
                + ",\"kind\":\"AGREEMENT\",\"text\":\"Vencido.\",\"areaCode\":\"ascenso\","
                + "\"dueDate\":\"2000-01-31\"}");

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json().get("warnings").get(0).asText())
        .contains("31/01/2000 ya pasó", "vencido");
  }

  // --- Helpers ---------------------------------------------------------------------------------

  private long ordinarySession1990(int month, int day) {
    Api.Response response =
        api.post(
            "st",
            "/api/sessions",
            "{\"type\":\"ORDINARY\",\"number\":"
                + ORDINARY_EARLY_1990.incrementAndGet()
                + ",\"date\":\"1990-"
                + String.format("%02d-%02d", month, day)
                + "\"}");
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.id();
  }

  private long register(long session, String text, String area) {
    Api.Response response =
        api.post(
            "st",
            "/api/sessions/" + session + "/commitments",
            "[{\"kind\":\"AGREEMENT\",\"text\":\"" + text + "\",\"areaCode\":\"" + area + "\"}]");
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().get(0).get("id").asLong();
  }

  /** The report's row for the commitment as of the cut-off, or null when it is not listed. */
  private JsonNode reportItem(String cutoff, long id) {
    String text = api.get("st", "/api/commitments/" + id).json().get("text").asText();
    JsonNode items =
        api.get("consejera", "/api/reports/preview?cutoff=" + cutoff).json().get("items");
    return StreamSupport.stream(items.spliterator(), false)
        .filter(i -> i.get("text").asText().equals(text))
        .findFirst()
        .orElse(null);
  }

  private String processOf(long id) {
    return jdbc.queryForObject(
        "select process_instance_id from commitment where id = ?", String.class, id);
  }

  private static JsonNode last(JsonNode array) {
    return array.get(array.size() - 1);
  }

  private static java.util.List<String> fields(JsonNode errors) {
    return StreamSupport.stream(errors.spliterator(), false)
        .map(e -> e.get("field").asText())
        .toList();
  }
}
