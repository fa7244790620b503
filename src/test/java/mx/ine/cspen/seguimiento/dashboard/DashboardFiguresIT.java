package mx.ine.cspen.seguimiento.dashboard;

import static mx.ine.cspen.seguimiento.dashboard.Figures.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard shows the figures the API gives for the same data: the annex of the report of 17
 * June 2024 (11 commitments of three sessions, 10 concluded, 1 open at 75 %), registered through
 * the API as the Secretaría Técnica and the areas would.
 */
class DashboardFiguresIT extends PostgresIntegrationTest {

  // Exact totals are compared, so this application has a database of its own: no other test's
  // commitments may be counted.
  private static final String OWN_DATABASE =
      EmbeddedPostgresServer.newDatabase("seguimiento_dashboard_it");

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> OWN_DATABASE);
  }

  @Test
  void dashboardFiguresEqualTheApisForTheAnnexOfTheSeedReport() {
    // Given the seed's annex: sessions of 09/10/2023, 13/03/2024 and 29/04/2024.
    long tercera = session("EXTRAORDINARY", 3, "2023-10-09");
    long primera = session("ORDINARY", 1, "2024-03-13");
    long cuarta = session("EXTRAORDINARY", 4, "2024-04-29");
    long open = commitment(tercera, "ascenso", ",\"dueDate\":\"2024-06-30\"");
    report(
        open,
        "ascenso",
        "{\"percent\":75,\"narrative\":\"Se continúan los trabajos de análisis.\"}");
    for (String area :
        List.of("planeacion", "planeacion", "desempeno", "sistemas", "formacion", "juridica")) {
      conclude(commitment(primera, area, ""), area);
    }
    for (String area : List.of("ingreso", "ocupaciones", "desempeno", "enlace")) {
      conclude(commitment(cuarta, area, ""), area);
    }

    // When the Secretaría Técnica and an area open the dashboard.
    Map<String, String> secretariat = Figures.of(api.page("st", "/").body());
    Map<String, String> planeacion = Figures.of(api.page("planeacion", "/").body());

    // Then it shows the report's figures: 11, 10 concluded, 1 open, 1/6/4 by session.
    assertThat(count(secretariat, "status.total")).isEqualTo(11);
    assertThat(count(secretariat, "status.CONCLUDED")).isEqualTo(10);
    assertThat(count(secretariat, "status.IN_PROGRESS")).isEqualTo(1);
    assertThat(count(secretariat, "session." + tercera + ".total")).isEqualTo(1);
    assertThat(count(secretariat, "session." + primera + ".total")).isEqualTo(6);
    assertThat(count(secretariat, "session." + cuarta + ".total")).isEqualTo(4);
    assertThat(count(secretariat, "overdue.count")).isEqualTo(1);
    assertThat(secretariat.get("area.planeacion.days")).matches("\\d+\\.\\d");
    assertThat(secretariat.get("area.ascenso.days")).isEqualTo("—");

    // And every figure is the API's for the same user.
    assertFiguresEqualTheApis("st", secretariat, List.of(tercera, primera, cuarta));
    assertFiguresEqualTheApis("planeacion", planeacion, List.of(primera));
    assertThat(count(planeacion, "status.total")).isEqualTo(2);

    // And the annex-like table counts what its filters select, as the API lists it.
    assertThat(matching("/?sesion=" + primera))
        .isEqualTo(6)
        .isEqualTo(list("st", "sessionId=" + primera).size());
    assertThat(matching("/?sesion=" + cuarta + "&estatus=CONCLUDED")).isEqualTo(4);
    assertThat(matching("/?estatus=IN_PROGRESS")).isEqualTo(1);
    assertThat(matching("/?q=direccion+JURIDICA"))
        .isEqualTo(list("st", "areaCode=juridica").size())
        .isEqualTo(1);
  }

  @Test
  void everyChangeShowsAtOnceThoughTheFiguresAreCountedOnlyAfterAChange() {
    long session = session("ORDINARY", 2, "2024-08-15");
    Map<String, String> before = Figures.of(api.page("st", "/").body());

    long registered = commitment(session, "sistemas", "");
    Map<String, String> afterRegistering = Figures.of(api.page("st", "/").body());
    assertThat(count(afterRegistering, "status.total"))
        .isEqualTo(count(before, "status.total") + 1);
    assertThat(count(afterRegistering, "session." + session + ".total")).isEqualTo(1);
    assertThat(pageTotal("")).isEqualTo(count(afterRegistering, "status.total"));

    conclude(registered, "sistemas");
    Map<String, String> afterConcluding = Figures.of(api.page("st", "/").body());
    assertThat(count(afterConcluding, "status.CONCLUDED"))
        .isEqualTo(count(afterRegistering, "status.CONCLUDED") + 1);
    assertThat(pageTotal("&status=CONCLUDED"))
        .isEqualTo(count(afterConcluding, "status.CONCLUDED"));
  }

  /** The total of the list API's pages. */
  private long pageTotal(String filters) {
    return api.get("st", "/api/commitments?page=1&size=5" + filters).json().get("total").asLong();
  }

  private long matching(String path) {
    return count(Figures.of(api.page("st", path).body()), "annex.matching");
  }

  private void assertFiguresEqualTheApis(
      String user, Map<String, String> figures, List<Long> sessions) {
    List<JsonNode> all = list(user, "");
    assertThat(count(figures, "status.total")).as("total").isEqualTo(all.size());
    assertThat(count(figures, "annex.matching")).as("table").isEqualTo(all.size());
    for (CommitmentStatus status : CommitmentStatus.values()) {
      assertThat(count(figures, "status." + status.name()))
          .as(status.name())
          .isEqualTo(list(user, "status=" + status.name()).size());
    }
    for (long session : sessions) {
      List<JsonNode> ofSession = list(user, "sessionId=" + session);
      assertThat(count(figures, "session." + session + ".total")).isEqualTo(ofSession.size());
      assertThat(count(figures, "session." + session + ".open")).isEqualTo(open(ofSession).size());
    }
    for (JsonNode area : api.get(user, "/api/areas").json()) {
      String code = area.get("code").asText();
      List<JsonNode> ofArea = list(user, "areaCode=" + code);
      if (ofArea.isEmpty()) {
        assertThat(figures).doesNotContainKey("area." + code + ".total");
        continue;
      }
      assertThat(count(figures, "area." + code + ".total")).as(code).isEqualTo(ofArea.size());
      assertThat(count(figures, "area." + code + ".open")).as(code).isEqualTo(open(ofArea).size());
      assertThat(count(figures, "area." + code + ".concluded"))
          .as(code)
          .isEqualTo(list(user, "areaCode=" + code + "&status=CONCLUDED").size());
      assertThat(count(figures, "area." + code + ".verification"))
          .as(code)
          .isEqualTo(list(user, "areaCode=" + code + "&status=UNDER_VERIFICATION").size());
    }
    long overdue =
        open(all).stream()
            .filter(c -> !c.path("dueDate").isNull() && !c.path("dueDate").isMissingNode())
            .filter(c -> LocalDate.parse(c.get("dueDate").asText()).isBefore(LocalDate.now()))
            .count();
    assertThat(count(figures, "overdue.count")).as("overdue").isEqualTo(overdue);
  }

  private List<JsonNode> list(String user, String query) {
    Api.Response response =
        api.get(user, "/api/commitments" + (query.isEmpty() ? "" : "?" + query));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    response.json().forEach(items::add);
    return items;
  }

  private static List<JsonNode> open(List<JsonNode> commitments) {
    return commitments.stream()
        .filter(c -> !CommitmentStatus.valueOf(c.get("status").asText()).isClosed())
        .toList();
  }

  private long session(String type, int number, String date) {
    Api.Response response =
        api.post(
            "st",
            "/api/sessions",
            "{\"type\":\"" + type + "\",\"number\":" + number + ",\"date\":\"" + date + "\"}");
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.id();
  }

  private long commitment(long session, String area, String more) {
    Api.Response response =
        api.post(
            "st",
            "/api/commitments",
            "{\"sessionId\":"
                + session
                + ",\"kind\":\"AGREEMENT\",\"areaCode\":\""
                + area
                + "\","
                + "\"text\":\"La Comisión aprobó el proyecto presentado por el área.\""
                + more
                + "}");
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.id();
  }

  private void report(long commitment, String area, String json) {
    Api.Response response = api.post(area, "/api/commitments/" + commitment + "/progress", json);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  private void conclude(long commitment, String area) {
    report(
        commitment,
        area,
        "{\"percent\":100,\"requestClosure\":true,\"narrative\":\"Cumplido; consta en el acuerdo citado.\"}");
    Api.Response response =
        api.post("st", "/api/commitments/" + commitment + "/verification", "{\"approved\":true}");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }
}
