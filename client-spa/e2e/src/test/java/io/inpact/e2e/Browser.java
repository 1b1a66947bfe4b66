package io.inpact.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's chromedriver (nothing is downloaded), with a fresh profile.
 * Every document records the Content-Security-Policy violations it raises, so a test can prove the SPA
 * satisfies the policy nginx sends.
 */
final class Browser implements AutoCloseable {

    private static final String RECORD_CSP_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__cspViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
            });
            """;

    private final Path profile;
    private final ChromeDriver driver;
    private final List<LogEntry> console = new ArrayList<>();

    Browser() {
        try {
            profile = Files.createTempDirectory("inpact-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("inpact.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("inpact.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Puts the account's session cookie into the browser, as signing in there would. */
    Browser signIn(String cookieHeader) {
        open("/nginx-health");
        driver.manage().deleteAllCookies();
        String value = cookieHeader.substring(cookieHeader.indexOf('=') + 1);
        driver.manage().addCookie(new Cookie.Builder("INPACT_SESSION", value).path("/").isHttpOnly(true)
                .sameSite("Strict").build());
        return this;
    }

    void open(String path) {
        driver.get(Topology.uri(path).toString());
    }

    /** The path of the page the browser shows now. */
    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    WebElement waitFor(String dataTest) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(byTest(dataTest)));
    }

    /** Waits until the element's text is there and no loading skeleton is left in it. */
    String waitForText(String dataTest) {
        By by = byTest(dataTest);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            WebElement element = d.findElement(by);
            return !element.getText().isBlank() && element.findElements(By.className("skeleton")).isEmpty();
        });
        return driver.findElement(by).getText().trim();
    }

    static By byTest(String dataTest) {
        return By.cssSelector("[data-test='" + dataTest + "']");
    }

    /** Violations recorded by the current document, plus those Chromium logged to the console so far. */
    @SuppressWarnings("unchecked")
    List<String> cspViolations() {
        List<String> violations = new ArrayList<>(
                (List<String>) driver.executeScript("return window.__cspViolations || [];"));
        for (LogEntry entry : console()) {
            if (entry.getMessage().contains("Content Security Policy")) {
                violations.add("console: " + entry.getMessage());
            }
        }
        return violations;
    }

    /** Script errors; an HTTP error status (a 401 while signed out) is the API talking, not a fault. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : console()) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !entry.getMessage().contains("Failed to load resource: the server responded with a status of")) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Chromium hands each console entry out once; keep them all for the whole session. */
    private List<LogEntry> console() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return console;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
