package org.jixiao.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium (Debian's chromium + chromium-driver), with a fresh profile per test. */
final class Browser implements AutoCloseable {

  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String CHROMIUM = "/usr/bin/chromium";

  final WebDriver driver;
  final WebDriverWait wait;
  private final Path profile;

  Browser() throws IOException {
    profile = Files.createTempDirectory("jixiao-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    // an ajax update may replace an element between finding it and reading it: look again
    wait.ignoring(StaleElementReferenceException.class);
  }

  void open(String url) {
    driver.get(url);
  }

  /** Logs in on Keycloak's own login page, which the portal has redirected to. */
  void loginAs(String username, String password) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  String textOf(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
  }

  boolean present(String cssSelector) {
    return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
  }

  void waitForUrlContaining(String fragment) {
    wait.until(ExpectedConditions.urlContains(fragment));
  }

  Path screenshot(String name) throws IOException {
    Path dir = Paths.get(System.getProperty("screenshot.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  /** Types into an input (cleared first) once it is clickable. */
  void type(String id, String text) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    input.clear();
    // widgets such as p:datePicker may put their value back after clear(): select it all and type over it
    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
  }

  /**
   * A p:datePicker's input: sets its text directly (the widget's keyboard handling races with sendKeys and may
   * put the old date back, its change handler re-reads the text) and checks the field holds it; the form posts
   * the input's text as a user's typing would.
   */
  void typeDate(String id, String date) {
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id + "_input")));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "arguments[0].value = arguments[1];",
        input, date);
    wait.until(d -> date.equals(d.findElement(By.id(id + "_input")).getAttribute("value")));
  }

  void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /**
   * A filter of a GET page (a native select whose choice opens the page for it): pick the option by (part of) its
   * label and wait for the page that shows it.
   */
  void pick(String id, String labelPart) {
    WebElement select = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    Select menu = new Select(select);
    String value = menu.getOptions().stream().filter(o -> o.getText().contains(labelPart)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " has no option " + labelPart)).getAttribute("value");
    menu.selectByValue(value);
    wait.until(ExpectedConditions.stalenessOf(select));
    wait.until(d -> new Select(d.findElement(By.id(id))).getFirstSelectedOption()
        .getText().contains(labelPart));
  }

  /**
   * A PrimeFaces selectOneMenu: open it, pick the item by (part of) its label, and check the menu shows it. Under
   * load a click may land while the panel is still opening or closing; then the menu is opened again, and as a last
   * resort the widget itself selects the item (what its click handler does).
   */
  void choose(String id, String labelPart) {
    WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(5));
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        if (driver.findElements(By.cssSelector("[id='" + id + "_items'] li")).stream().noneMatch(WebElement::isDisplayed)) {
          wait.until(ExpectedConditions.elementToBeClickable(
              By.cssSelector("[id='" + id + "'] .ui-selectonemenu-trigger"))).click();
        }
        shortWait.until(d -> d.findElements(By.cssSelector("[id='" + id + "_items'] li")).stream()
            .filter(li -> li.isDisplayed() && li.getText().contains(labelPart)).findFirst().orElse(null)).click();
        shortWait.until(d -> labelShows(id, labelPart));
        return;
      } catch (org.openqa.selenium.TimeoutException | StaleElementReferenceException missed) {
        // try again
      }
    }
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "var select = document.getElementById(arguments[0] + '_input');"
            + "var option = Array.from(select.options).find(o => o.text.indexOf(arguments[1]) >= 0);"
            + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);",
        id, labelPart);
    wait.until(d -> labelShows(id, labelPart));
  }

  private boolean labelShows(String id, String labelPart) {
    var label = driver.findElements(By.id(id + "_label"));
    return label.isEmpty() || label.get(0).getText().contains(labelPart);
  }



  /** Waits until the element's text contains {@code text} (e.g. a p:messages after an action). */
  void waitForText(String id, String text) {
    try {
      wait.until(d -> {
        var found = d.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).getText().contains(text);
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      // what the page showed instead, for whoever reads the failure
      String shown;
      try {
        screenshot("timeout-" + id.replaceAll("[^A-Za-z0-9]", "_") + "-" + System.currentTimeMillis());
        var found = driver.findElements(By.id(id));
        shown = found.isEmpty() ? "(no element " + id + ") on " + driver.getCurrentUrl() : found.get(0).getText();
      } catch (RuntimeException | IOException unreadable) {
        shown = "(unreadable: " + unreadable + ")";
      }
      throw new org.openqa.selenium.TimeoutException("waiting for \"" + text + "\" in " + id + "; it shows: " + shown,
          e);
    }
  }


  /**
   * Lets the page's downloads (p:fileDownload) land in {@code dir} and waits for the first file ending in
   * {@code suffix} there, fully written.
   */
  Path download(Path dir, String suffix, Runnable trigger) throws IOException {
    ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
        java.util.Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    trigger.run();
    return wait.until(d -> {
      try (var files = Files.list(dir)) {
        return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
      } catch (IOException e) {
        return null;
      }
    });
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var paths = Files.walk(profile)) {
      paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
