package mx.ine.cspen.seguimiento.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its own chromedriver (nothing is downloaded), as one
 * person signed in to the application. Each person gets a browser of its own, so sessions never
 * mix. Paths can be changed with the CHROMIUM and CHROMEDRIVER environment variables.
 */
public final class Browser implements AutoCloseable {

  /** Open browsers of the running test, for {@link BrowserExtension}. */
  static final List<Browser> OPEN = new CopyOnWriteArrayList<>();

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private final String name;

  private Browser(WebDriver driver, String baseUrl, String name) {
    this.driver = driver;
    // Pages re-render while scripts load (Tasklist, Camunda Forms), and a task's form takes no
    // input while its claim is under way: an element covered, replaced or inert for a moment is
    // tried again rather than failing the test.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    this.wait
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
        .ignoring(StaleElementReferenceException.class);
    this.baseUrl = baseUrl;
    this.name = name;
  }

  /** A browser whose preferred language is Mexican Spanish, as our users' browsers. */
  public static Browser open(int port, String name) {
    return open(port, name, "es-MX");
  }

  public static Browser open(int port, String name, String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(env("CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,900",
        "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    // The console, kept for the failure report beside the screenshot.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // On Linux, Chromium takes its own language (dates, numbers) from the environment.
    String locale = language.replace('-', '_');
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")))
            .withEnvironment(Map.of("LANGUAGE", locale, "LANG", locale + ".UTF-8"))
            .usingAnyFreePort()
            .build();
    Browser browser =
        new Browser(new ChromeDriver(service, options), "http://localhost:" + port, name);
    OPEN.add(browser);
    return browser;
  }

  /** Signs in on our login page, which also signs the person in to Tasklist and Cockpit. */
  public Browser signIn(String user) {
    driver.get(baseUrl + "/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(user);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main#contenido h1")));
    return this;
  }

  public Browser go(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  public WebElement find(By by) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  public WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  public void click(By by) {
    wait.until(
        d -> {
          WebElement element = d.findElement(by);
          if (!element.isDisplayed() || !element.isEnabled()) {
            return false;
          }
          // Instantly: Bootstrap's smooth scrolling would move the element under the click.
          ((JavascriptExecutor) d)
              .executeScript(
                  "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
          element.click();
          return true;
        });
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  public void waitUntilText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** Waits until something outside the page (the API, the database) shows the expected state. */
  public void waitUntil(BooleanSupplier condition) {
    wait.until(d -> condition.getAsBoolean());
  }

  public void waitUntilGone(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  /** Presses keys on whatever has the focus, as a keyboard user does. */
  public void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** A script that answers by calling its last argument (e.g. after a fetch). */
  public Object asyncScript(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
  }

  public String title() {
    return driver.getTitle();
  }

  public String source() {
    return driver.getPageSource();
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  /**
   * Chooses an option of a Camunda Forms list, by the component's id in the .form file, until the
   * list shows it as chosen.
   */
  public void chooseInForm(String componentId, String optionLabel) {
    By display = By.cssSelector("[id$='-" + componentId + "-display']");
    By option =
        By.xpath(
            "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='"
                + optionLabel
                + "']");
    wait.until(
        d -> {
          WebElement shown = d.findElement(display);
          if (optionLabel.equals(shown.getText().strip())) {
            return true;
          }
          List<WebElement> options = d.findElements(option);
          if (options.isEmpty() || !options.get(0).isDisplayed()) {
            scrollTo(shown).click();
            return false;
          }
          scrollTo(options.get(0)).click();
          return optionLabel.equals(d.findElement(display).getText().strip());
        });
  }

  /**
   * Types a date into a Camunda Forms date field, in the order its placeholder asks for (the forms
   * follow the browser's regional settings: day first for es-MX), until the field holds that date
   * (the field may then write it without leading zeros).
   */
  public void typeDateInForm(String componentId, LocalDate date) {
    By field = By.cssSelector("[id$='-" + componentId + "-date']");
    wait.until(
        d -> {
          WebElement input = d.findElement(field);
          String placeholder = input.getAttribute("placeholder");
          boolean monthFirst = placeholder != null && placeholder.startsWith("mm");
          if (!date.equals(dateIn(input.getAttribute("value"), monthFirst))) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(
                date.format(DateTimeFormatter.ofPattern(monthFirst ? "MM/dd/yyyy" : "dd/MM/yyyy")),
                Keys.ENTER);
          }
          return date.equals(dateIn(d.findElement(field).getAttribute("value"), monthFirst));
        });
  }

  private static LocalDate dateIn(String value, boolean monthFirst) {
    try {
      return LocalDate.parse(
          value == null ? "" : value.strip(),
          DateTimeFormatter.ofPattern(monthFirst ? "M/d/yyyy" : "d/M/yyyy"));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private WebElement scrollTo(WebElement element) {
    // Instantly: Bootstrap's smooth scrolling would move the element under the click.
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    return element;
  }

  /**
   * Types into a Camunda Forms field, by the component's id in the .form file, until the field
   * holds the text: a form that re-renders while it is typed (a condition changed) loses it.
   */
  public void typeInForm(String componentId, String text) {
    By field = By.cssSelector("[id$='-" + componentId + "']");
    wait.until(
        d -> {
          WebElement input = d.findElement(field);
          if (!text.equals(input.getAttribute("value"))) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text);
          }
          return text.equals(d.findElement(field).getAttribute("value"));
        });
  }

  /** Ticks a Camunda Forms checkbox or radio option (its element id's end) until it is ticked. */
  public void tickInForm(String elementIdEnd) {
    By box = By.cssSelector("[id$='-" + elementIdEnd + "']");
    wait.until(
        d -> {
          if (!d.findElement(box).isSelected()) {
            scrollTo(d.findElement(box)).click();
          }
          return d.findElement(box).isSelected();
        });
  }

  /** The value a Camunda Forms field holds now. */
  public String valueInForm(String componentId) {
    return find(By.cssSelector("[id$='-" + componentId + "']")).getAttribute("value");
  }

  /**
   * Waits until Tasklist shows the open task as claimed, with its form rendered and taking input:
   * no "Reclamar" button, an assignee in the task's header, and a form that is not inert.
   */
  public void waitForClaimedTaskForm() {
    wait.until(
        d ->
            d.findElements(By.cssSelector("button.claim")).isEmpty()
                && !d.findElements(By.cssSelector(".task-card .assignee")).isEmpty()
                && !d.findElement(By.cssSelector(".task-card .assignee")).getText().isBlank()
                && !d.findElements(By.cssSelector(".form-pane:not([inert]) .fjs-form")).isEmpty()
                && d.findElements(By.cssSelector(".form-pane[inert]")).isEmpty());
  }

  /** Presses a Camunda Forms or Tasklist button by its text, once it is enabled. */
  public void pressButton(String buttonText) {
    click(By.xpath("//button[normalize-space()='" + buttonText + "']"));
  }

  /**
   * Types into a field of our pages until it holds the text (read back after typing: a field that
   * lost a key would otherwise fail later, far from the cause).
   */
  public void type(By by, String text) {
    wait.until(
        d -> {
          WebElement input = d.findElement(by);
          if (!text.equals(input.getAttribute("value"))) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text);
          }
          return text.equals(d.findElement(by).getAttribute("value"));
        });
  }

  /**
   * Sets a date field of our pages: what a date picker types depends on the browser's regional
   * settings, what it holds does not (yyyy-MM-dd). Read back before going on.
   */
  public void setDate(By by, LocalDate date) {
    wait.until(
        d -> {
          WebElement input = d.findElement(by);
          script(
              "arguments[0].value = arguments[1];"
                  + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                  + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
              input,
              date.toString());
          return date.toString().equals(d.findElement(by).getAttribute("value"));
        });
  }

  /** Chooses an option of a list of our pages by its visible text, and checks it was chosen. */
  public void choose(By by, String optionText) {
    wait.until(
        d -> {
          new org.openqa.selenium.support.ui.Select(d.findElement(by))
              .selectByVisibleText(optionText);
          return optionText.equals(
              new org.openqa.selenium.support.ui.Select(d.findElement(by))
                  .getFirstSelectedOption()
                  .getText());
        });
  }

  /**
   * What the browser shows at this moment, for a failure report: a screenshot ({@code <file>.png}),
   * the page's HTML ({@code <file>.html}) and the console's messages ({@code <file>.console.txt}).
   */
  void saveState(Path directory, String file) {
    try {
      Files.createDirectories(directory);
      Files.write(
          directory.resolve(file + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(directory.resolve(file + ".html"), driver.getPageSource());
      Files.writeString(
          directory.resolve(file + ".console.txt"),
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::toString)
              .collect(Collectors.joining("\n")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return name;
  }

  @Override
  public void close() {
    OPEN.remove(this);
    driver.quit();
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
