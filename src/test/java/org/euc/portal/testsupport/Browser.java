package org.euc.portal.testsupport;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium driving the real portal and the real Keycloak login page. Uses the
 * machine's chromium and chromedriver (Debian packages; .ci/run installs them), never a download.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final Path profile;

    private final Path downloads;

    private Browser(WebDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    public static Browser open() {
        return open("en");
    }

    /** A fresh browser (empty profile, no cookies) whose preferred language is the given one. */
    public static Browser open(String language) {
        try {
            Path profile = Files.createTempDirectory("euc-chromium-");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("euc.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1366,900",
                    "--user-data-dir=" + profile, "--lang=" + language);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language,
                    "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("euc.chromedriver", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile, downloads);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the portal and logs in through the Keycloak login page. */
    public Browser loginAs(DemoUser user) {
        return loginAs(user.username(), DemoUser.PASSWORD);
    }

    public Browser loginAs(String username, String password) {
        return loginAs(username, password, null);
    }

    /**
     * Logs in with a temporary password: Keycloak then asks for a new one, {@code newPassword}
     * (null when no such step is expected).
     */
    public Browser loginAs(String username, String password, String newPassword) {
        driver.get(TestStack.portalUrl());
        waitFor(By.id("kc-form-login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        if (newPassword != null) {
            waitFor(By.id("kc-passwd-update-form"));
            driver.findElement(By.id("password-new")).sendKeys(newPassword);
            driver.findElement(By.id("password-confirm")).sendKeys(newPassword);
            driver.findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
        }
        waitUntil(ExpectedConditions.urlContains(TestStack.portalUrl()));
        waitFor(By.cssSelector("main#main"));
        return this;
    }

    public Browser visit(String path) {
        driver.get(TestStack.url(path));
        return this;
    }

    public WebElement waitFor(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return waiting().until(condition);
    }

    /** Ajax updates replace elements while a condition reads them: a stale element means "look again". */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public WebElement find(By locator) {
        return driver.findElement(locator);
    }

    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    public void click(By locator) {
        waitUntil(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * On a cluster, the node (1, 2…) this browser's session lives on: WildFly ends the session id
     * with its node name, and the balancer keeps the session on that node while it lives.
     */
    public int servingNode() {
        String sessionId = driver.manage().getCookieNamed("JSESSIONID").getValue();
        String route = sessionId.substring(sessionId.lastIndexOf('.') + 1);
        if (!route.matches("node\\d+")) {
            throw new IllegalStateException("no node route in the session id " + sessionId);
        }
        return Integer.parseInt(route.substring("node".length()));
    }

    public String pageTitleHeading() {
        return waitFor(By.cssSelector("h1.page-title")).getText();
    }

    /** Clicks a download link and waits for the browser to finish saving the file. */
    public Path download(By link, String fileName) {
        click(link);
        Path file = downloads.resolve(fileName);
        waitUntil(driver -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /** A picture of the page in target/screenshots, to see what a failing journey saw. */
    public void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            // a missing screenshot must not fail a test
        }
    }

    /** The page as it is now — screenshot, source, console — for {@link BrowserArtifacts}; best effort. */
    private void saveLastPage(Path testFolder) {
        try {
            Path folder = Files.createDirectories(testFolder.resolve("browser-" + profile.getFileName()));
            Files.write(folder.resolve("screenshot.png"), ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            Files.writeString(folder.resolve("page.html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            StringBuilder console = new StringBuilder();
            driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                    .forEach(entry -> console.append(entry).append('\n'));
            Files.writeString(folder.resolve("console.log"), console);
        } catch (IOException | RuntimeException e) {
            // artefacts help to understand a failure; they must never cause one
        }
    }

    /** Types into a field after emptying it (select all and delete: number fields ignore clear()). */
    public void type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        element.sendKeys(text);
    }

    /** Types a date into a PrimeFaces date picker and leaves the field, closing its calendar. */
    public void typeDate(By field, java.time.LocalDate date) {
        type(field, date.toString());
        driver.findElement(field).sendKeys(org.openqa.selenium.Keys.TAB);
    }

    /**
     * Picks an option of a PrimeFaces select menu by its visible label. A click that lands while
     * the panel is still opening (menus with a filter move the focus) is lost, so it is tried again.
     */
    public void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            if (driver.findElements(item).stream().noneMatch(WebElement::isDisplayed)) {
                click(By.id(menuId));
            }
            WebElement option = waitUntil(ExpectedConditions.visibilityOfElementLocated(item));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'nearest'})", option);
            try {
                option.click();
                new WebDriverWait(driver, java.time.Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException e) {
                // the panel was still sliding open or being placed (a click intercepted or off the element): pick again
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Runs axe-core's WCAG 2.1 A and AA rules on the page as it is now (dialogs open, messages
     * shown) and fails with every violation, its elements and what axe says is wrong with them.
     */
    public void assertAccessible() {
        accessibilityViolations().ifPresent(report -> {
            throw new AssertionError(report);
        });
    }

    /** What {@link #assertAccessible} would fail with, if anything. */
    public java.util.Optional<String> accessibilityViolations() {
        // colours read halfway through a fade-in (growl, dialog) are no colours anyone reads
        waitUntil(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return (!window.jQuery || jQuery(':animated').length === 0)"
                        + " && document.getAnimations().every(a => a.playState !== 'running')"));
        List<Rule> violations = new AxeBuilder().withTags(WCAG_21_A_AA).analyze(driver).getViolations();
        if (violations.isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder report = new StringBuilder(violations.size() + " WCAG 2.1 A/AA violation(s) on " + path() + ":");
        for (Rule rule : violations) {
            report.append("\n- ").append(rule.getId()).append(": ").append(rule.getHelp());
            rule.getNodes().stream().limit(5).forEach(node -> report.append("\n    ").append(node.getTarget())
                    .append(" -- ").append(node.getFailureSummary().replace('\n', ' ')));
            if (rule.getNodes().size() > 5) {
                report.append("\n    and ").append(rule.getNodes().size() - 5).append(" more");
            }
        }
        return java.util.Optional.of(report.toString());
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        BrowserArtifacts.currentFolder().ifPresent(this::saveLastPage);
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
