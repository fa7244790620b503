package mx.ine.cspen.seguimiento.dashboard;

import static mx.ine.cspen.seguimiento.dashboard.Figures.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The first day: the Secretaría Técnica imports the annex of the report of 17 June 2024, and the
 * dashboard shows the same figures as the API and as that report.
 */
class DashboardAfterImportIT extends PostgresIntegrationTest {

  // Exact totals are compared: a database of its own.
  private static final String OWN_DATABASE =
      EmbeddedPostgresServer.newDatabase("seguimiento_dashboard_import_it");

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> OWN_DATABASE);
  }

  @Test
  void importedSeedAnnexShowsTheReportsFiguresOnTheDashboard() {
    // Given the seed's annex, its row 7 dated as rows 3 to 6 date that session, imported.
    String annex =
        seedAnnex()
            .replace(
                "13/04/2024 Primera sesión ordinaria.", "13/03/2024 Primera sesión ordinaria.");
    Api.Response imported =
        api.post("st", "/api/imports?asOf=2024-05-24", "text/tab-separated-values", annex);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

    // When the Secretaría Técnica opens the dashboard.
    Map<String, String> figures = Figures.of(api.page("st", "/").body());

    // Then: 11, 10 concluded, 1 open, 1/6/4 by session, as the API and the report say.
    JsonNode listed = api.get("st", "/api/commitments").json();
    JsonNode report = api.get("st", "/api/reports/preview?cutoff=2024-05-24").json();
    assertThat(count(figures, "status.total"))
        .isEqualTo(11)
        .isEqualTo(listed.size())
        .isEqualTo(report.get("total").asLong());
    assertThat(count(figures, "status.CONCLUDED"))
        .isEqualTo(10)
        .isEqualTo(report.get("concluded").asLong());
    assertThat(count(figures, "status.IN_PROGRESS"))
        .isEqualTo(1)
        .isEqualTo(report.get("inProgress").asLong());
    // Imported closures were registered and approved at one instant: no days to closure.
    List<String> days =
        figures.entrySet().stream()
            .filter(f -> f.getKey().endsWith(".days"))
            .map(Map.Entry::getValue)
            .toList();
    assertThat(days).isNotEmpty().containsOnly("—");
    JsonNode sessions = api.get("st", "/api/sessions").json();
    assertThat(sessions).hasSize(3);
    long[] expected = {1, 6, 4};
    for (int i = 0; i < 3; i++) {
      long session = sessions.get(i).get("id").asLong();
      assertThat(count(figures, "session." + session + ".total"))
          .isEqualTo(expected[i])
          .isEqualTo(api.get("st", "/api/commitments?sessionId=" + session).json().size())
          .isEqualTo(report.get("sessions").get(i).get("count").asLong());
    }
  }

  private static String seedAnnex() {
    try (InputStream in =
        DashboardAfterImportIT.class.getResourceAsStream("/seed/anexo-cspen-2024-06-17.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
