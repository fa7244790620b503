package mx.ine.cspen.seguimiento.support;

import java.util.Map;
import mx.ine.cspen.seguimiento.SeguimientoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started as an installation runs it (profile {@code postgres}, with the demo
 * users) on one database of a {@link PostgresInstallation}: for the tests that stop it and start it
 * again on another database (backup and restore, upgrade).
 */
public final class RunningApplication {

  private RunningApplication() {}

  public static ConfigurableApplicationContext start(
      PostgresInstallation postgres, String database) {
    return new SpringApplicationBuilder(SeguimientoApplication.class)
        .profiles("postgres", "demo")
        .properties(Map.of("spring.jmx.enabled", "false"))
        .run(
            "--PORT=0",
            "--DB_URL=" + postgres.jdbcUrl(database),
            "--DB_USER=" + postgres.user(),
            "--DB_PASSWORD=");
  }

  public static int port(ConfigurableApplicationContext app) {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }
}
