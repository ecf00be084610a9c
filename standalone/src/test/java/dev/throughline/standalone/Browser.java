package dev.throughline.standalone;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven through its ChromeDriver (never a downloaded browser), one person at a time.
 * Every page's browser console is read: any error there fails the test.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final URI base;
    private final WebDriverWait wait;

    Browser(URI base) throws Exception {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1600",
                "--user-data-dir=" + Files.createTempDirectory("throughline-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    Browser signIn(String user) {
        open("/login");
        type(By.id("username"), user);
        type(By.id("password"), SandboxApp.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("viewer")));
        return this;
    }

    void open(String path) {
        driver.get(base.resolve(path).toString());
        assertNoConsoleErrors();
    }

    /** Opens a page the test expects to be refused (404, 403): the browser logs that refusal, which is the point. */
    void openRefused(String path) {
        driver.get(base.resolve(path).toString());
        driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /**
     * After an action the test expects the server to refuse: Chromium logs the refused request, which is the
     * point; anything else in the console still fails.
     */
    void acceptRefusedRequest(int status) {
        List<LogEntry> unexpected = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().contains("the server responded with a status of " + status))
                .toList();
        if (!unexpected.isEmpty()) {
            throw new AssertionError("browser console errors on " + driver.getCurrentUrl() + ": " + unexpected);
        }
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date or time input as the browser's own picker would. */
    void setValue(By by, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(by), value);
    }

    void select(By by, String value) {
        new org.openqa.selenium.support.ui.Select(find(by)).selectByValue(value);
    }

    /** Clicks something that reloads or leaves the page, and waits for the new page. */
    void clickAndWait(By by) {
        script("window.throughlineOldPage = true;");
        find(by).click();
        wait.until(driver -> newPageLoaded());
        assertNoConsoleErrors();
    }

    /**
     * The page that was marked is gone and the new one is loaded. While Chromium swaps documents, asking about
     * either may fail (it does not always say "stale"): that only means "not yet".
     */
    private boolean newPageLoaded() {
        try {
            return Boolean.TRUE.equals(script("return window.throughlineOldPage === undefined"
                    + " && document.readyState === 'complete';"));
        } catch (org.openqa.selenium.WebDriverException navigating) {
            return false;
        }
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void waitFor(By by) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
        wait.until(driver -> newPageLoaded());
        assertNoConsoleErrors();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    String text(By by) {
        return find(by).getText();
    }

    String source() {
        return driver.getPageSource();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void screenshot(Path file) throws Exception {
        Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    WebDriver driver() {
        return driver;
    }

    /** Fails on any error the page logged: a script error, a refused script (CSP), a failed request. */
    void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("browser console errors on " + driver.getCurrentUrl() + ": " + errors);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
