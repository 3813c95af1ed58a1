package dev.safegrade.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.FactDocument;
import dev.safegrade.Language;
import dev.safegrade.MapShape;
import dev.safegrade.Report;
import dev.safegrade.RiskPointGrade;
import dev.safegrade.SafeGrade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML page in a real browser: Debian's headless {@code chromium} driven through {@code chromedriver} by Selenium.
 * Each example is rendered to {@code target/html/}, opened from disk, and checked as the browser sees it: no console
 * error, one SVG shape per placed risk point filled in its colour, the four colours in the legend; a screenshot goes
 * to {@code target/html/}. With {@code -Dsafegrade.screenshot=docs/four-colour-map.png} the hazchem example's map is
 * also saved there (the README's picture).
 *
 * <p>Without the two programs the test is skipped, saying why; with {@code CI=true} in the environment their absence
 * fails it (.ci/run installs them). Paths: {@code -Dsafegrade.chromium} and {@code -Dsafegrade.chromedriver}.
 */
class HtmlBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("safegrade.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("safegrade.chromedriver", "/usr/bin/chromedriver"));
    private static final Path OUT = Path.of("target/html");
    /** The fills the page must use, as the browser computes them. */
    private static final Map<String, String> FILL = Map.of("RED", "rgb(211, 47, 47)", "ORANGE", "rgb(245, 124, 0)",
            "YELLOW", "rgb(251, 192, 45)", "BLUE", "rgb(25, 118, 210)");

    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "HtmlBrowserTest needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver); skipped outside CI";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(why.replace("; skipped outside CI", ": CI=true, so their absence is a failure"));
        }
        Assumptions.assumeTrue(present, why);
        Files.createDirectories(OUT);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1200,1600", "--hide-scrollbars", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theConsoleCheckSeesAnError() throws IOException {
        // the check above can fail: a page that loads a missing file logs a SEVERE console entry
        Path page = OUT.resolve("broken.html").toAbsolutePath();
        Files.writeString(page, "<!DOCTYPE html><html><body><img src=\"missing.png\" alt=\"\"></body></html>", StandardCharsets.UTF_8);
        driver.get(page.toUri().toString());
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
                .anySatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.SEVERE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hazchem-producer", "industrial-trade"})
    void theExamplesPageLoadsCleanlyAndDrawsEachPlacedPointInItsColour(String example) throws IOException {
        FactDocument doc = FactDocument.parse(Path.of("examples/" + example + ".json"));
        Report report = SafeGrade.builder().build().evaluate(doc);
        Path page = OUT.resolve(example + ".html").toAbsolutePath();
        Files.writeString(page, HtmlFormatTest.render(List.of(report), new RenderContext(Language.ZH, Map.of(doc.source(), doc))),
                StandardCharsets.UTF_8);

        driver.get(page.toUri().toString());
        assertThat(driver.executeScript("return document.readyState")).isEqualTo("complete");
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("console errors").isEmpty();

        Map<String, String> colors = report.riskPoints().stream()
                .collect(Collectors.toMap(RiskPointGrade::id, p -> p.color().orElseThrow().name()));
        List<String> placed = doc.mapShapes().stream().filter(s -> s.rect().isPresent()).map(MapShape::id).toList();
        assertThat(placed).isNotEmpty();
        List<WebElement> shapes = driver.findElements(By.cssSelector("section.report svg rect.rp"));
        assertThat(shapes.stream().map(s -> s.getAttribute("data-id"))).containsExactlyElementsOf(placed);
        for (WebElement s : shapes) {
            String id = s.getAttribute("data-id");
            assertThat(s.getCssValue("fill")).as(id + " drawn in " + colors.get(id)).isEqualTo(FILL.get(colors.get(id)));
            assertThat(s.isDisplayed()).as(id).isTrue();
            assertThat(s.getRect().getWidth()).as(id + " has a size on screen").isPositive();
        }
        List<WebElement> legend = driver.findElements(By.cssSelector("figure .legend li"));
        assertThat(legend.stream().map(l -> l.getAttribute("data-color"))).startsWith("RED", "ORANGE", "YELLOW", "BLUE");
        assertThat(legend.stream().map(WebElement::getText).toList()).anySatisfy(t -> assertThat(t).startsWith("重大风险"))
                .anySatisfy(t -> assertThat(t).startsWith("较大风险")).anySatisfy(t -> assertThat(t).startsWith("一般风险"))
                .anySatisfy(t -> assertThat(t).startsWith("低风险"));
        for (WebElement l : legend.subList(0, 4)) {
            assertThat(l.findElement(By.cssSelector(".sw")).getCssValue("background-color"))
                    .isEqualTo(FILL.get(l.getAttribute("data-color")).replace("rgb(", "rgba(").replace(")", ", 1)"));
        }
        List<String> unplaced = doc.mapShapes().stream().filter(s -> s.rect().isEmpty()).map(MapShape::id).toList();
        assertThat(driver.findElements(By.cssSelector("table.unplaced tbody tr")).stream().map(r -> r.getAttribute("data-id")))
                .containsExactlyElementsOf(unplaced);

        Files.write(OUT.resolve(example + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        String docsShot = System.getProperty("safegrade.screenshot", "");
        if (example.equals("hazchem-producer") && !docsShot.isBlank()) {
            Files.write(Path.of(docsShot), driver.findElement(By.cssSelector("section.report div.map")).getScreenshotAs(OutputType.BYTES));
        }
    }
}
