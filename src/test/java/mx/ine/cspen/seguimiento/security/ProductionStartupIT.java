package mx.ine.cspen.seguimiento.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import mx.ine.cspen.seguimiento.SeguimientoApplication;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production configuration, as docker-compose.yml starts it: profile {@code postgres}, no demo
 * users, the first administrator from ADMIN_USER and ADMIN_PASSWORD.
 */
class ProductionStartupIT {

  private static final String DATABASE =
      EmbeddedPostgresServer.newDatabase("seguimiento_production");

  @Test
  void productionHasNoDemoUsersAndItsAdministratorComesFromTheEnvironment() {
    try (ConfigurableApplicationContext app = start("administrador", "Ine-Cspen-2026!")) {
      Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());

      assertThat(api.get("st", "/api/areas").status()).isEqualTo(401);
      assertThat(api.get("planeacion", "/api/areas").status()).isEqualTo(401);
      Api.Response groups =
          new Api(api, "administrador", "Ine-Cspen-2026!").get("/engine-rest/group");
      assertThat(groups.status()).isEqualTo(200);
      assertThat(groups.json().findValuesAsText("id"))
          .contains(
              "secretaria-tecnica", "comision", "camunda-admin", "area-ascenso", "area-enlace");
      Api.Response users =
          new Api(api, "administrador", "Ine-Cspen-2026!").get("/engine-rest/user");
      assertThat(users.json().findValuesAsText("id")).containsExactly("administrador");
    }
  }

  @Test
  void applicationRefusesToStartWithAnEmptyOrDefaultAdministratorPassword() {
    for (String password : new String[] {"", "admin", "administrador", "changeme", "corta"}) {
      assertThatThrownBy(() -> start("administrador", password).close())
          .as("password «%s»", password)
          .hasStackTraceContaining("ADMIN_PASSWORD");
    }
  }

  private static ConfigurableApplicationContext start(String adminUser, String adminPassword) {
    Map<String, Object> environment = new HashMap<>();
    environment.put("DB_URL", DATABASE);
    environment.put("DB_USER", EmbeddedPostgresServer.user());
    environment.put("DB_PASSWORD", "");
    environment.put("ADMIN_USER", adminUser);
    environment.put("ADMIN_PASSWORD", adminPassword);
    environment.put("server.port", 0);
    return new SpringApplicationBuilder(SeguimientoApplication.class)
        .profiles("postgres")
        .properties(environment)
        .run();
  }
}
