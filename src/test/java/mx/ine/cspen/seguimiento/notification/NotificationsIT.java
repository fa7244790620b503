package mx.ine.cspen.seguimiento.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import mx.ine.cspen.seguimiento.commitment.CommitmentProcess;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.DatabaseSnapshot;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications as their recipients get them: by email through a real SMTP server, and on their
 * page. Timers are brought forward by moving the engine's clock, never by waiting.
 */
class NotificationsIT extends PostgresIntegrationTest {

  private static final String BASE_URL = "https://seguimiento.ine.test";
  private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
  private static final Mailbox MAILBOX = new Mailbox();

  @DynamicPropertySource
  static void mailAndJobs(DynamicPropertyRegistry properties) {
    properties.add("SMTP_HOST", () -> "127.0.0.1");
    properties.add("SMTP_PORT", MAILBOX::port);
    properties.add("SMTP_STARTTLS", () -> "false");
    properties.add("SMTP_TIMEOUT", () -> "5s");
    properties.add("EMAIL_RETRY_CYCLE", () -> "PT1S,PT1S");
    properties.add("APP_BASE_URL", () -> BASE_URL);
    properties.add("JOB_ACQUISITION_WAIT_MS", () -> "100");
    properties.add("JOB_ACQUISITION_MAX_WAIT_MS", () -> "500");
  }

  @Autowired Notifications notifications;
  @Autowired EmailDelivery delivery;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void engineClockBackToNow() {
    ClockUtil.reset();
  }

  @AfterAll
  static void stopMailbox() {
    MAILBOX.stop();
  }

  @Test
  void areaIsRemindedByEmailAndOnItsPageWhenAPeriodPassesWithoutProgress() {
    long id = newCommitment("ascenso");
    String folio = folio(id);

    moveEngineClock(Duration.ofDays(31));

    MimeMessage email = MAILBOX.await("ascenso@demo.seguimiento.example", folio);
    assertThat(Mailbox.subject(email))
        .isEqualTo("Recordatorio: informe el avance del acuerdo " + folio);
    String text = Mailbox.part(email, "text/plain");
    assertThat(text)
        .startsWith("Subdirección de Ascenso:")
        .contains("Le recordamos informar el avance del acuerdo " + folio)
        .contains("Aún no se ha registrado ningún informe de avance.")
        .contains(
            BASE_URL
                + "/camunda/app/tasklist/default/#/?task="
                + openTask(id, CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS));
    assertThat(Mailbox.part(email, "text/html")).contains("Abrir la tarea «Informar avance»");

    JsonNode mine = api.get("ascenso", "/api/notifications?unread=true").json();
    JsonNode reminder = only(mine, folio);
    assertThat(reminder.get("kind").asText()).isEqualTo("PROGRESS_REMINDER");
    assertThat(reminder.get("read").asBoolean()).isFalse();
    assertThat(reminder.get("link").asText())
        .isEqualTo(BASE_URL + "/notificaciones/" + reminder.get("id").asLong() + "/abrir");
    awaitThat(
        () ->
            only(api.get("ascenso", "/api/notifications").json(), folio)
                .get("email")
                .asText()
                .equals("SENT"),
        "the reminder marked as emailed");
    assertThat(api.get("ascenso", "/notificaciones").body())
        .contains("Recordatorio: informe el avance del acuerdo " + folio);
    assertThat(api.get("st", "/api/notifications").json().findValuesAsText("subject"))
        .noneMatch(s -> s.contains(folio));
    assertThat(
            api.post("st", "/api/notifications/" + reminder.get("id").asLong() + "/read", "")
                .status())
        .isEqualTo(404);

    Api.Response read =
        api.post("ascenso", "/api/notifications/" + reminder.get("id").asLong() + "/read", "");

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("read").asBoolean()).isTrue();
    assertThat(
            api.get("ascenso", "/api/notifications?unread=true").json().findValuesAsText("subject"))
        .noneMatch(s -> s.contains(folio));
  }

  @Test
  void closureRequestReachesTheSecretariatAndItsReturnAndApprovalReachTheArea() {
    long id = newCommitment("juridica");
    String folio = folio(id);

    api.post(
        "juridica",
        "/api/commitments/" + id + "/progress",
        """
        {"percent": 100, "requestClosure": true, "narrative": "La Junta aprobó el Acuerdo INE/JGE38/2024.",
         "references": [{"type": "acuerdo", "number": "INE/JGE38/2024", "url": "https://repositoriodocumental.ine.mx/a.pdf"}]}
        """);
    MimeMessage requested =
        MAILBOX.await("st@demo.seguimiento.example", "Solicitud de conclusión: " + folio);
    assertThat(Mailbox.part(requested, "text/plain"))
        .contains("Dirección Jurídica solicita la conclusión del acuerdo " + folio)
        .contains("La Junta aprobó el Acuerdo INE/JGE38/2024.")
        .contains("- Acuerdo INE/JGE38/2024: https://repositoriodocumental.ine.mx/a.pdf")
        .contains(
            BASE_URL
                + "/camunda/app/tasklist/default/#/?task="
                + openTask(id, CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT));

    api.post(
        "st",
        "/api/commitments/" + id + "/verification",
        "{\"approved\": false, \"observations\": \"Falta la liga del oficio <INE/DJ/6820/2024> & su fecha.\"}");
    MimeMessage returned =
        MAILBOX.await(
            "juridica@demo.seguimiento.example", "Solicitud de conclusión devuelta: " + folio);
    assertThat(Mailbox.part(returned, "text/plain"))
        .contains(
            "con estas observaciones:\n\nFalta la liga del oficio <INE/DJ/6820/2024> & su fecha.")
        .contains(
            BASE_URL
                + "/camunda/app/tasklist/default/#/?task="
                + openTask(id, CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS));
    assertThat(Mailbox.part(returned, "text/html"))
        .contains("Falta la liga del oficio &lt;INE/DJ/6820/2024&gt; &amp; su fecha.")
        .doesNotContain("<INE/DJ/6820/2024>");

    api.post(
        "juridica",
        "/api/commitments/" + id + "/progress",
        "{\"percent\": 100, \"requestClosure\": true, \"narrative\": \"Se agregó la liga.\"}");
    api.post("st", "/api/commitments/" + id + "/verification", "{\"approved\": true}");
    MimeMessage approved =
        MAILBOX.await("juridica@demo.seguimiento.example", "Acuerdo concluido: " + folio);
    assertThat(Mailbox.part(approved, "text/plain"))
        .contains("aprobó la conclusión del acuerdo " + folio + ", que queda concluido al 100 %")
        .contains("Ver el compromiso: " + BASE_URL + "/compromisos/" + id);
    assertThat(
            MAILBOX.received(m -> Mailbox.subject(m).contains("Solicitud de conclusión: " + folio)))
        .hasSize(2);
  }

  @Test
  void secretariatMovesTheDueDateAndTheEscalationFollowsIt() {
    long id = newCommitmentDue("formacion", today().plusDays(10));
    String folio = folio(id);
    var before = DatabaseSnapshot.of(jdbc);
    assertThat(
            api.post(
                    "formacion",
                    "/api/commitments/" + id + "/due-date",
                    "{\"dueDate\":\"" + today().plusDays(20) + "\"}")
                .status())
        .isEqualTo(403);
    long session = api.get("st", "/api/commitments/" + id).json().get("sessionId").asLong();
    LocalDate held =
        LocalDate.parse(api.get("st", "/api/sessions/" + session).json().get("date").asText());
    Api.Response early =
        api.post(
            "st",
            "/api/commitments/" + id + "/due-date",
            "{\"dueDate\":\"" + held.minusDays(1) + "\"}");
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.json().get("field").asText()).isEqualTo("dueDate");
    assertThat(early.json().get("detail").asText()).contains("no puede ser anterior a la sesión");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    Api.Response changed =
        api.post(
            "st",
            "/api/commitments/" + id + "/due-date",
            "{\"dueDate\":\""
                + today().plusDays(20)
                + "\", \"reason\": \"La Comisión amplió el plazo.\"}");

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("dueDate").asText()).isEqualTo(today().plusDays(20).toString());
    JsonNode last = changed.json().get("history").get(changed.json().get("history").size() - 1);
    assertThat(last.get("type").asText()).isEqualTo("DUE_DATE_CHANGED");
    assertThat(last.get("actor").asText()).isEqualTo("st");
    assertThat(last.get("note").asText()).contains("La Comisión amplió el plazo.");
    assertThat(escalationTimer(id))
        .isEqualTo(today().plusDays(21).atStartOfDay(MEXICO).toInstant());

    moveEngineClock(Duration.ofDays(15));
    pauseForTheJobExecutor();
    assertThat(openTaskOrNull(id, CommitmentProcess.Elements.USER_TASK_FOLLOW_UP_OVERDUE)).isNull();

    moveEngineClock(Duration.ofDays(22));
    MimeMessage toSecretariat =
        MAILBOX.await(
            "st@demo.seguimiento.example", "Dar seguimiento a compromiso vencido: " + folio);
    MimeMessage toArea =
        MAILBOX.await("formacion@demo.seguimiento.example", "Compromiso vencido: " + folio);

    String followUpTask = openTask(id, CommitmentProcess.Elements.USER_TASK_FOLLOW_UP_OVERDUE);
    assertThat(Mailbox.part(toSecretariat, "text/plain"))
        .contains("La fecha límite del acuerdo " + folio + " (Subdirección de Formación) fue el")
        .contains(BASE_URL + "/camunda/app/tasklist/default/#/?task=" + followUpTask);
    assertThat(Mailbox.part(toArea, "text/plain"))
        .contains("La Secretaría Técnica dará seguimiento.");
    assertThat(api.get("st", "/api/commitments/" + id).json().get("status").asText())
        .isEqualTo("IN_PROGRESS");
  }

  @Test
  void updateRequestOfTheReportListsTheAreasOpenCommitmentsAndTheCutoffOnce() {
    long first = newCommitment("enlace");
    long second = newCommitment("enlace");
    LocalDate cutoff = LocalDate.of(2024, 5, 24);

    transactions.executeWithoutResult(
        tx -> notifications.updateRequested("enlace", List.of(first, second), cutoff));
    transactions.executeWithoutResult(
        tx -> notifications.updateRequested("enlace", List.of(first, second), cutoff));

    String subject =
        "Actualice el avance de sus compromisos antes del corte del 24 de mayo de 2024";
    MimeMessage email = MAILBOX.await("enlace@demo.seguimiento.example", subject);
    assertThat(Mailbox.part(email, "text/plain"))
        .contains("con fecha de corte del 24 de mayo de 2024")
        .contains("el avance de los 2 compromisos y acuerdos abiertos a cargo de su área")
        .contains("- " + folio(first) + " · 0 % · En curso")
        .contains("- " + folio(second) + " · 0 % · En curso");
    pauseForTheJobExecutor();
    assertThat(MAILBOX.received(m -> Mailbox.subject(m).equals(subject))).hasSize(1);
    assertThat(api.get("enlace", "/api/notifications").json().findValuesAsText("subject"))
        .filteredOn(subject::equals)
        .hasSize(1);
  }

  @Test
  void emailAlreadySentIsNotSentAgainWhenItsJobRunsAgain() {
    long id = newCommitment("ingreso");
    String folio = folio(id);
    api.post(
        "ingreso",
        "/api/commitments/" + id + "/progress",
        "{\"percent\": 100, \"requestClosure\": true, \"narrative\": \"Cumplido.\"}");
    MAILBOX.await("st@demo.seguimiento.example", "Solicitud de conclusión: " + folio);
    long notification = notificationOf("st", id);
    awaitThat(() -> "SENT".equals(emailStatus(notification)), "the email marked sent");

    delivery.send(notification);

    assertThat(
            MAILBOX.received(m -> Mailbox.subject(m).contains("Solicitud de conclusión: " + folio)))
        .hasSize(1);
  }

  @Test
  void refusedEmailIsRetriedThenLeftAsAnIncidentAnAdministratorRetriesAndTheCommitmentMovesOn() {
    long id = newCommitment("sistemas");
    String folio = folio(id);
    MAILBOX.stop();
    long notification;
    try {
      Api.Response closure =
          api.post(
              "sistemas",
              "/api/commitments/" + id + "/progress",
              "{\"percent\": 100, \"requestClosure\": true, \"narrative\": \"Cumplido.\"}");
      assertThat(closure.status()).isEqualTo(200);
      notification = notificationOf("st", id);
      String businessKey = NotificationEmailProcess.businessKey(notification);

      awaitThat(() -> incidents(businessKey) == 1, "an incident for the email");
      assertThat(failedAttempts(businessKey)).isEqualTo(3);
      assertThat(emailStatus(notification)).isEqualTo("PENDING");
      assertThat(api.get("st", "/api/commitments/" + id).json().get("status").asText())
          .isEqualTo("UNDER_VERIFICATION");
      assertThat(openTask(id, CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT)).isNotNull();
      assertThat(api.get("st", "/api/notifications").json().findValuesAsText("subject"))
          .contains("Solicitud de conclusión: " + folio);
    } finally {
      MAILBOX.start();
    }

    String job =
        jdbc.queryForObject(
            "select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_"
                + " where e.business_key_ = ?",
            String.class,
            NotificationEmailProcess.businessKey(notification));
    assertThat(
            api.send("admin", "PUT", "/engine-rest/job/" + job + "/retries", "{\"retries\": 1}")
                .status())
        .isEqualTo(204);

    MAILBOX.await("st@demo.seguimiento.example", "Solicitud de conclusión: " + folio);
    awaitThat(() -> "SENT".equals(emailStatus(notification)), "the email marked sent");
    assertThat(incidents(NotificationEmailProcess.businessKey(notification))).isZero();
  }

  // --- helpers --------------------------------------------------------------------------------

  private long newCommitmentDue(String areaCode, LocalDate dueDate) {
    Api.Response response =
        api.post(
            "st",
            "/api/commitments",
            "{\"sessionId\":"
                + newSession()
                + ",\"kind\":\"AGREEMENT\",\"text\":\"La Comisión aprobó el proyecto.\","
                + "\"areaCode\":\""
                + areaCode
                + "\",\"dueDate\":\""
                + dueDate
                + "\"}");
    assertThat(response.status()).isEqualTo(201);
    return response.id();
  }

  private String folio(long commitmentId) {
    return api.get("st", "/api/commitments/" + commitmentId).json().get("folio").asText();
  }

  private static LocalDate today() {
    return LocalDate.now(MEXICO);
  }

  /** The engine's clock runs on, this much ahead; due timers then fire in the job executor. */
  private static void moveEngineClock(Duration ahead) {
    ClockUtil.offset(ahead.toMillis());
  }

  /** Long enough for several acquisitions of the job executor (every 100 to 500 ms here). */
  private static void pauseForTheJobExecutor() {
    for (int i = 0; i < 20; i++) {
      Mailbox.pause();
    }
  }

  private String openTask(long commitmentId, String taskDefinitionKey) {
    String task = openTaskOrNull(commitmentId, taskDefinitionKey);
    assertThat(task).as("open task " + taskDefinitionKey).isNotNull();
    return task;
  }

  private String openTaskOrNull(long commitmentId, String taskDefinitionKey) {
    List<String> tasks =
        jdbc.queryForList(
            "select t.id_ from act_ru_task t join commitment c on c.process_instance_id = t.proc_inst_id_"
                + " where c.id = ? and t.task_def_key_ = ?",
            String.class,
            commitmentId,
            taskDefinitionKey);
    return tasks.isEmpty() ? null : tasks.get(0);
  }

  private Instant escalationTimer(long commitmentId) {
    return jdbc.queryForObject(
            "select j.duedate_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
                + " join commitment c on c.process_instance_id = j.process_instance_id_"
                + " where c.id = ? and d.act_id_ = ?",
            java.sql.Timestamp.class,
            commitmentId,
            CommitmentProcess.Elements.TIMER_EVENT_DUE_DATE_PASSED)
        .toInstant();
  }

  private long notificationOf(String recipient, long commitmentId) {
    return jdbc.queryForObject(
        "select id from notification where recipient = ? and commitment_id = ? order by id desc limit 1",
        Long.class,
        recipient,
        commitmentId);
  }

  private String emailStatus(long notificationId) {
    return jdbc.queryForObject(
        "select email_status from notification where id = ?", String.class, notificationId);
  }

  private int incidents(String businessKey) {
    return jdbc.queryForObject(
        "select count(*) from act_ru_incident i join act_ru_execution e on e.id_ = i.proc_inst_id_"
            + " where e.business_key_ = ?",
        Integer.class,
        businessKey);
  }

  private int failedAttempts(String businessKey) {
    return jdbc.queryForObject(
        "select count(*) from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_"
            + " where p.business_key_ = ? and l.job_exception_msg_ is not null",
        Integer.class,
        businessKey);
  }

  private static JsonNode only(JsonNode notifications, String folio) {
    List<JsonNode> matching = new java.util.ArrayList<>();
    notifications.forEach(
        n -> {
          if (n.get("subject").asText().contains(folio)) {
            matching.add(n);
          }
        });
    assertThat(matching).as("notifications about " + folio).hasSize(1);
    return matching.get(0);
  }

  private static void awaitThat(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Still waiting for " + what);
      }
      Mailbox.pause();
    }
  }
}
