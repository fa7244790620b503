package mx.ine.cspen.seguimiento.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL server for all integration tests of a run, started on first use (no Docker:
 * the server binaries come from Maven Central) and stopped by its own shutdown hook when the JVM
 * ends. Each application under test gets its own database.
 */
public final class EmbeddedPostgresServer {

  private static EmbeddedPostgres server;

  private EmbeddedPostgresServer() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
      }
    }
    return server;
  }

  /** A new, empty database on the shared server; returns its JDBC URL. */
  public static synchronized String newDatabase(String name) {
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  public static String user() {
    return "postgres";
  }
}
