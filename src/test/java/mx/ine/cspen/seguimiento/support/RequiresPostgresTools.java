package mx.ine.cspen.seguimiento.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test that needs a PostgreSQL installation with pg_dump and pg_restore ({@link
 * PostgresInstallation}): skipped with a message where there is none, a failure where {@value
 * #REQUIRED} is {@code true} (CI), so that it never silently skips there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgresTools.Condition.class)
public @interface RequiresPostgresTools {

  String REQUIRED = "POSTGRES_TOOLS_REQUIRED";

  class Condition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (PostgresInstallation.find().isPresent()) {
        return ConditionEvaluationResult.enabled("A PostgreSQL installation is at hand");
      }
      String message =
          "no PostgreSQL installation with "
              + String.join(", ", PostgresInstallation.PROGRAMS)
              + ": install Debian's (apt-get install postgresql-15) or set PG_BIN to the bin"
              + " folder of one (the server and its client tools of one version).";
      if (Boolean.parseBoolean(System.getenv(REQUIRED))) {
        throw new ExtensionConfigurationException(REQUIRED + "=true, but " + message);
      }
      return ConditionEvaluationResult.disabled("Skipped: " + message);
    }
  }
}
