package mx.ine.cspen.seguimiento.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds the indexes the engine's schema lacks for our access paths ({@code db/engine/indexes.sql}),
 * once the engine has created or updated its tables: a Flyway migration runs before a new
 * installation's engine has any table, so this runs on every start instead, each index "if not
 * exists". Picked up by Camunda's Spring Boot starter like every process engine plugin.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);
  private static final String SCRIPT = "/db/engine/indexes.sql";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DataSource dataSource = engine.getProcessEngineConfiguration().getDataSource();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      for (String sql : statements()) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(sql);
        } catch (SQLException e) {
          // Another node starting at the same moment may create it first; and without the index
          // the engine still works, only slower: the start goes on, and the log says so.
          log.warn("Could not add an index to the engine's tables ({}): {}", sql, e.getMessage());
        }
      }
    } catch (SQLException e) {
      log.warn("Could not add the indexes to the engine's tables: {}", e.getMessage());
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
