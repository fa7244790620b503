package mx.ine.cspen.seguimiento.support;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For browser tests: when a test fails, saves what each of its open browsers showed at that moment
 * in {@code target/browser-failures/<class>.<test>-<person>.png}; after each test, closes every
 * browser it opened.
 */
public class BrowserExtension implements AfterTestExecutionCallback, AfterEachCallback {

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    String test =
        context.getRequiredTestClass().getSimpleName()
            + "."
            + context.getRequiredTestMethod().getName();
    for (Browser browser : Browser.OPEN) {
      try {
        browser.screenshot(
            Path.of("target", "browser-failures", test + "-" + browser.name() + ".png"));
      } catch (RuntimeException e) {
        context.publishReportEntry("screenshot", "Could not save a screenshot: " + e);
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (Browser browser : Browser.OPEN) {
      browser.close();
    }
  }
}
