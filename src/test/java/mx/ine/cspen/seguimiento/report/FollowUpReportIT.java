package mx.ine.cspen.seguimiento.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.DatabaseSnapshot;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import mx.ine.cspen.seguimiento.support.MutableClock;
import mx.ine.cspen.seguimiento.support.MutableClockConfiguration;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import mx.ine.cspen.seguimiento.support.SeedAnnex;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The report of the seed's data (the annex presented on 17 June 2024, built through the API with
 * every step dated before the 24 May 2024 cut-off): its JSON, its DOCX and PDF read back, who may
 * read and prepare it, and bad requests. Nothing here is issued, so every test sees the seed's
 * report unchanged.
 */
@Import(MutableClockConfiguration.class)
class FollowUpReportIT extends PostgresIntegrationTest {

  // Its own database: a report counts every commitment, so other classes' data must not mix in.
  private static final String DATABASE = EmbeddedPostgresServer.newDatabase("report_seed_it");
  private static Map<Integer, Long> seed;

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> DATABASE);
  }

  @Autowired MutableClock clock;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void seedOnce() {
    if (seed == null) {
      seed = SeedAnnex.buildThroughApi(api, clock);
    }
    clock.set(LocalDate.of(2024, 6, 10).atTime(9, 0));
  }

  @Test
  void seedReportAsOfTheCutoffStatesTheSeedsCountsSessionsRowsAndFootnotes() {
    Api.Response response = api.get("consejera", "/api/reports/preview?cutoff=2024-05-24");

    assertThat(response.status()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(fieldNames(report))
        .containsExactly(
            "cutoff",
            "total",
            "concluded",
            "inProgress",
            "cancelled",
            "sessions",
            "items",
            "footnotes");
    assertThat(report.get("cutoff").asText()).isEqualTo("2024-05-24");
    assertThat(report.get("total").asInt()).isEqualTo(11);
    assertThat(report.get("concluded").asInt()).isEqualTo(10);
    assertThat(report.get("inProgress").asInt()).isEqualTo(1);
    assertThat(report.get("cancelled").asInt()).isZero();
    assertThat(report.get("sessions").toString())
        .isEqualTo(
            "[{\"label\":\"Tercera sesión extraordinaria\",\"date\":\"2023-10-09\",\"count\":1},"
                + "{\"label\":\"Primera sesión ordinaria\",\"date\":\"2024-03-13\",\"count\":6},"
                + "{\"label\":\"Cuarta sesión extraordinaria\",\"date\":\"2024-04-29\",\"count\":4}]");

    JsonNode items = report.get("items");
    assertThat(items).hasSize(11);
    assertThat(fieldNames(items.get(0)))
        .containsExactly("number", "session", "text", "area", "progress", "status", "percent");
    for (SeedAnnex.Row row : SeedAnnex.rows()) {
      JsonNode item = items.get(row.number() - 1);
      assertThat(item.get("number").asInt()).isEqualTo(row.number());
      assertThat(item.get("session").asText()).isEqualTo(row.session().annexLabel());
      assertThat(item.get("text").asText()).isEqualTo(row.text());
      assertThat(item.get("area").asText()).isEqualTo(row.area());
      assertThat(item.get("progress").asText()).isEqualTo(row.progress());
      assertThat(item.get("status").asText())
          .isEqualTo(row.concluded() ? "Concluido." : "En curso.");
      assertThat(item.get("percent").isInt()).isTrue();
      assertThat(item.get("percent").asInt()).isEqualTo(row.percent());
    }
    // The seed's row 7 gives the session as 13/04/2024; it is the 13 March session.
    assertThat(items.get(6).get("session").asText())
        .isEqualTo("13/03/2024 Primera sesión ordinaria.");

    List<String> seedLinks =
        SeedAnnex.rows().stream()
            .flatMap(r -> r.links().stream())
            .map(SeedAnnex.Link::url)
            .toList();
    assertThat(seedLinks).hasSize(7);
    JsonNode footnotes = report.get("footnotes");
    assertThat(footnotes).hasSize(7);
    for (int i = 0; i < 7; i++) {
      assertThat(footnotes.get(i).get("number").asInt()).isEqualTo(i + 1);
      assertThat(footnotes.get(i).get("url").asText()).isEqualTo(seedLinks.get(i));
    }
  }

  @Test
  void draftDocxAndPdfReadBackWithTheSameRowsAsTheJson() throws Exception {
    Api.Response created =
        api.post(
            "st",
            "/api/reports",
            "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\"2024-06-17\",\"agendaItem\":2,\"cutoff\":\"2024-05-24\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("status").asText()).isEqualTo("DRAFT");
    assertThat(created.json().get("agendaItem").asText()).isEqualTo("2");
    long id = created.id();

    JsonNode stored = api.get("consejera", "/api/reports/" + id).json();
    JsonNode preview = api.get("consejera", "/api/reports/preview?cutoff=2024-05-24").json();
    assertThat(stored).isEqualTo(preview);
    Api.Binary docxFile = api.getBinary("consejera", "/api/reports/" + id + ".docx");
    Api.Binary pdfFile = api.getBinary("consejera", "/api/reports/" + id + ".pdf");
    assertThat(docxFile.status()).isEqualTo(200);
    assertThat(docxFile.header("Content-Type"))
        .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(pdfFile.status()).isEqualTo(200);
    assertThat(pdfFile.header("Content-Type")).startsWith("application/pdf");
    ReportReadBack.keep("informe-semilla-2024-05-24.docx", docxFile.body());
    ReportReadBack.keep("informe-semilla-2024-05-24.pdf", pdfFile.body());

    // DOCX: the annex's rows are the JSON's items, cell by cell; the links are Word footnotes.
    try (XWPFDocument docx = ReportReadBack.docx(docxFile.body())) {
      List<List<String>> rows = ReportReadBack.annexRows(docx);
      assertThat(rows).hasSize(11);
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i))
            .containsExactlyElementsOf(expectedCells(stored.get("items").get(i)));
      }
      assertThat(ReportReadBack.annexTable(docx).getRow(0).isRepeatHeader()).isTrue();
      assertThat(ReportReadBack.footnoteLinks(docx)).containsExactlyElementsOf(urls(stored));
      assertThat(ReportReadBack.footnotes(docx))
          .allSatisfy(text -> assertThat(text).startsWith("Consultable en la liga: https://"));
      List<String> paragraphs = ReportReadBack.paragraphs(docx);
      assertThat(paragraphs)
          .contains(
              "Sesión Ordinaria: 17 de junio de 2024.",
              "Punto: 2.",
              "De los 11 compromisos y acuerdos que se generaron en las sesiones de la Comisión del"
                  + " Servicio, con corte al 24 de mayo de 2024, 10 de ellos están cumplidos y 1 en"
                  + " proceso de cumplimiento.",
              "El informe da cuenta del seguimiento de 11 compromisos y acuerdos que se generaron en la"
                  + " sesión ordinaria y en las sesiones extraordinarias de la Comisión del Servicio, en"
                  + " las fechas siguientes:");
      // The glossary lists each term once (the seed lists UTCE twice) and only the terms used.
      assertThat(paragraphs.stream().filter(p -> p.startsWith("UTCE:"))).hasSize(1);
      assertThat(paragraphs.stream().filter(p -> p.startsWith("SIISPEN:"))).hasSize(1);
      assertThat(paragraphs.stream().filter(p -> p.startsWith("OPLE:"))).isEmpty();
      List<List<String>> sessions =
          docx.getTables().get(0).getRows().stream()
              .map(r -> r.getTableCells().stream().map(ReportReadBack::cellText).toList())
              .toList();
      assertThat(sessions)
          .containsExactly(
              List.of("Tipo de sesión", "Fecha de celebración", "Compromisos y acuerdos"),
              List.of("Tercera sesión extraordinaria", "9 de octubre de 2023", "1"),
              List.of("Primera sesión ordinaria", "13 de marzo de 2024", "6"),
              List.of("Cuarta sesión extraordinaria", "29 de abril de 2024", "4"));
    }

    // PDF: every cell of every row is in the text; the links are clickable.
    String text = ReportReadBack.pdfText(pdfFile.body());
    String squeezed = ReportReadBack.squeezed(text);
    for (JsonNode item : stored.get("items")) {
      for (String cell : expectedCells(item)) {
        assertThat(ReportReadBack.containsAllowingCalls(squeezed, cell)).as(cell).isTrue();
      }
    }
    assertThat(text).contains("Sesión Ordinaria: 17 de junio de 2024.", "Punto: 2.", "ÍNDICE");
    assertThat(ReportReadBack.squeezed(ReportReadBack.pdfPageText(pdfFile.body())))
        .contains(
            ReportReadBack.squeezed(
                "con corte al 24 de mayo de 2024, 10 de ellos están cumplidos y 1 en proceso de cumplimiento."));
    int pages = ReportReadBack.pdfPages(pdfFile.body());
    assertThat(text).contains("Página 1 de " + pages, "Página " + pages + " de " + pages);
    assertThat(ReportReadBack.pdfLinks(pdfFile.body())).containsAll(urls(stored));
    assertThat(text.split("UTCE:", -1)).hasSize(2);
  }

  @Test
  void textIsPrintedExactlyAsTypedInTheJsonTheDocxAndThePdf() throws Exception {
    String typed =
        "<script>alert(\"x\")</script> & 'comillas' \"dobles\"\nSegunda línea\tcon tabulador";
    String narrative = "Avance con <b>etiquetas</b> & ampersand \"citado\"\nen dos líneas.";
    clock.set(LocalDate.of(2024, 6, 4).atTime(9, 0));
    long session =
        api.post(
                "st",
                "/api/sessions",
                "{\"type\":\"EXTRAORDINARY\",\"number\":5,\"date\":\"2024-06-03\"}")
            .id();
    long commitment =
        api.post(
                "st",
                "/api/commitments",
                json.createObjectNode()
                    .put("sessionId", session)
                    .put("kind", "COMMITMENT")
                    .put("text", typed)
                    .put("areaCode", "juridica")
                    .toString())
            .id();
    api.post(
        "juridica",
        "/api/commitments/" + commitment + "/progress",
        json.createObjectNode().put("percent", 30).put("narrative", narrative).toString());
    clock.set(LocalDate.of(2024, 6, 10).atTime(9, 0));

    Api.Response created =
        api.post(
            "st",
            "/api/reports",
            "{\"sessionType\":\"EXTRAORDINARY\",\"sessionDate\":\"2024-06-20\",\"agendaItem\":\"4.1\",\"cutoff\":\"2024-06-05\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.id();
    JsonNode item = lastItem(api.get("st", "/api/reports/" + id).json());
    assertThat(item.get("text").asText()).isEqualTo(typed);
    assertThat(item.get("progress").asText()).isEqualTo(narrative);
    assertThat(item.get("status").asText()).isEqualTo("En curso.");
    assertThat(item.get("percent").asInt()).isEqualTo(30);

    byte[] docxBytes = api.getBinary("st", "/api/reports/" + id + ".docx").body();
    try (XWPFDocument docx = ReportReadBack.docx(docxBytes)) {
      List<List<String>> rows = ReportReadBack.annexRows(docx);
      assertThat(rows.get(rows.size() - 1)).containsExactlyElementsOf(expectedCells(item));
      assertThat(ReportReadBack.paragraphs(docx))
          .contains("Sesión Extraordinaria: 20 de junio de 2024.", "Punto: 4.1.");
    }
    String pdf = ReportReadBack.pdfText(api.getBinary("st", "/api/reports/" + id + ".pdf").body());
    assertThat(pdf)
        .contains(
            "<script>alert(\"x\")</script> & 'comillas' \"dobles\"\nSegunda línea",
            "Avance con <b>etiquetas</b> & ampersand \"citado\"\nen dos líneas.",
            "Sesión Extraordinaria: 20 de junio de 2024.");
  }

  @Test
  void areasReadNothingAndOnlyTheSecretariatPreparesOrIssues() {
    long draft =
        api.post(
                "st",
                "/api/reports",
                "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\"2024-06-17\",\"agendaItem\":\"3\",\"cutoff\":\"2024-05-24\"}")
            .id();
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    List<Api.Response> areaAttempts =
        List.of(
            api.get("ascenso", "/api/reports/preview?cutoff=2024-05-24"),
            api.get("ascenso", "/api/reports"),
            api.get("ascenso", "/api/reports/" + draft),
            api.post(
                "ascenso",
                "/api/reports",
                "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\"2024-06-17\",\"agendaItem\":\"2\",\"cutoff\":\"2024-05-24\"}"),
            api.post("ascenso", "/api/reports/" + draft + "/issue", "{}"));
    List<Api.Response> commissionAttempts =
        List.of(
            api.post(
                "consejera",
                "/api/reports",
                "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\"2024-06-17\",\"agendaItem\":\"2\",\"cutoff\":\"2024-05-24\"}"),
            api.post("consejera", "/api/reports/" + draft + "/issue", "{}"));

    assertThat(areaAttempts)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.toString()).isEqualTo(403);
              assertThat(r.contentType()).startsWith("application/problem+json");
            });
    assertThat(api.getBinary("ascenso", "/api/reports/" + draft + ".pdf").status()).isEqualTo(403);
    assertThat(commissionAttempts)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.toString()).isEqualTo(403);
              assertThat(r.json().get("detail").asText()).startsWith("Solo la Secretaría Técnica");
            });
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    assertThat(api.get("consejera", "/api/reports").json().findValuesAsText("id"))
        .contains(String.valueOf(draft));
    assertThat(api.get("st", "/api/reports/" + draft + "/summary").json().get("status").asText())
        .isEqualTo("DRAFT");
  }

  @Test
  void badReportRequestsAreRefusedWithTheFieldAndChangeNothing() {
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    Api.Response cutoffAfterSession =
        api.post(
            "st",
            "/api/reports",
            "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\"2024-06-17\",\"agendaItem\":\"2\",\"cutoff\":\"2024-06-18\"}");
    Api.Response missing =
        api.post("st", "/api/reports", "{\"sessionType\":\"ORDINARY\",\"cutoff\":\"2024-05-24\"}");
    Api.Response wordsAsItem =
        api.post(
            "st",
            "/api/reports",
            "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\"2024-06-17\",\"agendaItem\":\"dos\",\"cutoff\":\"2024-05-24\"}");
    Api.Response badType =
        api.post(
            "st",
            "/api/reports",
            "{\"sessionType\":\"ANNUAL\",\"sessionDate\":\"2024-06-17\",\"agendaItem\":\"2\",\"cutoff\":\"2024-05-24\"}");
    Api.Response previewWithoutCutoff = api.get("st", "/api/reports/preview");
    Api.Response previewBadDate = api.get("st", "/api/reports/preview?cutoff=24/05/2024");
    Api.Response unknown = api.get("st", "/api/reports/999999");

    assertThat(cutoffAfterSession.status()).isEqualTo(400);
    assertThat(cutoffAfterSession.json().get("field").asText()).isEqualTo("cutoff");
    assertThat(cutoffAfterSession.json().get("detail").asText()).contains("no puede ser posterior");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().findValuesAsText("field")).contains("agendaItem", "sessionDate");
    assertThat(wordsAsItem.status()).isEqualTo(400);
    assertThat(wordsAsItem.json().get("field").asText()).isEqualTo("agendaItem");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.json().get("field").asText()).isEqualTo("sessionType");
    assertThat(previewWithoutCutoff.status()).isEqualTo(400);
    assertThat(previewWithoutCutoff.json().get("field").asText()).isEqualTo("cutoff");
    assertThat(previewBadDate.status()).isEqualTo(400);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(
            List.of(
                cutoffAfterSession,
                missing,
                wordsAsItem,
                badType,
                previewWithoutCutoff,
                previewBadDate,
                unknown))
        .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  // --- helpers --------------------------------------------------------------------------------

  /** The seven cells of the annex as the documents print an item of the JSON. */
  private static List<String> expectedCells(JsonNode item) {
    return List.of(
        item.get("number").asInt() + ".",
        item.get("session").asText(),
        item.get("text").asText(),
        item.get("area").asText(),
        item.get("progress").asText(),
        item.get("status").asText(),
        item.get("percent").asInt() + "%");
  }

  private static List<String> urls(JsonNode report) {
    List<String> urls = new ArrayList<>();
    report.get("footnotes").forEach(f -> urls.add(f.get("url").asText()));
    return urls;
  }

  private static JsonNode lastItem(JsonNode report) {
    JsonNode items = report.get("items");
    return items.get(items.size() - 1);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
