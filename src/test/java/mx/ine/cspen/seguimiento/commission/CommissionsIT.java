package mx.ine.cspen.seguimiento.commission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import mx.ine.cspen.seguimiento.support.WebSession;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two commissions in one installation, on PostgreSQL: the CSPEN (seeded) and the CCOE, added by an
 * administrator through the API, with their own Secretaría Técnica, area, member, sessions and
 * commitments. Nothing of one is visible or changeable from the other, through our API, our pages,
 * the engine's REST API or the webapps' own; the institute-wide reader reads both and changes
 * nothing; a person of an area in each commission works in both, each as its commission allows.
 */
class CommissionsIT extends PostgresIntegrationTest {

  // A database of its own: a second commission changes the Tasklist forms of everyone else.
  private static final String OWN_DATABASE =
      EmbeddedPostgresServer.newDatabase("seguimiento_commissions_it");

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> OWN_DATABASE);
  }

  private static final String CCOE =
      """
      {"code":"CCOE","name":"Comisión de Capacitación y Organización Electoral",
       "shortName":"Comisión de Organización","secretariatUnit":"DEOE",
       "secretariatName":"Dirección Ejecutiva de Organización Electoral",
       "reportTitle":"INFORME QUE PRESENTA LA DIRECCIÓN EJECUTIVA DE ORGANIZACIÓN ELECTORAL SOBRE EL SEGUIMIENTO DE COMPROMISOS Y ACUERDOS DE LA COMISIÓN DE CAPACITACIÓN Y ORGANIZACIÓN ELECTORAL.",
       "legalBasis":"Con fundamento en el artículo 14 del Reglamento de Comisiones del Consejo General, la DEOE, Secretaría Técnica de la Comisión de Organización, presenta este informe.",
       "folioPrefix":"CCOE",
       "glossary":[{"term":"DEOE","meaning":"Dirección Ejecutiva de Organización Electoral."}]}
      """;

  @Autowired IdentityService identity;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;

  private static boolean ready;

  @BeforeEach
  void secondCommission() {
    if (ready) {
      return;
    }
    Api.Response created = api.post("admin", "/api/commissions", CCOE);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Api.Response area =
        api.post(
            "admin",
            "/api/commissions/CCOE/areas",
            "{\"code\":\"capacitacion\",\"name\":\"Dirección de Capacitación Electoral\"}");
    assertThat(area.status()).as(area.toString()).isEqualTo(201);
    user("st-ccoe", "secretaria-tecnica-ccoe");
    user("consejero-ccoe", "comision-ccoe");
    user("capacitacion", "area-capacitacion");
    user("doble", "area-ascenso", "area-capacitacion");
    ready = true;
  }

  @Test
  void administratorsAddCommissionsAndAreasAndNobodyElse() {
    assertThat(codes("admin")).startsWith("CSPEN", "CCOE");
    assertThat(codes("consulta")).startsWith("CSPEN", "CCOE");
    assertThat(codes("st")).containsExactly("CSPEN");
    assertThat(codes("ascenso")).containsExactly("CSPEN");
    assertThat(codes("st-ccoe")).containsExactly("CCOE");
    assertThat(codes("capacitacion")).containsExactly("CCOE");
    assertThat(codes("doble")).containsExactly("CSPEN", "CCOE");

    Api.Response byTheSecretariat =
        api.post("st", "/api/commissions", CCOE.replace("CCOE", "COTRA"));
    assertThat(byTheSecretariat.status()).isEqualTo(403);
    Api.Response twice = api.post("admin", "/api/commissions", CCOE);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("detail").asText())
        .contains("Ya existe la comisión con clave CCOE");
    Api.Response badCode =
        api.post("admin", "/api/commissions", CCOE.replace("\"CCOE\"", "\"c o\""));
    assertThat(badCode.status()).isEqualTo(400);
    assertThat(badCode.body()).contains("La clave de la comisión lleva");
    Api.Response areaOfAnother =
        api.post(
            "admin", "/api/commissions/CCOE/areas", "{\"code\":\"ascenso\",\"name\":\"Otra\"}");
    assertThat(areaOfAnother.status()).isEqualTo(409);

    // Each one's areas, for its own people.
    assertThat(areaCodes("st-ccoe")).containsExactly("capacitacion");
    assertThat(areaCodes("st")).doesNotContain("capacitacion").contains("ascenso");
  }

  @Test
  void nothingOfOneCommissionIsVisibleOrChangeableFromTheOther() {
    long cspen = commitment("st", "ascenso", 5);
    long ccoe = commitment("st-ccoe", "capacitacion", 5);
    // Sessions count per commission: the same type, number and year in both.
    assertThat(folio("st-ccoe", ccoe)).startsWith("CCOE-");
    assertThat(folio("st", cspen)).startsWith("CSPEN-");

    // Our API: the other commission's commitment does not exist for them.
    assertThat(api.get("st", "/api/commitments/" + ccoe).status()).isEqualTo(404);
    assertThat(api.get("st-ccoe", "/api/commitments/" + cspen).status()).isEqualTo(404);
    assertThat(api.get("consejera", "/api/commitments/" + ccoe).status()).isEqualTo(404);
    assertThat(api.get("ascenso", "/api/commitments/" + ccoe).status()).isEqualTo(404);
    assertThat(ids("st", "/api/commitments")).contains(cspen).doesNotContain(ccoe);
    assertThat(ids("st-ccoe", "/api/commitments")).contains(ccoe).doesNotContain(cspen);
    assertThat(ids("consejero-ccoe", "/api/commitments")).contains(ccoe).doesNotContain(cspen);
    assertThat(
            api.post("st", "/api/commitments/" + ccoe + "/cancellation", "{\"reason\":\"No.\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            api.post(
                    "capacitacion",
                    "/api/commitments/" + cspen + "/progress",
                    "{\"percent\":10,\"narrative\":\"Ajeno.\"}")
                .status())
        .isEqualTo(404);
    // An area of the other commission cannot be given to a commitment.
    Api.Response foreignArea =
        api.post(
            "st-ccoe", "/api/commitments/" + ccoe + "/assignment", "{\"areaCode\":\"ascenso\"}");
    assertThat(foreignArea.status()).isEqualTo(400);
    assertThat(foreignArea.json().get("detail").asText()).contains("ascenso");
    // A commission named that one does not belong to.
    assertThat(api.get("st", "/api/commitments?commission=CCOE").status()).isEqualTo(403);
    assertThat(api.get("st", "/api/commitments?commission=NADA").status()).isEqualTo(400);

    // Our pages; the annex goes into the commission the page names.
    assertThat(api.page("st-ccoe", "/importacion").body())
        .contains("Se importa en la")
        .contains("Comisión de Capacitación y Organización Electoral");
    assertThat(api.page("st", "/compromisos/" + ccoe).status()).isEqualTo(404);
    assertThat(api.page("st-ccoe", "/compromisos/" + ccoe).status()).isEqualTo(200);
    assertThat(api.page("st-ccoe", "/compromisos/" + cspen).status()).isEqualTo(404);
    assertThat(api.page("st", "/").body()).doesNotContain(folio("st-ccoe", ccoe));
    assertThat(api.page("st-ccoe", "/").body())
        .contains(folio("st-ccoe", ccoe))
        .doesNotContain(folio("st", cspen));

    // The engine's REST API: each sees its commission's instances and tasks only.
    String ccoeProcess = processOf(ccoe);
    String cspenProcess = processOf(cspen);
    assertThat(engineIds("st", "/engine-rest/process-instance?processDefinitionKey=commitment"))
        .contains(cspenProcess)
        .doesNotContain(ccoeProcess);
    assertThat(
            engineIds("st-ccoe", "/engine-rest/process-instance?processDefinitionKey=commitment"))
        .contains(ccoeProcess)
        .doesNotContain(cspenProcess);
    assertThat(api.get("st", "/engine-rest/process-instance/" + ccoeProcess).status())
        .isEqualTo(404);
    String ccoeTask = taskOf(ccoeProcess);
    assertThat(engineIds("ascenso", "/engine-rest/task")).doesNotContain(ccoeTask);
    assertThat(engineIds("capacitacion", "/engine-rest/task")).contains(ccoeTask);
    assertThat(
            api.post(
                    "ascenso",
                    "/engine-rest/task/" + ccoeTask + "/claim",
                    "{\"userId\":\"ascenso\"}")
                .status())
        .isIn(403, 404);
    assertThat(
            api.get("st", "/engine-rest/history/process-instance?processInstanceId=" + ccoeProcess)
                .json())
        .isEmpty();

    // The webapps' own engine API, as Tasklist and Cockpit call it.
    WebSession cockpit = WebSession.signedIn(port, "st");
    assertThat(cockpit.callEngine("GET", "/process-instance/" + ccoeProcess, null).status())
        .isEqualTo(404);
    WebSession tasklist = WebSession.signedIn(port, "ascenso");
    assertThat(tasklist.callEngine("GET", "/task?processInstanceId=" + ccoeProcess, null).json())
        .isEmpty();
    assertThat(tasklist.callEngine("GET", "/task/" + ccoeTask + "/form-variables", null).status())
        .isIn(403, 404);
  }

  @Test
  void theInstituteWideReaderReadsEveryCommissionAndChangesNothing() {
    long cspen = commitment("st", "ascenso", 6);
    long ccoe = commitment("st-ccoe", "capacitacion", 6);

    assertThat(api.get("consulta", "/api/commitments/" + cspen).status()).isEqualTo(200);
    assertThat(api.get("consulta", "/api/commitments/" + ccoe).status()).isEqualTo(200);
    assertThat(ids("consulta", "/api/commitments")).contains(cspen, ccoe);
    assertThat(ids("consulta", "/api/commitments?commission=CCOE"))
        .contains(ccoe)
        .doesNotContain(cspen);
    assertThat(
            api.post(
                    "consulta",
                    "/api/commitments/" + ccoe + "/cancellation",
                    "{\"reason\":\"No.\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            api.post(
                    "consulta",
                    "/api/sessions",
                    "{\"type\":\"ORDINARY\",\"number\":1,\"date\":\"2011-01-01\"}")
                .status())
        .isEqualTo(403);
    String ccoeProcess = processOf(ccoe);
    assertThat(
            engineIds("consulta", "/engine-rest/process-instance?processDefinitionKey=commitment"))
        .contains(processOf(cspen), ccoeProcess);
    String task = taskOf(ccoeProcess);
    assertThat(
            api.post(
                    "consulta", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"consulta\"}")
                .status())
        .isIn(403, 404);
    assertThat(
            api.send(
                    "consulta",
                    "PUT",
                    "/engine-rest/process-instance/" + ccoeProcess + "/suspended",
                    "{\"suspended\":true}")
                .status())
        .isNotIn(200, 204);

    // Its pages, across commissions.
    assertThat(api.page("consulta", "/sesiones").status()).isEqualTo(200);
    assertThat(api.page("consulta", "/informes").status()).isEqualTo(200);
    assertThat(api.page("consulta", "/compromisos/" + ccoe).status()).isEqualTo(200);

    // The dashboard across commissions: commitments by commission and status, overdue by one.
    String dashboard = api.page("consulta", "/").body();
    assertThat(dashboard).contains("Por comisión", "Todas las comisiones");
    assertThat(dashboard).contains("data-figure=\"commission.CCOE.total\"");
    assertThat(dashboard).contains("data-figure=\"commission.CSPEN.overdue\"");
  }

  @Test
  void aPersonOfTwoCommissionsWorksInEachAsThatCommissionAllows() {
    long cspen = commitment("st", "ascenso", 7);
    long ccoe = commitment("st-ccoe", "capacitacion", 7);

    // Works first in the first commission; names the other to see it.
    assertThat(ids("doble", "/api/commitments")).contains(cspen).doesNotContain(ccoe);
    assertThat(ids("doble", "/api/commitments?commission=CCOE"))
        .contains(ccoe)
        .doesNotContain(cspen);
    // Reports progress on each commitment, each in its own commission.
    assertThat(progress("doble", cspen).status()).isEqualTo(200);
    assertThat(progress("doble", ccoe).status()).isEqualTo(200);
    assertThat(
            api.get("st-ccoe", "/api/commitments/" + ccoe)
                .json()
                .get("progress")
                .get(0)
                .get("author")
                .asText())
        .isEqualTo("doble");
    // And is no Secretaría Técnica in either.
    assertThat(
            api.post("doble", "/api/commitments/" + ccoe + "/cancellation", "{\"reason\":\"No.\"}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void eachCommissionsReportSpeaksOfItAndCountsOnlyItsCommitments() throws Exception {
    commitment("st-ccoe", "capacitacion", 8);
    commitment("st", "ascenso", 8);
    Api.Response created =
        api.post(
            "st-ccoe",
            "/api/reports",
            "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\"2009-06-17\",\"agendaItem\":2,"
                + "\"cutoff\":\"2009-06-01\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long report = created.id();
    assertThat(api.get("st", "/api/reports/" + report).status()).isEqualTo(404);

    JsonNode json = api.get("st-ccoe", "/api/reports/" + report).json();
    assertThat(json.get("total").asLong())
        .isPositive()
        .isEqualTo(
            jdbc.queryForObject(
                "select count(*) from commitment c join commission_session s on s.id = c.session_id"
                    + " join commission k on k.id = s.commission_id"
                    + " where k.code = 'CCOE' and s.session_date <= date '2009-06-01'",
                Long.class));
    String text;
    try (XWPFDocument docx =
            new XWPFDocument(
                new ByteArrayInputStream(
                    api.getBinary("st-ccoe", "/api/reports/" + report + ".docx").body()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      text = extractor.getText();
    }
    assertThat(text)
        .contains("INFORME QUE PRESENTA LA DIRECCIÓN EJECUTIVA DE ORGANIZACIÓN ELECTORAL")
        .contains("Con fundamento en el artículo 14 del Reglamento de Comisiones")
        .contains("Dirección Ejecutiva de Organización Electoral.")
        .contains("Compromisos y acuerdos de la Comisión de Capacitación y Organización Electoral.")
        .doesNotContain("SERVICIO PROFESIONAL ELECTORAL NACIONAL")
        .doesNotContain("Comisión del Servicio");
  }

  @Test
  void administratorsAddACommissionFromThePageAndNothingTypedIsLostOnAMistake() {
    assertThat(api.page("admin", "/administracion/comisiones").body())
        .contains("Comisión de Capacitación y Organización Electoral", "secretaria-tecnica-ccoe");
    assertThat(api.page("st", "/administracion/comisiones").status()).isEqualTo(403);

    String typed =
        "code=CFIS&name="
            + encode("Comisión de Fiscalización")
            + "&shortName="
            + encode("Comisión de Fiscalización")
            + "&secretariatUnit=UTF&secretariatName="
            + encode("Unidad Técnica de Fiscalización")
            + "&reportTitle="
            + encode("INFORME DE LA UNIDAD TÉCNICA DE FISCALIZACIÓN <b>sobre</b> sus acuerdos.")
            + "&legalBasis=&folioPrefix=&glossary="
            + encode("UTF: Unidad Técnica de Fiscalización.\nsin dos puntos");
    Api.Response mistaken = api.postForm("admin", "/administracion/comisiones", typed);
    assertThat(mistaken.status()).isEqualTo(200);
    assertThat(mistaken.body())
        .contains("No se guardó nada")
        .contains("Indique el fundamento del informe")
        .contains("Línea 2 del glosario")
        // What was typed comes back as typed, markup included.
        .contains("INFORME DE LA UNIDAD TÉCNICA DE FISCALIZACIÓN &lt;b&gt;sobre&lt;/b&gt;");
    assertThat(codes("admin")).doesNotContain("CFIS");

    Api.Response added =
        api.postForm(
            "admin",
            "/administracion/comisiones",
            typed
                .replace("&legalBasis=", "&legalBasis=" + encode("Con fundamento en la ley."))
                .replace(encode("\nsin dos puntos"), ""));
    assertThat(added.status()).as(added.toString()).isEqualTo(302);
    assertThat(codes("admin")).contains("CFIS");
    Api.Response area =
        api.postForm(
            "admin",
            "/administracion/comisiones/CFIS/areas",
            "code=auditoria&name=" + encode("Dirección de Auditoría"));
    assertThat(area.status()).isEqualTo(302);
    assertThat(api.page("admin", "/administracion/comisiones").body())
        .contains("Dirección de Auditoría", "area-auditoria", "comision-cfis");

    // Whoever works in several commissions chooses one in the bar; the others have no choice.
    assertThat(api.page("doble", "/").body()).contains("selector-comision", "CCOE · ");
    assertThat(api.page("st", "/").body()).doesNotContain("selector-comision");
  }

  @Test
  void theSameCommissionAddedTwiceAtOnceIsAddedOnceAndTheOtherIsToldWhy() throws Exception {
    String body = CCOE.replace("CCOE", "CDUP").replace("Capacitación y Organización", "Duplicada");
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.Callable<Api.Response> add =
          () -> {
            start.await();
            return api.post("admin", "/api/commissions", body);
          };
      var first = two.submit(add);
      var second = two.submit(add);
      start.countDown();
      List<Integer> statuses = List.of(first.get().status(), second.get().status());
      assertThat(statuses).containsExactlyInAnyOrder(201, 409);
      Api.Response refused = first.get().status() == 409 ? first.get() : second.get();
      assertThat(refused.json().get("detail").asText()).isNotBlank().doesNotContain("Exception");
    } finally {
      two.shutdown();
    }
    assertThat(
            jdbc.queryForObject("select count(*) from commission where code = 'CDUP'", Long.class))
        .isEqualTo(1);
  }

  @Test
  void twoAreasAddedAtOnceAreBothInTheTasklistForms() throws Exception {
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      var first =
          two.submit(
              () -> {
                start.await();
                return api.post(
                    "admin",
                    "/api/commissions/CCOE/areas",
                    "{\"code\":\"simulacros\",\"name\":\"Dirección de Simulacros\"}");
              });
      var second =
          two.submit(
              () -> {
                start.await();
                return api.post(
                    "admin",
                    "/api/commissions/CSPEN/areas",
                    "{\"code\":\"estadistica\",\"name\":\"Dirección de Estadística\"}");
              });
      start.countDown();
      assertThat(first.get().status()).as(first.get().toString()).isEqualTo(201);
      assertThat(second.get().status()).as(second.get().toString()).isEqualTo(201);
    } finally {
      two.shutdown();
    }
    // The forms the models take now (the latest deployed) list both.
    org.camunda.bpm.engine.repository.Deployment latest =
        repository
            .createDeploymentQuery()
            .deploymentName(CommissionForms.DEPLOYMENT_NAME)
            .orderByDeploymentTime()
            .desc()
            .listPage(0, 1)
            .get(0);
    String form;
    try (var in = repository.getResourceAsStream(latest.getId(), "forms/assign-area.form")) {
      form = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(form).contains("\"simulacros\"", "\"estadistica\"", "\"capacitacion\"");
  }

  // --- Helpers ----------------------------------------------------------------------------------

  private void user(String id, String... groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName(id);
      user.setPassword(id);
      identity.saveUser(user);
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
  }

  /** A commitment of a session of its own, registered by {@code secretariat}, in 2009. */
  private long commitment(String secretariat, String area, int number) {
    Api.Response session =
        api.post(
            secretariat,
            "/api/sessions",
            "{\"type\":\"EXTRAORDINARY\",\"number\":"
                + number
                + ",\"date\":\"2009-05-"
                + (10 + number)
                + "\"}");
    assertThat(session.status()).as(session.toString()).isEqualTo(201);
    Api.Response commitment =
        api.post(
            secretariat,
            "/api/commitments",
            "{\"sessionId\":"
                + session.id()
                + ",\"kind\":\"AGREEMENT\",\"text\":\"Acuerdo de "
                + secretariat
                + ".\",\"areaCode\":\""
                + area
                + "\",\"dueDate\":\"2009-06-30\"}");
    assertThat(commitment.status()).as(commitment.toString()).isEqualTo(201);
    return commitment.id();
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  private Api.Response progress(String user, long commitment) {
    return api.post(
        user,
        "/api/commitments/" + commitment + "/progress",
        "{\"percent\":20,\"narrative\":\"Avance de " + user + ".\"}");
  }

  private String folio(String user, long commitment) {
    return api.get(user, "/api/commitments/" + commitment).json().get("folio").asText();
  }

  private String processOf(long commitment) {
    return jdbc.queryForObject(
        "select process_instance_id from commitment where id = ?", String.class, commitment);
  }

  private String taskOf(String processInstance) {
    return api.get("admin", "/engine-rest/task?processInstanceId=" + processInstance)
        .json()
        .get(0)
        .get("id")
        .asText();
  }

  private List<String> codes(String user) {
    List<String> codes = new ArrayList<>();
    api.get(user, "/api/commissions").json().forEach(c -> codes.add(c.get("code").asText()));
    return codes;
  }

  private List<String> areaCodes(String user) {
    List<String> codes = new ArrayList<>();
    api.get(user, "/api/areas").json().forEach(a -> codes.add(a.get("code").asText()));
    return codes;
  }

  private List<Long> ids(String user, String path) {
    Api.Response response = api.get(user, path);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    JsonNode list = response.json();
    (list.has("items") ? list.get("items") : list).forEach(c -> ids.add(c.get("id").asLong()));
    return ids;
  }

  private List<String> engineIds(String user, String path) {
    Api.Response response = api.get(user, path);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    response.json().forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }
}
