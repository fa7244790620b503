package mx.ine.cspen.seguimiento.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Adds the indexes the engine's schema lacks for our access paths ({@code db/engine/indexes.sql}),
 * once the engine has created or updated its tables: a Flyway migration runs before a new
 * installation's engine has any table, so this runs on every start instead, each index "if not
 * exists". Picked up by Camunda's Spring Boot starter like every process engine plugin.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final String SCRIPT = "/db/engine/indexes.sql";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    javax.sql.DataSource dataSource = engine.getProcessEngineConfiguration().getDataSource();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements()) {
        statement.execute(sql);
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not add the engine's indexes: " + e.getMessage(), e);
    }
  }

  /** The script's statements: its lines that are not comments. */
  static List<String> statements() {
    try (InputStream in = EngineIndexes.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("--"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
