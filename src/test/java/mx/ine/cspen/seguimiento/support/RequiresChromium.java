package mx.ine.cspen.seguimiento.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a browser test class: where Chromium or chromedriver is missing, its tests are skipped with
 * a message that says what to install, so that a developer's machine without a browser still gets a
 * green build. Where {@value #REQUIRED} is {@code true} (CI), a missing browser fails the class
 * instead, so browser tests can never silently skip there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

  /** The environment variable that turns a missing browser into a failure. */
  String REQUIRED = "BROWSER_TESTS_REQUIRED";

  class Condition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String missing = missing();
      if (missing == null) {
        return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
      }
      String message =
          missing
              + " not found: browser tests need Debian's Chromium and its driver"
              + " (apt-get install chromium chromium-driver), or the CHROMIUM and CHROMEDRIVER"
              + " environment variables pointing to a Chromium and its matching chromedriver.";
      if (Boolean.parseBoolean(System.getenv(REQUIRED))) {
        throw new ExtensionConfigurationException(REQUIRED + "=true, but " + message);
      }
      return ConditionEvaluationResult.disabled("Skipped: " + message);
    }

    private static String missing() {
      String browser = Browser.env("CHROMIUM", "/usr/bin/chromium");
      String driver = Browser.env("CHROMEDRIVER", "/usr/bin/chromedriver");
      if (!Files.isExecutable(Path.of(browser))) {
        return browser;
      }
      if (!Files.isExecutable(Path.of(driver))) {
        return driver;
      }
      return null;
    }
  }
}
