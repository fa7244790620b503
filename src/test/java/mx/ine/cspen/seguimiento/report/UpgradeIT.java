package mx.ine.cspen.seguimiento.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.PostgresInstallation;
import mx.ine.cspen.seguimiento.support.RequiresPostgresTools;
import mx.ine.cspen.seguimiento.support.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An installation of the version before commissions upgrades in place. Its database (restored from
 * {@code upgrade/before-commissions.dump}: the seed's annex imported and the seed's report drafted,
 * by that version) is opened by this one: everything becomes the CSPEN's, in our tables and in the
 * engine's, the CSPEN's people see what they saw, and the seed's report, generated again, is byte
 * for byte the report of a new installation that imports the same annex, with the text the version
 * before wrote.
 */
@RequiresPostgresTools
class UpgradeIT {

  private static final String FIXTURE = "/upgrade/";

  /** The seed's report in the dump (its id there). */
  private static final long SEED_REPORT = 1;

  private static final String SEED_REPORT_REQUEST =
      "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\"2024-06-17\",\"agendaItem\":\"2\","
          + "\"cutoff\":\"2024-05-24\"}";

  private static PostgresInstallation postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = PostgresInstallation.start();
  }

  @AfterAll
  static void stopPostgres() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theSeedsReportAfterTheUpgradeIsTheDocumentOfANewInstallation() throws Exception {
    byte[] docxBefore = fixture("before.docx");
    byte[] pdfBefore = fixture("before.pdf");
    byte[] jsonBefore = fixture("before.json");

    // A new installation of this version: the seed's annex imported, the seed's report drafted.
    byte[] freshDocx;
    byte[] freshPdf;
    byte[] freshJson;
    postgres.createDatabase("nueva");
    try (ConfigurableApplicationContext fresh = start("nueva")) {
      Api api = new Api(port(fresh));
      Api.Response imported =
          api.post("st", "/api/imports?asOf=2024-05-24", "text/tab-separated-values", seed());
      assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
      Api.Response created = api.post("st", "/api/reports", SEED_REPORT_REQUEST);
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      freshDocx = api.getBinary("st", "/api/reports/" + created.id() + ".docx").body();
      freshPdf = api.getBinary("st", "/api/reports/" + created.id() + ".pdf").body();
      freshJson = api.getBinary("st", "/api/reports/" + created.id()).body();
    }

    // The installation of the version before, opened by this one.
    Path dump = postgres.file("before-commissions.dump");
    Files.write(dump, fixture("before-commissions.dump"));
    dump.toFile().setReadable(true, false);
    postgres.createDatabase("actualizada");
    postgres.tool(
        "pg_restore",
        postgres.connection(
            "--dbname=actualizada",
            "--no-owner",
            "--exit-on-error",
            "--single-transaction",
            dump.toString()));
    try (ConfigurableApplicationContext upgraded = start("actualizada")) {
      Api api = new Api(port(upgraded));
      JdbcTemplate jdbc = upgraded.getBean(JdbcTemplate.class);

      // Everything is the CSPEN's: our records and the engine's instances.
      assertThat(jdbc.queryForList("select code from commission", String.class))
          .containsExactly("CSPEN");
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from commission_session s join commission c"
                      + " on c.id = s.commission_id where c.code = 'CSPEN'",
                  Long.class))
          .isEqualTo(3);
      assertThat(jdbc.queryForObject("select count(*) from commitment", Long.class)).isEqualTo(11);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from act_ru_execution where tenant_id_ is null", Long.class))
          .isZero();
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from act_hi_procinst where tenant_id_ is null", Long.class))
          .isZero();
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from act_ru_task where tenant_id_ = 'cspen'", Long.class))
          .isPositive();

      // The CSPEN's people see what they saw, in our API and in the engine's.
      ObjectMapper json = new ObjectMapper();
      assertThat(api.get("consejera", "/api/commitments").json())
          .isEqualTo(json.readTree(fixture("commitments.json")));
      long open =
          jdbc.queryForObject(
              "select count(*) from act_ru_task where tenant_id_ = 'cspen'", Long.class);
      assertThat(api.get("st", "/engine-rest/task/count").json().get("count").asLong())
          .isEqualTo(open);

      // Its open tasks' forms show their context: one JSON variable now, the one per value gone.
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from act_ru_variable where name_ = 'commitmentText'",
                  Long.class))
          .isZero();
      List<Map<String, Object>> commitmentTasks =
          jdbc.queryForList(
              "select t.id_ as task, e.business_key_ as folio from act_ru_task t"
                  + " join act_ru_execution e on e.id_ = t.proc_inst_id_"
                  + " join act_re_procdef d on d.id_ = t.proc_def_id_"
                  + " where d.key_ = 'commitment'");
      assertThat(commitmentTasks).isNotEmpty();
      for (Map<String, Object> task : commitmentTasks) {
        assertThat(api.taskContext("st", (String) task.get("task")).get("folio").asText())
            .isEqualTo(task.get("folio"));
        assertThat(
                jdbc.queryForObject(
                    "select text_ from act_ru_variable where task_id_ = ? and name_ = 'folio'",
                    String.class,
                    task.get("task")))
            .as("the folio on the task's card in Tasklist")
            .isEqualTo(task.get("folio"));
      }

      // The seed's report as that version stored it, then generated again by this one.
      assertThat(api.getBinary("st", "/api/reports/" + SEED_REPORT + ".docx").body())
          .isEqualTo(docxBefore);
      upgraded.getBean(ReportDrafts.class).generateDraft(SEED_REPORT);
      byte[] docx = api.getBinary("st", "/api/reports/" + SEED_REPORT + ".docx").body();
      byte[] pdf = api.getBinary("st", "/api/reports/" + SEED_REPORT + ".pdf").body();
      byte[] report = api.getBinary("st", "/api/reports/" + SEED_REPORT).body();

      assertThat(docx).isEqualTo(freshDocx);
      assertThat(pdf).isEqualTo(freshPdf);
      assertThat(report).isEqualTo(freshJson);
      assertThat(json.readTree(report)).isEqualTo(json.readTree(jsonBefore));
      // The version before dated its files as they were rendered; everything else is the same.
      assertThat(partsButTheDates(docx)).isEqualTo(partsButTheDates(docxBefore));
      assertThat(ReportReadBack.pdfPages(pdf)).isEqualTo(ReportReadBack.pdfPages(pdfBefore));
      assertThat(ReportReadBack.pdfPageText(pdf)).isEqualTo(ReportReadBack.pdfPageText(pdfBefore));
      assertThat(ReportReadBack.pdfLinks(pdf)).isEqualTo(ReportReadBack.pdfLinks(pdfBefore));
    }
  }

  /** Every part of a DOCX but its properties (where the date is), each as its bytes. */
  private static Map<String, String> partsButTheDates(byte[] docx) throws IOException {
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.getName().equals("docProps/core.xml")) {
          parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return parts;
  }

  /** The seed's annex, with row 7 dated as the session it names was held (13/03/2024). */
  private static String seed() {
    try (InputStream in = UpgradeIT.class.getResourceAsStream("/seed/anexo-cspen-2024-06-17.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("13/04/2024 Primera sesión ordinaria.", "13/03/2024 Primera sesión ordinaria.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] fixture(String name) {
    try (InputStream in = UpgradeIT.class.getResourceAsStream(FIXTURE + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + FIXTURE + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ConfigurableApplicationContext start(String database) {
    return RunningApplication.start(postgres, database);
  }

  private static int port(ConfigurableApplicationContext app) {
    return RunningApplication.port(app);
  }
}
