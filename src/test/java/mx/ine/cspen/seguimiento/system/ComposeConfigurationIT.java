package mx.ine.cspen.seguimiento.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.ine.cspen.seguimiento.SeguimientoApplication;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import mx.ine.cspen.seguimiento.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml's application, without Docker: the settings the file gives the app container,
 * with its defaults, start the application (on an embedded PostgreSQL instead of the db container),
 * and the file's own health check command passes against it.
 */
class ComposeConfigurationIT {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(:-|:\\?)([^}]*)}");
  private static final String ADMIN_PASSWORD = "Ine-Cspen-2026!";

  private static Map<String, Object> app;
  private static ConfigurableApplicationContext running;
  private static int port;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void startAsComposeDoes() throws IOException {
    try (InputStream file = Files.newInputStream(Path.of("docker-compose.yml"))) {
      Map<String, Object> compose = new Yaml().load(file);
      app = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("app");
    }
    Map<String, Object> environment = new HashMap<>();
    ((Map<String, Object>) app.get("environment"))
        .forEach(
            (name, value) -> {
              // A variable without a value is passed on only when the shell has it: here, unset.
              if (value != null) {
                environment.put(name, resolve(value.toString()));
              }
            });
    // The db container's address becomes the embedded server's; the rest is the file's.
    environment.put("DB_URL", EmbeddedPostgresServer.newDatabase("seguimiento_compose"));
    environment.put("DB_USER", EmbeddedPostgresServer.user());
    environment.put("DB_PASSWORD", "");
    environment.put("server.port", 0);
    running =
        new SpringApplicationBuilder(SeguimientoApplication.class)
            .profiles(environment.get("SPRING_PROFILES_ACTIVE").toString())
            .properties(environment)
            .run();
    port = ((WebServerApplicationContext) running).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    if (running != null) {
      running.close();
    }
  }

  @Test
  void theHealthCheckOfTheAppContainerPassesOnceTheApplicationIsReady() throws Exception {
    @SuppressWarnings("unchecked")
    List<String> test = (List<String>) ((Map<String, Object>) app.get("healthcheck")).get("test");
    // Exec form with bash: the image's /bin/sh (dash) has no /dev/tcp.
    assertThat(test.subList(0, 3)).containsExactly("CMD", "bash", "-c");
    String command = test.get(3);
    assertThat(command).contains("127.0.0.1/8080");

    assertThat(run(command.replace("127.0.0.1/8080", "127.0.0.1/" + port))).isZero();
    // Nothing listening: the check fails, as for a container whose application is down.
    assertThat(run(command.replace("127.0.0.1/8080", "127.0.0.1/1"))).isNotZero();
  }

  @Test
  void signInWorksOverPlainHttpWithTheFilesDefaults() {
    WebSession browser = new WebSession(port);

    HttpResponse<String> signIn = browser.signIn("administrador", ADMIN_PASSWORD);

    assertThat(signIn.statusCode()).isEqualTo(302);
    assertThat(signIn.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
    assertThat(signIn.headers().allValues("Set-Cookie"))
        .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
    // The session holds: the dashboard opens instead of sending back to the login page.
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
  }

  /** A value of the file with its defaults; required values get the test's. */
  private static String resolve(String value) {
    Matcher variable = VARIABLE.matcher(value);
    StringBuilder resolved = new StringBuilder();
    while (variable.find()) {
      String replacement =
          variable.group(2).equals(":-") ? variable.group(3) : required(variable.group(1));
      variable.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
    }
    variable.appendTail(resolved);
    return resolved.toString();
  }

  private static String required(String name) {
    return switch (name) {
      case "DB_PASSWORD" -> "";
      case "ADMIN_PASSWORD" -> ADMIN_PASSWORD;
      default -> throw new IllegalStateException("docker-compose.yml requires " + name);
    };
  }

  private static int run(String command) throws Exception {
    Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
    // The file's own timeout for the check.
    assertThat(process.waitFor(5, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }
}
