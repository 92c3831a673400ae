package io.newstrace.server;

import io.newstrace.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static io.newstrace.server.AnalysedCorpus.SAME_STATEMENT_ELSEWHERE;
import static io.newstrace.server.AnalysedCorpus.SPUTNIK_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromium-driver, which {@code .ci/setup} installs):
 * what a researcher clicks through, and hostile article text that must show as text and never run. A screenshot
 * of each failing test is kept in {@code target/browser-screenshots/}. Without Chromium the tests are skipped,
 * unless {@code NEWSTRACE_BROWSER_TESTS=required} (as CI sets it) makes that a failure.
 */
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private static DashboardServer samples;
    private static ChromeDriver browser;

    @BeforeAll
    static void start(@TempDir Path profile) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "required".equals(System.getenv("NEWSTRACE_BROWSER_TESTS"))) {
            throw new IllegalStateException("browser tests are required but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: run .ci/setup");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver)");
        samples = DashboardServer.start(AnalysedCorpus.samples().reader(), AnalysedCorpus.REGISTRY,
                new DashboardServer.Options("127.0.0.1", 0, null));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags keep Chromium off the network it would otherwise call at start (updates, sync, QUIC probes).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (samples != null) {
            samples.close();
        }
    }

    private static String current;

    @BeforeEach
    void name(TestInfo test) {
        current = test.getTestMethod().orElseThrow().getName();
    }

    /** Opens a dashboard page and waits until the page has drawn it. */
    private static void open(DashboardServer server, String hash) {
        browser.get("http://127.0.0.1:" + server.port() + "/" + hash);
        waitUntilShown(hash);
    }

    private static void waitUntilShown(String hash) {
        String expected = hash.replaceFirst("^#", "");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> expected.equals(
                ((JavascriptExecutor) driver).executeScript("return document.body.dataset.ready || null")));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @Test
    void searchForASpeakerOpenAnArticleSeeItsQuotesFollowAReuseLinkAndOpenTheGraph() {
        open(samples, "#/");
        WebElement box = browser.findElement(By.id("search-input"));
        box.sendKeys("Diop Lavrov");
        box.submit();
        waiting().until(driver -> driver.findElements(By.cssSelector(".hit")).size() > 0);
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith("articles");

        open(samples, "#/search?speaker=" + "Abdoulaye%20Diop");
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit a[href^='#/article/']"));
        assertThat(hits).hasSize(4);
        WebElement interview = browser.findElement(By.cssSelector(".hit a[href='#/article/" + SPUTNIK_INTERVIEW + "']"));
        interview.click();
        waitUntilShown("#/article/" + SPUTNIK_INTERVIEW);

        List<WebElement> quotes = browser.findElements(By.cssSelector("#article-body .quote"));
        assertThat(quotes).isNotEmpty();
        assertThat(quotes).extracting(quote -> quote.getAttribute("data-speaker")).contains("Abdoulaye Diop");
        assertThat(quotes.get(0).getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(browser.findElements(By.cssSelector("#article-body .ent-PER"))).isNotEmpty();

        WebElement reused = browser.findElement(By.cssSelector("#article-body a.reuse"));
        assertThat(reused.getAttribute("href")).endsWith("#/article/" + SAME_STATEMENT_ELSEWHERE);
        reused.click();
        waitUntilShown("#/article/" + SAME_STATEMENT_ELSEWHERE);
        assertThat(browser.findElements(By.cssSelector("#article-body a.reuse[href='#/article/" + SPUTNIK_INTERVIEW
                + "']"))).isNotEmpty();

        open(samples, "#/graph?level=article");
        assertThat(browser.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("table.edges tr.unattributed"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("table.edges tr.attributed"))).isNotEmpty();
        assertThat(severeBrowserErrors()).isEmpty();
    }

    @Test
    void theRemovedFurnitureShowsOnlyWhenAskedAndStoryAndOutletPagesDraw() {
        open(samples, "#/article/" + AnalysedCorpus.RT_ARTICLE);
        assertThat(browser.findElements(By.cssSelector("#article-body p.removed"))).isEmpty();
        browser.findElement(By.id("show-removed")).click();
        List<WebElement> removed = browser.findElements(By.cssSelector("#article-body p.removed"));
        assertThat(removed).isNotEmpty();
        assertThat(removed).extracting(part -> part.getAttribute("data-reason")).contains("related");

        browser.findElement(By.cssSelector("a[href^='#/story/']")).click();
        waiting().until(driver -> driver.findElements(By.cssSelector("#timeline canvas")).size() > 0);

        String diop = AnalysedCorpus.samples().reader().entityNamed("Abdoulaye Diop").orElseThrow();
        open(samples, "#/entity/" + diop);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Abdoulaye Diop");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Articles naming Abdoulaye Diop (4)");
        assertThat(browser.findElements(By.cssSelector("#mentions-chart canvas"))).isNotEmpty();

        open(samples, "#/outlet/rt");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("RT").contains("state-affiliated");
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("state affiliation");
        assertThat(severeBrowserErrors()).isEmpty();
    }

    @Test
    void scriptsInTitlesQuotesAndNamesShowAsTextAndNeverRun(@TempDir Path dir) throws IOException {
        String payload = "<img src=x onerror=\"document.body.dataset.pwned='img'\">";
        String script = "<script>document.body.dataset.pwned='script'</script>";
        Path input = dir.resolve("hostile.jsonl");
        Files.writeString(input, "{\"title\":\"Alerte " + payload.replace("\"", "\\\"") + "\",\"outlet\":\"Le "
                + script.replace("/", "\\/") + " Journal\",\"text\":\"Le ministre Jean " + script.replace("/", "\\/")
                + " Dupont a déclaré : « Nous ne céderons rien " + payload.replace("\"", "\\\"")
                + " aux terroristes. » Il a ajouté que la situation était sous contrôle à Bamako.\"}\n");
        Store store = AnalysedCorpus.analyse(List.of(input.toString()));
        try (DashboardServer hostile = DashboardServer.start(store.reader(), AnalysedCorpus.REGISTRY,
                new DashboardServer.Options("127.0.0.1", 0, null))) {
            String id = store.reader().search(io.newstrace.store.SearchIndex.Query.words("terroristes"))
                    .hits().get(0).article();
            open(hostile, "#/article/" + id);
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains(payload);
            assertThat(browser.findElement(By.id("article-body")).getText()).contains(payload);
            open(hostile, "#/search?q=terroristes");
            open(hostile, "#/");
            assertThat(((JavascriptExecutor) browser).executeScript("return document.body.dataset.pwned || null"))
                    .isNull();
            assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        } finally {
            store.close();
        }
    }

    private static List<String> severeBrowserErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    /** Keeps what the browser showed when a test failed. */
    static final class ScreenshotOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            try {
                Files.createDirectories(SCREENSHOTS);
                File shot = browser.getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), SCREENSHOTS.resolve(current + ".png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
