package mx.ine.cspen.seguimiento.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mx.ine.cspen.seguimiento.commitment.CommitmentProcess;
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
 * The backup procedure of docs/operations.md: pg_dump of the running installation's database (our
 * tables and the engine's, one database), pg_restore into a new database, the application started
 * on it. The issued report downloads byte for byte, every commitment is as it was, and its process
 * waits in the same task.
 */
@RequiresPostgresTools
class BackupRestoreIT {

  private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

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
  void aRestoredBackupHasTheIssuedReportByteForByteAndEveryProcessWhereItWas() {
    postgres.createDatabase("seguimiento");
    String dump = postgres.file("seguimiento.dump").toString();
    long report;
    byte[] pdf;
    byte[] docx;
    byte[] json;
    JsonNode commitments;
    Map<Long, List<String>> tasks;
    long inProgress;

    try (ConfigurableApplicationContext running = start("seguimiento")) {
      Api api = new Api(port(running));
      LocalDate cutoff = LocalDate.now(MEXICO_CITY).minusDays(1);
      long session =
          api.post(
                  "st",
                  "/api/sessions",
                  "{\"type\":\"ORDINARY\",\"number\":1,\"date\":\"" + cutoff.minusDays(30) + "\"}")
              .id();
      inProgress = register(api, session, "planeacion");
      progress(api, "planeacion", inProgress, "{\"percent\":30,\"narrative\":\"Primer avance.\"}");
      register(api, session, null);
      long underVerification = register(api, session, "juridica");
      progress(api, "juridica", underVerification, closure());
      long concluded = register(api, session, "ascenso");
      progress(api, "ascenso", concluded, closure());
      assertThat(
              api.post(
                      "st",
                      "/api/commitments/" + concluded + "/verification",
                      "{\"approved\":true}")
                  .status())
          .isEqualTo(200);
      long cancelled = register(api, session, "formacion");
      assertThat(
              api.post(
                      "st",
                      "/api/commitments/" + cancelled + "/cancellation",
                      "{\"reason\":\"La Comisión lo dejó sin efecto.\"}")
                  .status())
          .isEqualTo(200);
      Api.Response created =
          api.post(
              "st",
              "/api/reports",
              "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\""
                  + cutoff.plusDays(1)
                  + "\",\"agendaItem\":\"2\",\"cutoff\":\""
                  + cutoff
                  + "\"}");
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      report = created.id();
      assertThat(api.post("st", "/api/reports/" + report + "/issue", "{}").status()).isEqualTo(200);
      json = api.getBinary("consejera", "/api/reports/" + report).body();
      docx = api.getBinary("consejera", "/api/reports/" + report + ".docx").body();
      pdf = api.getBinary("consejera", "/api/reports/" + report + ".pdf").body();
      commitments = api.get("consejera", "/api/commitments").json();
      tasks = openTasks(running, api);
      assertThat(tasks.values())
          .contains(
              List.of(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS),
              List.of(CommitmentProcess.Elements.USER_TASK_ASSIGN_AREA),
              List.of(CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT),
              List.of());

      // The backup, taken while the application runs: pg_dump reads one consistent snapshot.
      postgres.tool(
          "pg_dump", postgres.connection("--format=custom", "--file=" + dump, "seguimiento"));
    }

    postgres.createDatabase("seguimiento_restaurada");
    postgres.tool(
        "pg_restore",
        postgres.connection(
            "--dbname=seguimiento_restaurada",
            "--no-owner",
            "--exit-on-error",
            "--single-transaction",
            dump));

    try (ConfigurableApplicationContext restored = start("seguimiento_restaurada")) {
      Api api = new Api(port(restored));
      assertThat(api.getBinary("consejera", "/api/reports/" + report + ".pdf").body())
          .isEqualTo(pdf);
      assertThat(api.getBinary("consejera", "/api/reports/" + report + ".docx").body())
          .isEqualTo(docx);
      assertThat(api.getBinary("consejera", "/api/reports/" + report).body()).isEqualTo(json);
      assertThat(api.get("consejera", "/api/commitments").json()).isEqualTo(commitments);
      assertThat(openTasks(restored, api)).isEqualTo(tasks);
      // And work goes on where it stopped.
      progress(api, "planeacion", inProgress, "{\"percent\":60,\"narrative\":\"Segundo avance.\"}");
    }
  }

  /** For each commitment, the task keys its process waits in (none once it ended). */
  private static Map<Long, List<String>> openTasks(ConfigurableApplicationContext app, Api api) {
    Map<Long, List<String>> tasks = new TreeMap<>();
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    jdbc.query(
        "select id, process_instance_id from commitment",
        row -> {
          List<String> keys = new ArrayList<>();
          String process = row.getString("process_instance_id");
          if (process != null) {
            keys.addAll(
                api.get("admin", "/engine-rest/task?processInstanceId=" + process)
                    .json()
                    .findValuesAsText("taskDefinitionKey"));
          }
          keys.sort(null);
          tasks.put(row.getLong("id"), keys);
        });
    return tasks;
  }

  private static long register(Api api, long session, String area) {
    Api.Response created =
        api.post(
            "st",
            "/api/commitments",
            "{\"sessionId\":"
                + session
                + ",\"kind\":\"AGREEMENT\",\"text\":\"Acuerdo de "
                + (area == null ? "la Comisión" : area)
                + ".\""
                + (area == null ? "" : ",\"areaCode\":\"" + area + "\"")
                + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.id();
  }

  private static void progress(Api api, String area, long commitment, String body) {
    Api.Response reported = api.post(area, "/api/commitments/" + commitment + "/progress", body);
    assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
  }

  private static String closure() {
    return "{\"percent\":100,\"narrative\":\"Cumplido.\",\"requestClosure\":true}";
  }

  private static ConfigurableApplicationContext start(String database) {
    return RunningApplication.start(postgres, database);
  }

  private static int port(ConfigurableApplicationContext app) {
    return RunningApplication.port(app);
  }
}
