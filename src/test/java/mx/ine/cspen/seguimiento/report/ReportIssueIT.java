package mx.ine.cspen.seguimiento.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import mx.ine.cspen.seguimiento.support.MutableClock;
import mx.ine.cspen.seguimiento.support.MutableClockConfiguration;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import mx.ine.cspen.seguimiento.support.SeedAnnex;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What time does to a report: progress after the cut-off leaves that cut-off's report as it was, an
 * issued report never changes, the next report leaves out what an issued one showed as concluded,
 * and the areas' update tasks before a cut-off.
 */
@Import(MutableClockConfiguration.class)
class ReportIssueIT extends PostgresIntegrationTest {

  private static final String DATABASE = EmbeddedPostgresServer.newDatabase("report_issue_it");
  private static final String SEED_REPORT =
      "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\"2024-06-17\",\"agendaItem\":\"2\",\"cutoff\":\"2024-05-24\"}";
  private static Map<Integer, Long> seed;

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> DATABASE);
  }

  @Autowired MutableClock clock;

  @BeforeEach
  void seedOnce() {
    if (seed == null) {
      seed = SeedAnnex.buildThroughApi(api, clock);
    }
    clock.set(LocalDate.of(2024, 6, 10).atTime(9, 0));
  }

  @Test
  void progressReportedAfterTheCutoffLeavesThatCutoffsReportAsItWas() {
    JsonNode before = api.get("st", "/api/reports/preview?cutoff=2024-05-24").json();

    clock.set(LocalDate.of(2024, 5, 25).atTime(0, 0, 1));
    Api.Response late =
        api.post(
            "ascenso",
            "/api/commitments/" + seed.get(1) + "/progress",
            "{\"percent\":90,\"narrative\":\"Se concluyó el análisis de las disposiciones normativas.\","
                + "\"justification\":\"Corrección del avance informado.\"}");
    clock.set(LocalDate.of(2024, 6, 10).atTime(9, 0));

    assertThat(late.status()).as(late.toString()).isEqualTo(200);
    assertThat(api.get("st", "/api/reports/preview?cutoff=2024-05-24").json()).isEqualTo(before);
    JsonNode after = api.get("st", "/api/reports/preview?cutoff=2024-05-25").json();
    JsonNode row1 = item(after, SeedAnnex.rows().get(0).text());
    assertThat(row1.get("percent").asInt()).isEqualTo(90);
    assertThat(row1.get("progress").asText())
        .isEqualTo("Se concluyó el análisis de las disposiciones normativas.");
  }

  @Test
  void issuedReportKeepsItsBytesAndHashWhateverHappensAfterwards() throws Exception {
    long id = issuedSeedReport();
    JsonNode summary = api.get("consejera", "/api/reports/" + id + "/summary").json();
    assertThat(summary.get("status").asText()).isEqualTo("ISSUED");
    assertThat(summary.get("issuedBy").asText()).isEqualTo("st");
    byte[] json = api.getBinary("consejera", "/api/reports/" + id).body();
    byte[] docx = api.getBinary("consejera", "/api/reports/" + id + ".docx").body();
    Api.Binary pdf = api.getBinary("consejera", "/api/reports/" + id + ".pdf");
    assertThat(sha256(pdf.body()))
        .isEqualTo(fileSha(summary, "PDF"))
        .isEqualTo(pdf.header("X-Content-SHA256"));
    assertThat(sha256(docx)).isEqualTo(fileSha(summary, "DOCX"));
    assertThat(sha256(json)).isEqualTo(fileSha(summary, "JSON"));

    // Later, a correction dated on the cut-off day itself changes what a new computation says…
    clock.set(LocalDate.of(2024, 5, 24).atTime(18, 0));
    api.post(
        "ascenso",
        "/api/commitments/" + seed.get(1) + "/progress",
        "{\"percent\":80,\"narrative\":\"Avance capturado tarde, fechado en la fecha de corte.\","
            + "\"justification\":\"Corrección del avance informado.\"}");
    clock.set(LocalDate.of(2024, 6, 11).atTime(9, 0));
    assertThat(
            item(
                    api.get("st", "/api/reports/preview?cutoff=2024-05-24").json(),
                    SeedAnnex.rows().get(0).text())
                .get("percent")
                .asInt())
        .isEqualTo(80);
    Api.Response issuedAgain = api.post("st", "/api/reports/" + id + "/issue", "{}");
    Api.Response sameCutoff = api.post("st", "/api/reports", SEED_REPORT);

    // …but never the issued report.
    assertThat(api.getBinary("consejera", "/api/reports/" + id).body()).isEqualTo(json);
    assertThat(api.getBinary("consejera", "/api/reports/" + id + ".docx").body()).isEqualTo(docx);
    assertThat(api.getBinary("consejera", "/api/reports/" + id + ".pdf").body())
        .isEqualTo(pdf.body());
    assertThat(api.get("consejera", "/api/reports/" + id + "/summary").json().get("files"))
        .isEqualTo(summary.get("files"));
    assertThat(issuedAgain.status()).isEqualTo(409);
    assertThat(sameCutoff.status()).isEqualTo(409);
    assertThat(sameCutoff.json().get("detail").asText()).contains("fecha de corte posterior");
    assertThat(api.get("consejera", "/api/reports?status=ISSUED").json().findValuesAsText("cutoff"))
        .containsExactly("2024-05-24");
  }

  @Test
  void commitmentShownAsConcludedInAnIssuedReportIsLeftOutOfTheNextOneAndAnOpenOneStays() {
    issuedSeedReport();
    // A commitment of a later session, concluded after the first cut-off: the next report shows it
    // once.
    clock.set(LocalDate.of(2024, 5, 31).atTime(9, 0));
    long session =
        api.post(
                "st",
                "/api/sessions",
                "{\"type\":\"ORDINARY\",\"number\":2,\"date\":\"2024-05-30\"}")
            .id();
    long later =
        api.post(
                "st",
                "/api/commitments",
                "{\"sessionId\":"
                    + session
                    + ",\"kind\":\"AGREEMENT\",\"text\":\"La Comisión aprobó el calendario del segundo semestre.\",\"areaCode\":\"planeacion\"}")
            .id();
    api.post(
        "planeacion",
        "/api/commitments/" + later + "/progress",
        "{\"percent\":100,\"requestClosure\":true,\"narrative\":\"Se publicó el calendario.\"}");
    api.post("st", "/api/commitments/" + later + "/verification", "{\"approved\":true}");
    // Another of that session, captured only after the next cut-off: listed, with nothing recorded
    // by then.
    clock.set(LocalDate.of(2024, 7, 1).atTime(9, 0));
    long captured =
        api.post(
                "st",
                "/api/commitments",
                "{\"sessionId\":"
                    + session
                    + ",\"kind\":\"COMMITMENT\",\"text\":\"Presentar el programa de capacitación.\",\"areaCode\":\"formacion\"}")
            .id();
    api.post(
        "formacion",
        "/api/commitments/" + captured + "/progress",
        "{\"percent\":50,\"narrative\":\"Borrador listo.\"}");

    JsonNode next = api.get("consejera", "/api/reports/preview?cutoff=2024-06-30").json();

    List<String> texts = next.get("items").findValuesAsText("text");
    assertThat(texts)
        .contains(
            SeedAnnex.rows().get(0).text(),
            "La Comisión aprobó el calendario del segundo semestre.");
    SeedAnnex.rows().stream()
        .filter(SeedAnnex.Row::concluded)
        .forEach(row -> assertThat(texts).doesNotContain(row.text()));
    assertThat(next.get("total").asInt()).isEqualTo(texts.size());
    assertThat(next.get("items").get(0).get("number").asInt()).isEqualTo(1);
    assertThat(
            item(next, "La Comisión aprobó el calendario del segundo semestre.")
                .get("status")
                .asText())
        .isEqualTo("Concluido.");
    JsonNode late = item(next, "Presentar el programa de capacitación.");
    assertThat(late.get("status").asText()).isEqualTo("En curso.");
    assertThat(late.get("percent").asInt()).isZero();
    assertThat(late.get("progress").asText())
        .isEqualTo("Sin avance informado a la fecha de corte.");
    assertThat(late.get("area").asText()).isEqualTo("Subdirección de Formación.");
    assertThat(next.get("footnotes")).isEmpty();
    // The issued report itself still lists all eleven.
    assertThat(
            api.get("consejera", "/api/reports/preview?cutoff=2024-05-24")
                .json()
                .get("total")
                .asInt())
        .isEqualTo(11);
  }

  @Test
  void beforeTheCutoffEachAreaWithOpenCommitmentsWorksOnlyItsOwnUpdateTask() {
    clock.reset();
    LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
    Api.Response created =
        api.post(
            "st",
            "/api/reports",
            "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\""
                + today.plusDays(20)
                + "\",\"agendaItem\":\"3\",\"cutoff\":\""
                + today.plusDays(10)
                + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("status").asText()).isEqualTo("UPDATING");
    String businessKey = "INFORME-" + created.id();

    JsonNode ascensoTasks =
        api.get("ascenso", "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
    JsonNode juridicaTasks =
        api.get("juridica", "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
    assertThat(ascensoTasks).hasSize(1);
    assertThat(juridicaTasks).isEmpty();
    String folio =
        api.get("ascenso", "/api/commitments/" + seed.get(1)).json().get("folio").asText();
    JsonNode asked =
        api.get("ascenso", "/api/notifications").json().findParents("subject").stream()
            .filter(
                n -> n.get("subject").asText().startsWith("Actualice el avance de sus compromisos"))
            .findFirst()
            .orElseThrow();
    assertThat(asked.get("subject").asText()).endsWith(SpanishDates.inWords(today.plusDays(10)));
    assertThat(asked.get("body").asText()).contains(folio);
    assertThat(api.get("juridica", "/api/notifications").json().findValuesAsText("subject"))
        .noneMatch(subject -> subject.startsWith("Actualice el avance de sus compromisos"));
    String task = ascensoTasks.get(0).get("id").asText();
    Api.Response notTheirs =
        api.post(
            "juridica",
            "/engine-rest/task/" + task + "/submit-form",
            "{\"variables\":{\"progressUpdated\":{\"value\":true,\"type\":\"Boolean\"}}}");
    Api.Response unchecked =
        api.post(
            "ascenso",
            "/engine-rest/task/" + task + "/submit-form",
            "{\"variables\":{\"progressUpdated\":{\"value\":false,\"type\":\"Boolean\"}}}");
    Api.Response confirmed =
        api.post(
            "ascenso",
            "/engine-rest/task/" + task + "/submit-form",
            "{\"variables\":{\"progressUpdated\":{\"value\":true,\"type\":\"Boolean\"}}}");
    Api.Response tooEarly = api.post("st", "/api/reports/" + created.id() + "/issue", "{}");

    assertThat(notTheirs.status()).isIn(403, 404);
    assertThat(unchecked.status()).isEqualTo(400);
    assertThat(unchecked.json().get("message").asText()).contains("Marque la casilla");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
    assertThat(
            jdbc.queryForObject(
                "select confirmed_by from follow_up_report_area_request where task_id = ?",
                String.class,
                task))
        .isEqualTo("ascenso");
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.json().get("detail").asText()).contains("el borrador se genera entonces");
    // While the areas update, the report reads as it stands now.
    assertThat(api.get("consejera", "/api/reports/" + created.id()).json().get("cutoff").asText())
        .isEqualTo(today.plusDays(10).toString());
  }

  // --- helpers --------------------------------------------------------------------------------

  /** The seed's report (cut-off 24 May 2024), issued through the API once for the class. */
  private long issuedSeedReport() {
    JsonNode issued = api.get("st", "/api/reports?status=ISSUED").json();
    for (JsonNode report : issued) {
      if (report.get("cutoff").asText().equals("2024-05-24")) {
        return report.get("id").asLong();
      }
    }
    Api.Response created = api.post("st", "/api/reports", SEED_REPORT);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Api.Response issue = api.post("st", "/api/reports/" + created.id() + "/issue", "{}");
    assertThat(issue.status()).as(issue.toString()).isEqualTo(200);
    assertThat(issue.json().get("status").asText()).isEqualTo("ISSUED");
    return created.id();
  }

  private static JsonNode item(JsonNode report, String text) {
    for (JsonNode item : report.get("items")) {
      if (item.get("text").asText().equals(text)) {
        return item;
      }
    }
    throw new AssertionError("No item with text " + text);
  }

  private static String fileSha(JsonNode summary, String kind) {
    for (JsonNode file : summary.get("files")) {
      if (file.get("kind").asText().equals(kind)) {
        return file.get("sha256").asText();
      }
    }
    throw new AssertionError("No " + kind + " file in " + summary);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
