package mx.ine.cspen.seguimiento.security.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.SeguimientoApplication;
import mx.ine.cspen.seguimiento.commitment.CommitmentProcess;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import mx.ine.cspen.seguimiento.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Staff sign in with their directory accounts: the production configuration with the directory
 * sign-in on, against an LDAP directory held in memory (UnboundID) with people in groups.
 */
class DirectorySignInIT {

  private static final String BASE_DN = "dc=instituto,dc=example";
  private static final String PEOPLE = "ou=personas," + BASE_DN;
  private static final String GROUPS = "ou=grupos," + BASE_DN;
  private static final String SERVICE_ACCOUNT = "cn=seguimiento,ou=servicios," + BASE_DN;
  private static final String ADMIN = "administrador";
  private static final String ADMIN_PASSWORD = "Ine-Cspen-2026!";

  private static InMemoryDirectoryServer directory;
  private static ConfigurableApplicationContext app;
  private static int port;
  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
    config.addAdditionalBindCredentials(SERVICE_ACCOUNT, "Servicio-2026");
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
    directory = new InMemoryDirectoryServer(config);
    directory.importFromLDIF(true, Path.of("src/test/resources/directory/instituto.ldif").toFile());
    directory.startListening();

    Map<String, Object> environment = new HashMap<>();
    environment.put("DB_URL", EmbeddedPostgresServer.newDatabase("seguimiento_directory"));
    environment.put("DB_USER", EmbeddedPostgresServer.user());
    environment.put("DB_PASSWORD", "");
    environment.put("ADMIN_USER", ADMIN);
    environment.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
    environment.put("server.port", 0);
    // One test below tries six wrong passwords on every door; the throttle after five is
    // SignInThrottleIT's subject, not this class's.
    environment.put("SIGN_IN_FAILURES_PER_USER", "20");
    environment.put("DIRECTORY_ENABLED", "true");
    environment.put("DIRECTORY_URL", "ldap://localhost:" + directory.getListenPort());
    environment.put("DIRECTORY_BASE_DN", BASE_DN);
    environment.put("DIRECTORY_BIND_DN", SERVICE_ACCOUNT);
    environment.put("DIRECTORY_BIND_PASSWORD", "Servicio-2026");
    environment.put("DIRECTORY_USER_SEARCH_BASE", "ou=personas");
    environment.put("DIRECTORY_GROUP_SEARCH_BASE", "ou=grupos");
    environment.put(
        "DIRECTORY_GROUPS",
        "GS-Seguimiento-ST=secretaria-tecnica; gs-cspen-consejeria=comision;"
            + " GS-Direccion-Juridica=area-juridica; GS-Subdireccion-Ascenso=area-ascenso");
    app =
        new SpringApplicationBuilder(SeguimientoApplication.class)
            .profiles("postgres")
            .properties(environment)
            .run();
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
    api = new Api(port);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (directory != null) {
      directory.shutDown(true);
    }
  }

  @Test
  void directoryAccountSignsInOnTheLoginPageAndIsSignedInToTheWebappsToo() {
    WebSession browser = new WebSession(port);

    HttpResponse<String> signIn = browser.signIn("ana.garcia", "Clave-de-Ana-2026");

    assertThat(signIn.statusCode()).isEqualTo(302);
    assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/"));
    HttpResponse<String> dashboard = browser.get("/");
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.body()).contains("Todas las áreas");
    // Opening Tasklist, as a browser does, hands the signed-in user to the webapps.
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    HttpResponse<String> webapps = browser.getWebappApi("/camunda/api/admin/auth/user/default");
    assertThat(webapps.statusCode()).isEqualTo(200);
    assertThat(webapps.body()).contains("\"userId\":\"ana.garcia\"", "tasklist", "cockpit");
  }

  @Test
  void directoryAccountSignsInOnTasklistsOwnLoginPage() {
    WebSession browser = new WebSession(port);

    HttpResponse<String> signIn =
        browser.signInToWebapp("tasklist", "bruno.diaz", "Clave-de-Bruno-2026");

    assertThat(signIn.statusCode()).isEqualTo(200);
    assertThat(signIn.body()).contains("bruno.diaz", "tasklist");
    // The same session is signed in for the dashboard and the API.
    assertThat(browser.get("/api/areas").statusCode()).isEqualTo(200);
  }

  @Test
  void directoryGroupsMapToTheProductsGroupsAndTheDirectoryGivesNameAndEmail() {
    for (String[] person :
        List.of(
            new String[] {"ana.garcia", "Clave-de-Ana-2026"},
            new String[] {"bruno.diaz", "Clave-de-Bruno-2026"},
            new String[] {"carla.ruiz", "Clave-de-Carla-2026"})) {
      assertThat(new Api(api, person[0], person[1]).get("/api/areas").status()).isEqualTo(200);
    }

    // GS-Correo-Institucional is mapped to nothing: it gives no group.
    assertThat(groupsOf("ana.garcia")).containsExactly("secretaria-tecnica");
    assertThat(groupsOf("bruno.diaz")).containsExactly("area-juridica");
    assertThat(groupsOf("carla.ruiz")).containsExactly("comision");
    Api.Response profile = admin().get("/engine-rest/user/bruno.diaz/profile");
    assertThat(profile.json().get("firstName").asText()).isEqualTo("Bruno");
    assertThat(profile.json().get("lastName").asText()).isEqualTo("Díaz");
    assertThat(profile.json().get("email").asText()).isEqualTo("bruno.diaz@instituto.example");
    // What each may do follows from the groups.
    String session = "{\"type\":\"EXTRAORDINARY\",\"number\":7,\"date\":\"2001-05-20\"}";
    assertThat(
            new Api(api, "carla.ruiz", "Clave-de-Carla-2026")
                .post("/api/sessions", session)
                .status())
        .isEqualTo(403);
    assertThat(new Api(api, "carla.ruiz", "Clave-de-Carla-2026").get("/api/commitments").status())
        .isEqualTo(200);
  }

  @Test
  void anAreasDirectoryAccountWorksItsOwnTasksThroughTheApiAndTheEngineRestApi() {
    Api secretariat = new Api(api, "ana.garcia", "Clave-de-Ana-2026");
    Api juridica = new Api(api, "bruno.diaz", "Clave-de-Bruno-2026");
    Api ascenso = new Api(api, "dario.luna", "Clave-de-Dario-2026");
    long session =
        secretariat
            .post(
                "/api/sessions",
                "{\"type\":\"EXTRAORDINARY\",\"number\":1,\"date\":\"2001-05-20\"}")
            .id();
    Api.Response commitment =
        secretariat.post(
            "/api/commitments",
            "{\"sessionId\":"
                + session
                + ",\"kind\":\"AGREEMENT\",\"text\":\"La Comisión aprobó el proyecto.\","
                + "\"areaCode\":\"juridica\"}");
    assertThat(commitment.status()).isEqualTo(201);
    long id = commitment.id();
    String folio = commitment.json().get("folio").asText();

    Api.Response tasks = juridica.get("/engine-rest/task?processInstanceBusinessKey=" + folio);
    assertThat(tasks.status()).isEqualTo(200);
    assertThat(tasks.json().findValuesAsText("taskDefinitionKey"))
        .containsExactly(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
    assertThat(juridica.get("/api/commitments/" + id).status()).isEqualTo(200);
    Api.Response reported =
        juridica.post(
            "/api/commitments/" + id + "/progress",
            "{\"percent\":40,\"narrative\":\"Se elaboró el anteproyecto.\"}");
    assertThat(reported.status()).isEqualTo(200);
    assertThat(reported.json().get("percent").asInt()).isEqualTo(40);

    // Another area's account sees neither the commitment nor its task.
    assertThat(ascenso.get("/api/commitments/" + id).status()).isEqualTo(403);
    assertThat(
            ascenso
                .get("/engine-rest/task?processInstanceBusinessKey=" + folio)
                .json()
                .findValuesAsText("id"))
        .isEmpty();
  }

  @Test
  void losingADirectoryGroupRemovesTheMembershipAtTheNextSignIn() throws Exception {
    Api elena = new Api(api, "elena.mora", "Clave-de-Elena-2026");
    assertThat(elena.get("/api/areas").status()).isEqualTo(200);
    assertThat(groupsOf("elena.mora")).containsExactly("area-juridica");

    String elenaDn = "uid=elena.mora," + PEOPLE;
    directory.modify(
        "cn=GS-Direccion-Juridica," + GROUPS,
        new Modification(ModificationType.DELETE, "member", elenaDn));
    directory.modify(
        "cn=GS-Subdireccion-Ascenso," + GROUPS,
        new Modification(ModificationType.ADD, "member", elenaDn));
    assertThat(elena.get("/api/areas").status()).isEqualTo(200);

    assertThat(groupsOf("elena.mora")).containsExactly("area-ascenso");
  }

  @Test
  void anAccountRemovedFromTheDirectoryCanNoLongerSignIn() throws Exception {
    String dn = "uid=fabio.rios," + PEOPLE;
    directory.add(
        "dn: " + dn,
        "objectClass: inetOrgPerson",
        "uid: fabio.rios",
        "cn: Fabio Ríos",
        "sn: Ríos",
        "userPassword: Clave-de-Fabio-2026");
    directory.modify(
        "cn=GS-Subdireccion-Ascenso," + GROUPS,
        new Modification(ModificationType.ADD, "member", dn));
    Api fabio = new Api(api, "fabio.rios", "Clave-de-Fabio-2026");
    assertThat(fabio.get("/api/areas").status()).isEqualTo(200);
    assertThat(groupsOf("fabio.rios")).containsExactly("area-ascenso");

    directory.delete(dn);

    assertThat(fabio.get("/api/areas").status()).isEqualTo(401);
    assertThat(fabio.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(new WebSession(port).signIn("fabio.rios", "Clave-de-Fabio-2026"))
        .satisfies(
            r ->
                assertThat(r.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("/login?error")));
    // Notices to the area no longer reach someone who left.
    assertThat(groupsOf("fabio.rios")).isEmpty();
  }

  @Test
  void aWrongPasswordIsRefusedEverywhereAndTheRightOneWorksRightAfter() {
    Api wrong = new Api(api, "carla.ruiz", "Clave-de-Ana-2026");
    assertThat(wrong.get("/api/areas").status()).isEqualTo(401);
    assertThat(wrong.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(new WebSession(port).signIn("carla.ruiz", "clave").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    assertThat(
            new WebSession(port)
                .signInToWebapp("tasklist", "carla.ruiz", "Clave-de-Carla")
                .statusCode())
        .isEqualTo(401);
    assertThat(new Api(api, "carla.ruiz", "").get("/api/areas").status()).isEqualTo(401);
    // One person, one user: the name as the directory spells it.
    assertThat(new Api(api, "Carla.Ruiz", "Clave-de-Carla-2026").get("/api/areas").status())
        .isEqualTo(401);

    // The directory's lock-out policy applies to its accounts, not Camunda's.
    assertThat(new Api(api, "carla.ruiz", "Clave-de-Carla-2026").get("/api/areas").status())
        .isEqualTo(200);
  }

  @Test
  void theLocalAdministratorStillSignsInWithItsCamundaPassword() {
    // (No wrong password here: Camunda's lock-out of local accounts would hold the others up.)
    assertThat(admin().get("/engine-rest/group").status()).isEqualTo(200);
    assertThat(admin().get("/api/areas").status()).isEqualTo(200);
  }

  private static Api admin() {
    return new Api(api, ADMIN, ADMIN_PASSWORD);
  }

  private static List<String> groupsOf(String user) {
    return admin().get("/engine-rest/group?member=" + user).json().findValuesAsText("id");
  }
}
