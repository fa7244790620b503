package mx.ine.cspen.seguimiento.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import mx.ine.cspen.seguimiento.commitment.CommitmentAnnex;
import mx.ine.cspen.seguimiento.commitment.CommitmentReader;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.DatabaseSnapshot;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import mx.ine.cspen.seguimiento.support.WebSession;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seed's annex brought in through {@code POST /api/imports} and taken out again through the
 * exports, on a real PostgreSQL. These tests own their database: each starts from no sessions and
 * no commitments, as the first day of the system.
 */
class AnnexImportIT extends PostgresIntegrationTest {

  private static final String DATABASE_URL =
      EmbeddedPostgresServer.newDatabase("seguimiento_import_it");
  private static final String TSV = "text/tab-separated-values";
  private static final String AS_OF = "asOf=2024-05-24";

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> DATABASE_URL);
  }

  @Autowired RuntimeService runtime;
  @Autowired CommitmentAnnex annex;
  @Autowired CommitmentReader commitments;
  Api files;

  @BeforeEach
  void firstDayOfTheSystem() {
    files = new Api(port);
    runtime
        .createProcessInstanceQuery()
        .list()
        .forEach(
            instance -> runtime.deleteProcessInstance(instance.getId(), "Test database emptied"));
    for (String table :
        List.of(
            "commitment_event",
            "document_reference",
            "progress_report",
            "commitment",
            "commission_session",
            "commission_folio_counter")) {
      jdbc.update("delete from " + table);
    }
  }

  // --- The seed -------------------------------------------------------------------------------

  @Test
  void seedAsItIsIsRefusedOnRow7AndNothingIsWritten() {
    byte[] seed = AnnexFiles.seed().getBytes(StandardCharsets.UTF_8);
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    Api.Response dryRun = files.post("st", "/api/imports?dryRun=true&" + AS_OF, TSV, seed);
    Api.Response real = files.post("st", "/api/imports?" + AS_OF, TSV, seed);

    assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
    assertThat(dryRun.json().get("rows").asInt()).isEqualTo(11);
    JsonNode problems = dryRun.json().get("problems");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).get("row").asInt()).isEqualTo(7);
    assertThat(problems.get(0).get("column").asText()).isEqualTo("Fecha y tipo de sesión");
    // Nothing will be registered until the file is fixed, and the dry run says so.
    assertThat(dryRun.json().get("items").findValuesAsText("actionLabel"))
        .containsOnly("Se registraría al corregir el archivo");
    assertThat(problems.get(0).get("message").asText())
        .isEqualTo(
            "La Primera sesión ordinaria de 2024 tiene fecha 13/03/2024 en las filas 2, 3, 4, 5 y 6,"
                + " y 13/04/2024 en esta fila. Una sesión tiene una sola fecha: corrija la que esté mal.");
    assertThat(real.status()).isEqualTo(400);
    assertThat(real.contentType()).startsWith("application/problem+json");
    assertThat(real.json().get("detail").asText())
        .isEqualTo(
            "El archivo tiene un problema; no se importó nada. Corríjalo y vuelva a importarlo.");
    assertThat(real.json().get("problems").get(0).get("row").asInt()).isEqualTo(7);
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void correctedSeedCreatesThreeSessionsAndElevenCommitmentsWithTheReportsFigures() {
    byte[] annex = AnnexFiles.correctedSeed().getBytes(StandardCharsets.UTF_8);
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    JsonNode dryRun = files.post("st", "/api/imports?dryRun=true&" + AS_OF, TSV, annex).json();
    assertThat(DatabaseSnapshot.of(jdbc)).as("a dry run writes nothing").isEqualTo(before);
    Api.Response imported = files.post("st", "/api/imports?" + AS_OF, TSV, annex);

    assertThat(dryRun.get("problems")).isEmpty();
    assertThat(dryRun.get("sessions").asInt()).isEqualTo(3);
    assertThat(dryRun.get("commitments").asInt()).isEqualTo(11);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().get("imported").asBoolean()).isTrue();
    assertThat(imported.json().get("sessions").asInt()).isEqualTo(3);
    assertThat(imported.json().get("commitments").asInt()).isEqualTo(11);

    // The figures of the report of 17 June 2024 (cut-off 24 May 2024).
    JsonNode list = api.get("consejera", "/api/commitments").json();
    assertThat(list).hasSize(11);
    assertThat(list.findValuesAsText("status").stream().filter("CONCLUDED"::equals)).hasSize(10);
    JsonNode open = only(list, "status", "IN_PROGRESS");
    assertThat(open.get("percent").asInt()).isEqualTo(75);
    assertThat(open.get("areaCode").asText()).isEqualTo("ascenso");
    assertThat(open.get("folio").asText()).isEqualTo("CSPEN-2023-001");
    assertThat(countBy(list, "session"))
        .containsExactly(
            Map.entry("09/10/2023 Tercera sesión extraordinaria.", 1L),
            Map.entry("13/03/2024 Primera sesión ordinaria.", 6L),
            Map.entry("29/04/2024 Cuarta sesión extraordinaria.", 4L));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from document_reference where url like 'https://%'",
                Integer.class))
        .isEqualTo(7);
    assertThat(
            jdbc.queryForList(
                "select distinct reference_type from document_reference", String.class))
        .containsExactly("acuerdo");

    // The report as of that cut-off states the seed's figures.
    JsonNode report = api.get("consejera", "/api/reports/preview?cutoff=2024-05-24").json();
    assertThat(report.get("total").asInt()).isEqualTo(11);
    assertThat(report.get("concluded").asInt()).isEqualTo(10);
    assertThat(report.get("inProgress").asInt()).isEqualTo(1);
    assertThat(report.get("sessions").findValuesAsText("label"))
        .containsExactly(
            "Tercera sesión extraordinaria",
            "Primera sesión ordinaria",
            "Cuarta sesión extraordinaria");
    assertThat(report.get("sessions").findValuesAsText("count")).containsExactly("1", "6", "4");
    assertThat(report.get("footnotes")).hasSize(7);
    assertThat(report.get("items").get(0).get("status").asText()).isEqualTo("En curso.");
    assertThat(report.get("items").get(0).get("percent").asInt()).isEqualTo(75);

    // The open one waits for its area in Tasklist; the concluded ones have no process at all.
    JsonNode tasks =
        api.get("ascenso", "/engine-rest/task?processInstanceBusinessKey=CSPEN-2023-001").json();
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("name").asText()).isEqualTo("Informar avance");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from commitment where status = 'CONCLUDED' and process_instance_id is null",
                Integer.class))
        .isEqualTo(10);

    // A concluded one's history: registered, closure requested and approved, as of the cut-off, by
    // st.
    long lastId = list.get(10).get("id").asLong();
    JsonNode last = api.get("consejera", "/api/commitments/" + lastId).json();
    assertThat(last.get("history").findValuesAsText("type"))
        .containsExactly("REGISTERED", "CLOSURE_REQUESTED", "CLOSURE_APPROVED");
    assertThat(last.get("history").findValuesAsText("occurredAt"))
        .containsOnly("2024-05-24T06:00:00Z");
    assertThat(last.get("history").findValuesAsText("actor")).containsOnly("st");
    assertThat(last.get("progress").get(0).get("references").findValuesAsText("number"))
        .containsExactly("INE/JGE58/2024", "INE/CG546/2024");
    assertThat(last.get("progress").get(0).get("percent").asInt()).isEqualTo(100);
  }

  @Test
  void sameAnnexAsSemicolonCsvWithBomAndAsXlsxImportsToTheSameCommitments() {
    String annex = AnnexFiles.correctedSeed();
    files.post("st", "/api/imports?" + AS_OF, TSV, annex.getBytes(StandardCharsets.UTF_8));
    List<JsonNode> fromTsv = commitmentsAsRead();

    firstDayOfTheSystem();
    Api.Response csv =
        files.post(
            "st", "/api/imports?" + AS_OF, "text/csv", AnnexFiles.semicolonCsvWithBom(annex));
    List<JsonNode> fromCsv = commitmentsAsRead();
    firstDayOfTheSystem();
    Api.Response xlsx =
        files.upload("st", "/api/imports?" + AS_OF, "anexo.xlsx", AnnexFiles.xlsx(annex));
    List<JsonNode> fromXlsx = commitmentsAsRead();

    assertThat(csv.json().get("format").asText()).isEqualTo("CSV separado por punto y coma");
    assertThat(xlsx.json().get("format").asText()).isEqualTo("libro de Excel (XLSX), primera hoja");
    assertThat(fromTsv).hasSize(11);
    assertThat(fromCsv).isEqualTo(fromTsv);
    assertThat(fromXlsx).isEqualTo(fromTsv);
  }

  @Test
  void onThePageTheSecretariatSeesTheDryRunAndImportsWhatItReviewed() {
    WebSession browser = WebSession.signedIn(port, "st");
    String home = browser.page("/");
    browser.page("/importacion");

    String seedReview =
        browser.upload(
            "/importacion",
            Map.of("asOf", "2024-05-24"),
            "anexo.tsv",
            AnnexFiles.seed().getBytes(StandardCharsets.UTF_8));
    String review =
        browser.upload(
            "/importacion",
            Map.of("asOf", "2024-05-24"),
            "anexo.tsv",
            AnnexFiles.correctedSeed().getBytes(StandardCharsets.UTF_8));
    int beforeConfirming = api.get("st", "/api/commitments").json().size();
    String token = review.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
    String imported = browser.submit("/importacion/confirmar", Map.of("token", token));
    String confirmedTwice = browser.submit("/importacion/confirmar", Map.of("token", token));

    assertThat(home)
        .contains(
            "href=\"/importacion\"",
            "href=\"/api/commitments.xlsx\"",
            "href=\"/api/commitments.csv\"");
    assertThat(seedReview)
        .contains(
            "El archivo tiene un problema. Corríjalo y vuelva a revisarlo.",
            "13/04/2024 en esta fila")
        .doesNotContain("name=\"token\"");
    assertThat(review)
        .contains("Revisión sin problemas, no se guardó nada.", "Importar el archivo revisado");
    assertThat(beforeConfirming).isZero();
    assertThat(imported)
        .contains(
            "Importación terminada: 3 sesiones nuevas, 11 compromisos nuevos", "CSPEN-2023-001");
    assertThat(confirmedTwice).contains("La revisión ya no está vigente");
    assertThat(api.get("st", "/api/commitments").json()).hasSize(11);
    assertThat(WebSession.signedIn(port, "ascenso").page("/"))
        .doesNotContain("href=\"/importacion\"");
  }

  // --- Importing again ------------------------------------------------------------------------

  @Test
  void reimportingTheSameFileLeavesEverythingAsItWas() {
    byte[] annex = AnnexFiles.correctedSeed().getBytes(StandardCharsets.UTF_8);
    files.post("st", "/api/imports?" + AS_OF, TSV, annex);
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    Api.Response again = files.post("st", "/api/imports?asOf=2024-06-10", TSV, annex);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("sessions").asInt()).isZero();
    assertThat(again.json().get("commitments").asInt()).isZero();
    assertThat(again.json().get("unchanged").asInt()).isEqualTo(11);
    assertThat(again.json().get("items").findValuesAsText("action")).containsOnly("UNCHANGED");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void newerProgressOfAnOpenCommitmentIsAppendedAndItsTaskStaysWithTheArea() {
    String annex = AnnexFiles.correctedSeed();
    files.post("st", "/api/imports?" + AS_OF, TSV, annex.getBytes(StandardCharsets.UTF_8));
    String newer =
        annex.replace(
            "funcionamiento.\tEn curso.\t75%",
            "funcionamiento. Se presentó la propuesta.\tEn curso.\t90 %");

    Api.Response update =
        files.post(
            "st", "/api/imports?asOf=2024-06-10", TSV, newer.getBytes(StandardCharsets.UTF_8));

    assertThat(update.status()).as(update.toString()).isEqualTo(200);
    assertThat(update.json().get("updated").asInt()).isEqualTo(1);
    assertThat(update.json().get("unchanged").asInt()).isEqualTo(10);
    long id =
        only(api.get("st", "/api/commitments").json(), "folio", "CSPEN-2023-001")
            .get("id")
            .asLong();
    JsonNode detail = api.get("ascenso", "/api/commitments/" + id).json();
    assertThat(detail.get("percent").asInt()).isEqualTo(90);
    assertThat(detail.get("progress").findValuesAsText("reportedAt"))
        .containsExactly("2024-05-24T06:00:00Z", "2024-06-10T06:00:00Z");
    assertThat(
            api.get("ascenso", "/engine-rest/task?processInstanceBusinessKey=CSPEN-2023-001")
                .json())
        .hasSize(1);
  }

  @Test
  void reimportThatContradictsTheProcessIsRefusedWithoutWritingAnything() {
    String annex = AnnexFiles.correctedSeed();
    files.post("st", "/api/imports?" + AS_OF, TSV, annex.getBytes(StandardCharsets.UTF_8));
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);
    String contradicting =
        annex
            .replace("funcionamiento.\tEn curso.\t75%", "funcionamiento.\tEn curso.\t50%")
            .replace("INE/JGE38/2024.\tConcluido.\t100%", "INE/JGE38/2024.\tEn curso.\t100%");

    Api.Response refused =
        files.post(
            "st",
            "/api/imports?asOf=2024-06-10",
            TSV,
            contradicting.getBytes(StandardCharsets.UTF_8));

    assertThat(refused.status()).isEqualTo(400);
    JsonNode problems = refused.json().get("problems");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).get("row").asInt()).isEqualTo(1);
    assertThat(problems.get(0).get("column").asText()).isEqualTo("Porcentaje de Avance");
    assertThat(problems.get(0).get("message").asText())
        .contains("tiene 75 % de avance y el archivo indica 50 %");
    assertThat(problems.get(1).get("row").asInt()).isEqualTo(2);
    assertThat(problems.get(1).get("column").asText()).isEqualTo("Estatus");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  // --- Export ---------------------------------------------------------------------------------

  @Test
  void exportedCsvAndXlsxImportIntoAnEmptyDatabaseAsTheSameCommitments() {
    files.post(
        "st",
        "/api/imports?" + AS_OF,
        TSV,
        AnnexFiles.correctedSeed().getBytes(StandardCharsets.UTF_8));
    List<JsonNode> original = commitmentsAsRead();
    Api.Binary csv = files.getBinary("st", "/api/commitments.csv");
    Api.Binary xlsx = files.getBinary("st", "/api/commitments.xlsx");

    firstDayOfTheSystem();
    Api.Response fromCsv = files.post("st", "/api/imports?" + AS_OF, "text/csv", csv.body());
    List<JsonNode> afterCsv = commitmentsAsRead();
    Api.Binary csvAgain = files.getBinary("st", "/api/commitments.csv");
    firstDayOfTheSystem();
    Api.Response fromXlsx =
        files.post("st", "/api/imports?" + AS_OF, AnnexExport.XLSX_TYPE, xlsx.body());
    List<JsonNode> afterXlsx = commitmentsAsRead();

    assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.disposition())
        .startsWith("attachment; filename=\"compromisos-")
        .endsWith(".csv\"");
    assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(csv.text())
        .contains("\r\n")
        .startsWith("\uFEFFNo.,Fecha y tipo de sesión,Acuerdo/ Compromiso,");
    assertThat(xlsx.contentType()).isEqualTo(AnnexExport.XLSX_TYPE);
    assertThat(fromCsv.status()).as(fromCsv.toString()).isEqualTo(200);
    assertThat(fromXlsx.status()).as(fromXlsx.toString()).isEqualTo(200);
    assertThat(afterCsv).isEqualTo(original);
    assertThat(afterXlsx).isEqualTo(original);
    assertThat(csvAgain.body()).isEqualTo(csv.body());
  }

  @Test
  void streamedExportsHoldWhatTheAnnexOfTheEntitiesHolds() throws IOException {
    // Given the seed, and a cancelled commitment, whose reason the annex shows.
    files.post(
        "st",
        "/api/imports?" + AS_OF,
        TSV,
        AnnexFiles.correctedSeed().getBytes(StandardCharsets.UTF_8));
    long open =
        jdbc.queryForObject(
            "select min(id) from commitment where status = 'IN_PROGRESS'", Long.class);
    api.post("st", "/api/commitments/" + open + "/cancellation", "{\"reason\":\"Sin materia.\"}");

    // When both files are downloaded, streamed from the database's cursor.
    Api.Binary csv = files.getBinary("st", "/api/commitments.csv?separator=semicolon");
    Api.Binary xlsx = files.getBinary("st", "/api/commitments.xlsx");

    // Then they hold, byte for byte and cell for cell, the annex that the domain's entities give.
    CurrentUser st = mx.ine.cspen.seguimiento.support.TestUsers.secretariat("st");
    List<AnnexExport.Line> lines = new ArrayList<>();
    for (CommitmentAnnex.Entry entry : annex.entries(commitments.search(null, null, null, st))) {
      lines.add(AnnexExport.line(lines.size() + 1, entry));
    }
    assertThat(lines).hasSize(11);
    assertThat(csv.body()).isEqualTo(AnnexExport.csv(lines, ';'));
    assertThat(xlsxCells(xlsx.body())).isEqualTo(xlsxCells(AnnexExport.xlsx(lines)));
    assertThat(xlsxCells(xlsx.body()).get(1)).contains("Sin materia.", "Sin efecto.");
    try (XSSFWorkbook streamed = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = streamed.getSheetAt(0);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H12");
      assertThat(sheet.getRow(1).getHeightInPoints()).isGreaterThan(15f);
    }
  }

  @Test
  void exportHasTheListsFiltersAndAnAreaGetsOnlyItsOwn() {
    files.post(
        "st",
        "/api/imports?" + AS_OF,
        TSV,
        AnnexFiles.correctedSeed().getBytes(StandardCharsets.UTF_8));

    List<List<String>> desempeno = csvRows(files.getBinary("desempeno", "/api/commitments.csv"));
    List<List<String>> desempenoAsksForOthers =
        csvRows(files.getBinary("desempeno", "/api/commitments.csv?areaCode=ascenso"));
    List<List<String>> concluded =
        csvRows(files.getBinary("st", "/api/commitments.csv?status=CONCLUDED&separator=semicolon"));
    Api.Binary xlsx = files.getBinary("consejera", "/api/commitments.xlsx?status=IN_PROGRESS");

    assertThat(desempeno).hasSize(3);
    assertThat(desempeno.get(1).get(3)).isEqualTo("Subdirección de Evaluación del Desempeño.");
    assertThat(desempenoAsksForOthers).hasSize(1);
    assertThat(concluded).hasSize(11);
    assertThat(concluded.get(0)).hasSize(8);
    assertThat(concluded.get(10).get(7))
        .isEqualTo(
            "INE/JGE58/2024 https://repositoriodocumental.ine.mx/xmlui/bitstream/handle/123456789/170142/JGE2ex202405-02-ap-2-4.pdf"
                + " | INE/CG546/2024 https://repositoriodocumental.ine.mx/xmlui/bitstream/handle/123456789/170666/CGex202405-16-ap-13.pdf");
    assertThat(xlsxCells(xlsx.body())).hasSize(2);
    assertThat(xlsxCells(xlsx.body()).get(1)).containsSequence("En curso.", "75%");
  }

  @Test
  void textThatLooksLikeAFormulaIsExportedAsTextAndImportedBackAsTyped() {
    long session =
        api.post(
                "st",
                "/api/sessions",
                "{\"type\":\"ORDINARY\",\"number\":2,\"date\":\"2024-06-17\"}")
            .id();
    api.post(
        "st",
        "/api/commitments",
        "{\"sessionId\":"
            + session
            + ",\"kind\":\"AGREEMENT\",\"areaCode\":\"juridica\","
            + "\"text\":\"=HIPERVINCULO(\\\"https://mal.example\\\";\\\"Ver\\\")\"}");

    Api.Binary csv = files.getBinary("st", "/api/commitments.csv");
    Api.Binary xlsx = files.getBinary("st", "/api/commitments.xlsx");
    firstDayOfTheSystem();
    Api.Response reimported =
        files.post("st", "/api/imports?asOf=2024-06-17", "text/csv", csv.body());

    assertThat(csvRows(csv).get(1).get(2))
        .isEqualTo("'=HIPERVINCULO(\"https://mal.example\";\"Ver\")");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getCellType())
          .isEqualTo(CellType.STRING);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertThat(reimported.status()).as(reimported.toString()).isEqualTo(200);
    assertThat(api.get("st", "/api/commitments").json().get(0).get("text").asText())
        .isEqualTo("=HIPERVINCULO(\"https://mal.example\";\"Ver\")");
  }

  // --- Bad files and wrong users --------------------------------------------------------------

  @Test
  void malformedFilesGetASpanishMessageAndWriteNothing() {
    String annex = AnnexFiles.correctedSeed();
    byte[] garbage = new byte[8192];
    new Random(7).nextBytes(garbage);
    StringBuilder big = new StringBuilder(annex);
    while (big.length() < 5 * 1024 * 1024) {
      big.append(annex.substring(annex.indexOf('\n') + 1));
    }
    Map<String, byte[]> bad = new LinkedHashMap<>();
    bad.put(
        "wrong heading",
        annex.replaceFirst("\tEstatus\t", "\tEstado\t").getBytes(StandardCharsets.UTF_8));
    bad.put("missing heading", withoutColumn(annex, 6).getBytes(StandardCharsets.UTF_8));
    bad.put("empty", new byte[0]);
    bad.put("binary garbage", garbage);
    bad.put("5 MB", big.toString().getBytes(StandardCharsets.UTF_8));
    bad.put(
        "too many cells",
        annex.replace("\t75%\t", "\t75%\t\tsobra\t").getBytes(StandardCharsets.UTF_8));
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    Map<String, Api.Response> answers = new LinkedHashMap<>();
    Map<String, Api.Response> dryRuns = new LinkedHashMap<>();
    bad.forEach(
        (name, file) -> {
          answers.put(name, files.post("st", "/api/imports?" + AS_OF, TSV, file));
          dryRuns.put(name, files.post("st", "/api/imports?dryRun=true&" + AS_OF, TSV, file));
        });

    assertThat(answers.values())
        .allSatisfy(
            answer -> {
              assertThat(answer.status()).as(answer.toString()).isIn(400, 413);
              assertThat(answer.contentType()).startsWith("application/problem+json");
              assertThat(answer.json().get("problems")).isNotEmpty();
            });
    assertThat(dryRuns.values())
        .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isLessThan(500));
    assertThat(message(answers.get("wrong heading")))
        .contains("El encabezado «Estado» no es del anexo.", "Falta la columna «Estatus».");
    assertThat(message(answers.get("missing heading")))
        .contains("Falta la columna «Porcentaje de Avance».");
    assertThat(message(answers.get("empty")))
        .isEqualTo("El archivo está vacío: no tiene encabezados ni filas.");
    assertThat(message(answers.get("binary garbage"))).isEqualTo(AnnexFileReader.NOT_A_TABLE);
    assertThat(answers.get("5 MB").status()).isEqualTo(413);
    assertThat(message(answers.get("5 MB"))).contains("y el máximo para importar es 2.0 MB");
    assertThat(answers.get("too many cells").json().get("problems").get(0).get("row").asInt())
        .isEqualTo(1);
    assertThat(message(answers.get("too many cells"))).contains("sobran celdas");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void fileSentAsFormFieldsIsRefusedWithHowToSendIt() {
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    Api.Response answer =
        files.post(
            "st",
            "/api/imports?dryRun=true",
            "application/x-www-form-urlencoded",
            AnnexFiles.correctedSeed().getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.json().get("detail").asText())
        .contains("-H 'Content-Type: text/csv'", "curl -F file=@anexo.xlsx");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void onlyTheTechnicalSecretariatImports() {
    byte[] annex = AnnexFiles.correctedSeed().getBytes(StandardCharsets.UTF_8);
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    List<Api.Response> answers = new ArrayList<>();
    for (String user : List.of("ascenso", "consejera", "admin")) {
      answers.add(files.post(user, "/api/imports?dryRun=true", TSV, annex));
      answers.add(files.post(user, "/api/imports", TSV, annex));
      answers.add(files.upload(user, "/api/imports", "anexo.tsv", annex));
    }

    assertThat(answers)
        .allSatisfy(
            answer -> {
              assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
              assertThat(answer.json().get("detail").asText())
                  .isEqualTo("Solo la Secretaría Técnica importa el anexo.");
            });
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  // --- Helpers --------------------------------------------------------------------------------

  /** Every commitment with its progress and history, as the API shows it, without database ids. */
  private List<JsonNode> commitmentsAsRead() {
    List<JsonNode> read = new ArrayList<>();
    for (JsonNode listed : api.get("st", "/api/commitments").json()) {
      ObjectNode detail =
          (ObjectNode) api.get("st", "/api/commitments/" + listed.get("id").asLong()).json();
      detail.remove(List.of("id", "sessionId"));
      read.add(detail);
    }
    return read;
  }

  private static JsonNode only(JsonNode list, String field, String value) {
    List<JsonNode> found = new ArrayList<>();
    list.forEach(
        node -> {
          if (value.equals(node.get(field).asText())) {
            found.add(node);
          }
        });
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static Map<String, Long> countBy(JsonNode list, String field) {
    Map<String, Long> counts =
        new TreeMap<>(java.util.Comparator.comparing(AnnexImportIT::sortableSession));
    list.forEach(node -> counts.merge(node.get(field).asText(), 1L, Long::sum));
    return counts;
  }

  private static String sortableSession(String label) {
    return label.substring(6, 10) + label.substring(3, 5) + label.substring(0, 2);
  }

  private static String message(Api.Response answer) {
    return answer.json().get("problems").findValuesAsText("message").stream()
        .reduce((a, b) -> a + " " + b)
        .orElse(answer.json().path("detail").asText());
  }

  private static String withoutColumn(String tsv, int column) {
    StringBuilder result = new StringBuilder();
    for (String line : tsv.split("\n")) {
      List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
      cells.remove(column);
      result.append(String.join("\t", cells)).append('\n');
    }
    return result.toString();
  }

  private static List<List<String>> csvRows(Api.Binary download) {
    String text = download.text().substring(1);
    char delimiter = text.startsWith("No.;") ? ';' : ',';
    try {
      return org.apache.commons.csv.CSVFormat.RFC4180
          .builder()
          .setDelimiter(delimiter)
          .get()
          .parse(new java.io.StringReader(text))
          .getRecords()
          .stream()
          .map(org.apache.commons.csv.CSVRecord::toList)
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<List<String>> xlsxCells(byte[] bytes) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      org.apache.poi.ss.usermodel.DataFormatter formatter =
          new org.apache.poi.ss.usermodel.DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      workbook
          .getSheetAt(0)
          .forEach(
              row -> {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(cells);
              });
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
