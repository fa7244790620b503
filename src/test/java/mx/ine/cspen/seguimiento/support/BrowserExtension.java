package mx.ine.cspen.seguimiento.support;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For browser tests: when a test fails, saves what each of its open browsers showed at that moment
 * in {@code target/browser-failures/<class>.<test>-<person>}: a screenshot ({@code .png}), the
 * page's HTML ({@code .html}) and the browser console ({@code .console.txt}); after each test,
 * closes every browser it opened.
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
        browser.saveState(Path.of("target", "browser-failures"), test + "-" + browser.name());
      } catch (RuntimeException e) {
        context.publishReportEntry("screenshot", "Could not save what the browser showed: " + e);
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
