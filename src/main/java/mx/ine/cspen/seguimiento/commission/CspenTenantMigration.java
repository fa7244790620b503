package mx.ine.cspen.seguimiento.commission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway's version 61: the process instances that existed before commissions (all the CSPEN's) get
 * the CSPEN's engine tenant, with everything they own (db/engine/cspen-tenant.sql explains what and
 * why). Only where the engine's tables exist: a new installation has no instances, and its engine
 * creates its tables after Flyway has run. Spring Boot hands this bean to Flyway.
 */
@Component
class CspenTenantMigration implements JavaMigration {

  private static final String SCRIPT = "/db/engine/cspen-tenant.sql";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("61");
  }

  @Override
  public String getDescription() {
    return "cspen tenant";
  }

  /** The script's statements, so that Flyway tells a changed script from the applied one. */
  @Override
  public Integer getChecksum() {
    return String.join(";", statements()).hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!engineTablesExist(connection)) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements()) {
        statement.executeUpdate(sql);
      }
    }
  }

  private static boolean engineTablesExist(Connection connection) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    String schema = connection.getSchema();
    for (String name : List.of("ACT_RU_EXECUTION", "act_ru_execution")) {
      try (ResultSet tables = metadata.getTables(null, schema, name, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The script's statements, without its comments. */
  static List<String> statements() {
    try (InputStream in = CspenTenantMigration.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT + " is missing from the application");
      }
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String withoutComments =
          Arrays.stream(script.split("\\R"))
              .filter(line -> !line.strip().startsWith("--"))
              .reduce("", (a, b) -> a + "\n" + b);
      return Arrays.stream(withoutComments.split(";"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .filter(s -> s.toLowerCase(Locale.ROOT).startsWith("update"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
