package mx.ine.cspen.seguimiento.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.DatabaseSnapshot;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gets a 4xx with a Spanish detail a person can act on, names the field
 * where there is one, and leaves every table (ours and the engine's) exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT extends PostgresIntegrationTest {

  private long session;
  private long inProgress;
  private long underVerification;

  @BeforeEach
  void commitments() {
    if (session == 0) {
      session = newSession();
      inProgress = newCommitment("sistemas");
      api.post(
          "sistemas",
          "/api/commitments/" + inProgress + "/progress",
          "{\"percent\":50,\"narrative\":\"Avance a la mitad.\"}");
      underVerification = newCommitment("sistemas");
      api.post(
          "sistemas",
          "/api/commitments/" + underVerification + "/progress",
          "{\"percent\":100,\"narrative\":\"Cumplido.\",\"requestClosure\":true}");
    }
  }

  record Case(
      String user,
      Function<BadInputIT, String> path,
      String body,
      int status,
      String field,
      String detail) {
    @Override
    public String toString() {
      return body;
    }
  }

  Stream<Arguments> cases() {
    Function<BadInputIT, String> progress = t -> "/api/commitments/" + t.inProgress + "/progress";
    Function<BadInputIT, String> commitments = t -> "/api/commitments";
    Function<BadInputIT, String> sessions = t -> "/api/sessions";
    return Stream.of(
        Arguments.of(
            "percent above 100",
            new Case(
                "sistemas",
                progress,
                "{\"percent\":101,\"narrative\":\"x\"}",
                400,
                "percent",
                "de 0 a 100")),
        Arguments.of(
            "percent below 0",
            new Case(
                "sistemas",
                progress,
                "{\"percent\":-1,\"narrative\":\"x\"}",
                400,
                "percent",
                "de 0 a 100")),
        Arguments.of(
            "fractional percent",
            new Case(
                "sistemas",
                progress,
                "{\"percent\":55.5,\"narrative\":\"x\"}",
                400,
                "percent",
                "número entero")),
        Arguments.of(
            "percent as text",
            new Case(
                "sistemas",
                progress,
                "{\"percent\":\"setenta\",\"narrative\":\"x\"}",
                400,
                "percent",
                "número entero")),
        Arguments.of(
            "percent as numeric text",
            new Case(
                "sistemas",
                progress,
                "{\"percent\":\"60\",\"narrative\":\"x\"}",
                400,
                "percent",
                "número entero")),
        Arguments.of(
            "missing narrative",
            new Case(
                "sistemas", progress, "{\"percent\":60}", 400, "narrative", "Describa el avance")),
        Arguments.of(
            "blank narrative",
            new Case(
                "sistemas",
                progress,
                "{\"percent\":60,\"narrative\":\"   \"}",
                400,
                "narrative",
                "Describa el avance")),
        Arguments.of(
            "lower percent without justification",
            new Case(
                "sistemas",
                progress,
                "{\"percent\":30,\"narrative\":\"Se replanteó.\"}",
                400,
                "justification",
                "de 50 % a 30 %")),
        Arguments.of(
            "closure below 100",
            new Case(
                "sistemas",
                progress,
                "{\"percent\":90,\"narrative\":\"Casi.\",\"requestClosure\":true}",
                400,
                "percent",
                "100 %")),
        Arguments.of(
            "link that is not http(s)",
            new Case(
                "sistemas",
                progress,
                "{\"percent\":60,\"narrative\":\"x\",\"references\":[{\"type\":\"oficio\",\"number\":\"INE/DJ/1/2024\",\"url\":\"javascript:alert(1)\"}]}",
                400,
                "references[0].url",
                "http")),
        Arguments.of(
            "ftp link",
            new Case(
                "sistemas",
                progress,
                "{\"percent\":60,\"narrative\":\"x\",\"references\":[{\"type\":\"oficio\",\"number\":\"INE/DJ/1/2024\",\"url\":\"ftp://ine.mx/a.pdf\"}]}",
                400,
                "references[0].url",
                "http")),
        Arguments.of(
            "unknown document type",
            new Case(
                "sistemas",
                progress,
                "{\"percent\":60,\"narrative\":\"x\",\"references\":[{\"type\":\"memorando\",\"number\":\"1\"}]}",
                400,
                "references[0].type",
                null)),
        Arguments.of(
            "malformed JSON",
            new Case(
                "sistemas", progress, "{\"percent\":60,, \"narrative\":\"x\"}", 400, null, "JSON")),
        Arguments.of(
            "truncated JSON",
            new Case("sistemas", progress, "{\"percent\":60,\"narrat", 400, null, "JSON")),
        Arguments.of("empty body", new Case("sistemas", progress, "", 400, null, "JSON")),
        Arguments.of(
            "verification when nothing awaits it",
            new Case(
                "st",
                t -> "/api/commitments/" + t.inProgress + "/verification",
                "{\"approved\":true}",
                409,
                null,
                "no tiene una solicitud de conclusión por verificar")),
        Arguments.of(
            "progress while under verification",
            new Case(
                "sistemas",
                t -> "/api/commitments/" + t.underVerification + "/progress",
                "{\"percent\":100,\"narrative\":\"Otra vez\"}",
                409,
                null,
                "en verificación")),
        Arguments.of(
            "return without observations",
            new Case(
                "st",
                t -> "/api/commitments/" + t.underVerification + "/verification",
                "{\"approved\":false}",
                400,
                "observations",
                "observaciones")),
        Arguments.of(
            "unknown area",
            new Case("st", commitments, null, 400, "areaCode", "No existe el área")),
        Arguments.of(
            "unknown session",
            new Case(
                "st",
                commitments,
                "{\"sessionId\":999999,\"kind\":\"AGREEMENT\",\"text\":\"x\"}",
                400,
                "sessionId",
                "No existe la sesión")),
        Arguments.of(
            "unknown kind",
            new Case("st", commitments, null, 400, "kind", "AGREEMENT, COMMITMENT")),
        Arguments.of(
            "missing text", new Case("st", commitments, null, 400, "text", "Escriba el texto")),
        Arguments.of(
            "unknown area on assignment",
            new Case(
                "st",
                t -> "/api/commitments/" + t.inProgress + "/assignment",
                "{\"areaCode\":\"tesoreria\"}",
                400,
                "areaCode",
                "No existe el área")),
        Arguments.of(
            "unknown commitment",
            new Case(
                "sistemas",
                t -> "/api/commitments/987654/progress",
                "{\"percent\":60,\"narrative\":\"x\"}",
                404,
                null,
                "No existe el compromiso")),
        Arguments.of(
            "session number out of range",
            new Case(
                "st",
                sessions,
                "{\"type\":\"ORDINARY\",\"number\":0,\"date\":\"2024-01-10\"}",
                400,
                "number",
                "entre 1 y 99")),
        Arguments.of(
            "unknown session type",
            new Case(
                "st",
                sessions,
                "{\"type\":\"ANNUAL\",\"number\":1,\"date\":\"2024-01-10\"}",
                400,
                "type",
                "ORDINARY, EXTRAORDINARY")),
        Arguments.of(
            "unreadable session date",
            new Case(
                "st",
                sessions,
                "{\"type\":\"ORDINARY\",\"number\":1,\"date\":\"13/03/2024\"}",
                400,
                "date",
                "AAAA-MM-DD")),
        Arguments.of(
            "a key sent twice",
            new Case(
                "st",
                sessions,
                "{\"type\":\"ORDINARY\",\"number\":77,\"number\":78,\"date\":\"2024-01-10\"}",
                400,
                "number",
                "más de una vez")),
        Arguments.of(
            "session before 1990",
            new Case(
                "st",
                sessions,
                "{\"type\":\"ORDINARY\",\"number\":1,\"date\":\"-999999999-01-01\"}",
                400,
                "date",
                "fuera del intervalo")),
        Arguments.of(
            "session in the year 0",
            new Case(
                "st",
                sessions,
                "{\"type\":\"ORDINARY\",\"number\":1,\"date\":\"0000-01-01\"}",
                400,
                "date",
                "fuera del intervalo")),
        Arguments.of(
            "due date in the year 999999999",
            new Case(
                "st",
                commitments,
                "{\"sessionId\":{session},\"kind\":\"AGREEMENT\",\"text\":\"x\","
                    + "\"dueDate\":\"+999999999-12-31\"}",
                400,
                "dueDate",
                "fuera del intervalo")),
        Arguments.of(
            "due date changed to the year 999999999",
            new Case(
                "st",
                t -> "/api/commitments/" + t.inProgress + "/due-date",
                "{\"dueDate\":\"+999999999-12-31\"}",
                400,
                "dueDate",
                "fuera del intervalo")),
        Arguments.of(
            "a number where a text is expected",
            new Case(
                "st",
                commitments,
                "{\"sessionId\":{session},\"kind\":\"AGREEMENT\",\"text\":12}",
                400,
                "text",
                "un texto")),
        Arguments.of(
            "a number as the reason of a cancellation",
            new Case(
                "st",
                t -> "/api/commitments/" + t.inProgress + "/cancellation",
                "{\"reason\":123}",
                400,
                "reason",
                "un texto")),
        Arguments.of(
            "a report cut off in the year 0",
            new Case(
                "st",
                t -> "/api/reports",
                "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\"2024-06-17\","
                    + "\"agendaItem\":\"2\",\"cutoff\":\"0000-05-24\"}",
                400,
                "cutoff",
                "fuera del intervalo")),
        Arguments.of(
            "a stale If-Match",
            new Case(
                "sistemas",
                progress,
                "{\"percent\":60,\"narrative\":\"x\"}",
                412,
                null,
                "cambió desde que lo consultó")),
        Arguments.of(
            "session in the future",
            new Case(
                "st",
                sessions,
                "{\"type\":\"ORDINARY\",\"number\":1,\"date\":\"2099-01-10\"}",
                400,
                "date",
                "posterior a hoy")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputIsRefusedWithASpanishMessageAndChangesNothing(String name, Case given) {
    String body =
        given.body() != null
            ? given.body().replace("{session}", String.valueOf(session))
            : switch (given.field()) {
              case "areaCode" ->
                  "{\"sessionId\":"
                      + session
                      + ",\"kind\":\"AGREEMENT\",\"text\":\"x\",\"areaCode\":\"tesoreria\"}";
              case "kind" -> "{\"sessionId\":" + session + ",\"kind\":\"PROMISE\",\"text\":\"x\"}";
              case "text" -> "{\"sessionId\":" + session + ",\"kind\":\"AGREEMENT\"}";
              default -> throw new IllegalArgumentException(given.field());
            };
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    Api.Response response =
        given.status() == 412
            ? api.send(given.user(), "POST", given.path().apply(this), body, "\"1\"")
            : api.post(given.user(), given.path().apply(this), body);

    assertThat(response.status()).as(response.toString()).isEqualTo(given.status());
    assertThat(response.contentType()).startsWith("application/problem+json");
    if (given.field() != null) {
      assertThat(response.json().get("field").asText()).isEqualTo(given.field());
    }
    if (given.detail() != null) {
      assertThat(response.json().get("detail").asText()).contains(given.detail());
    }
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }
}
