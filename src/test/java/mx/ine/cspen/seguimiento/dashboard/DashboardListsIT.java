package mx.ine.cspen.seguimiento.dashboard;

import static mx.ine.cspen.seguimiento.dashboard.Figures.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The lists stay short however many commitments there are: the dashboard's most overdue (like the
 * oldest closure requests and tasks) with the full count and a link to the whole list, and the
 * API's pages, read session by session.
 */
class DashboardListsIT extends PostgresIntegrationTest {

  // Exact counts are compared: a database of its own.
  private static final String OWN_DATABASE =
      EmbeddedPostgresServer.newDatabase("seguimiento_dashboard_lists_it");
  private static final Pattern OVERDUE_ROW =
      Pattern.compile("<td class=\"text-nowrap\"><a href=\"/compromisos/(\\d+)\">");

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> OWN_DATABASE);
  }

  @Test
  void dashboardShowsTheTenMostOverdueWithTheirCountAndLinksToAllOfThem() {
    // Given twelve open commitments of a session of the 1990s whose due dates passed long ago, and
    // one of another
    // area.
    long session = newSession();
    LocalDate held =
        LocalDate.parse(api.get("st", "/api/sessions/" + session).json().get("date").asText());
    List<Long> ascenso = new ArrayList<>();
    for (int day = 1; day <= 12; day++) {
      ascenso.add(overdue(session, "ascenso", held.plusMonths(1).plusDays(day).toString()));
    }
    long juridica = overdue(session, "juridica", held.plusMonths(2).toString());

    // When the Secretaría Técnica and the area open the dashboard.
    String page = api.page("st", "/").body();
    String area = api.page("ascenso", "/").body();

    // Then each sees the count of all its overdue commitments, the ten most overdue, and the
    // link to the table of all of them.
    assertThat(count(Figures.of(page), "overdue.count")).isEqualTo(13);
    assertThat(overdueRows(page)).containsExactlyElementsOf(ascenso.subList(0, 10));
    assertThat(page).contains("href=\"/?vencidos=si#anexo\"");
    assertThat(count(Figures.of(area), "overdue.count")).isEqualTo(12);
    assertThat(area).doesNotContain("/compromisos/" + juridica + "\"");
    Map<String, String> table = Figures.of(api.page("st", "/?vencidos=si").body());
    assertThat(count(table, "annex.matching")).isEqualTo(13);
    assertThat(count(Figures.of(api.page("ascenso", "/?vencidos=si").body()), "annex.matching"))
        .isEqualTo(12);
  }

  @Test
  void theListsPagesFollowTheSessionsDatesWhateverOrderTheyWereRegisteredIn() {
    // Given a session registered after another but held before it, with commitments in both.
    long later = session("ORDINARY", 1, "2001-03-10");
    long earlier = session("ORDINARY", 1, "2000-03-10");
    for (long session : List.of(later, earlier, later, later, earlier, later)) {
      register(session);
    }

    // When the Secretaría Técnica reads the whole list page by page.
    List<Long> paged = new ArrayList<>();
    for (int page = 1; ; page++) {
      var body = api.get("st", "/api/commitments?size=3&page=" + page).json();
      body.get("items").forEach(item -> paged.add(item.get("id").asLong()));
      if (page * 3L >= body.get("total").asLong()) {
        break;
      }
    }

    // Then the pages hold the unpaged list in its order: the earlier session's commitments first.
    List<Long> unpaged = new ArrayList<>();
    api.get("st", "/api/commitments").json().forEach(c -> unpaged.add(c.get("id").asLong()));
    assertThat(paged).containsExactlyElementsOf(unpaged);
    List<Long> sessions = new ArrayList<>();
    api.get("st", "/api/commitments")
        .json()
        .forEach(c -> sessions.add(c.get("sessionId").asLong()));
    assertThat(sessions.indexOf(earlier)).isLessThan(sessions.indexOf(later));
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

  private void register(long session) {
    Api.Response response =
        api.post(
            "st",
            "/api/commitments",
            "{\"sessionId\":"
                + session
                + ",\"kind\":\"AGREEMENT\",\"text\":\"La Comisión aprobó el informe.\""
                + ",\"areaCode\":\"juridica\"}");
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
  }

  private long overdue(long session, String area, String dueDate) {
    Api.Response response =
        api.post(
            "st",
            "/api/commitments",
            "{\"sessionId\":"
                + session
                + ",\"kind\":\"AGREEMENT\",\"text\":\"La Comisión aprobó el proyecto.\""
                + ",\"areaCode\":\""
                + area
                + "\",\"dueDate\":\""
                + dueDate
                + "\"}");
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.id();
  }

  /** The commitments of the "Compromisos vencidos" table, in its order. */
  private static List<Long> overdueRows(String html) {
    String section = html.substring(html.indexOf("id=\"vencidos\""), html.indexOf("id=\"anexo\""));
    List<Long> ids = new ArrayList<>();
    Matcher matcher = OVERDUE_ROW.matcher(section);
    while (matcher.find()) {
      ids.add(Long.parseLong(matcher.group(1)));
    }
    return ids;
  }
}
