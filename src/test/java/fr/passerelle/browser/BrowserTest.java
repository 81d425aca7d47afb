package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import fr.passerelle.testing.PlatformTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the running platform in headless Chromium (Debian's headless shell or full browser, see {@link #chromium()}),
 * with the demonstration data. Skipped, saying why, when no Chromium is installed. Screenshots go to
 * {@code target/screenshots}.
 */
@PlatformTest
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "passerelle-demo";
    private static final Path CHROMIUM = chromium();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * Whether the tests' named screenshots are taken, for a person to look at the pages: with
     * {@code PASSERELLE_SCREENSHOTS=1} in the environment. A full-page screenshot costs about a second, a third of the
     * browser tests' time (measured in the session note of 2026-12-04), so a plain run takes only the page of a
     * failing test.
     */
    private static final boolean SCREENSHOTS_WANTED = System.getenv("PASSERELLE_SCREENSHOTS") != null;

    /**
     * The browser the tests drive: {@code PASSERELLE_CHROMIUM} when set; else Debian's Chromium headless shell
     * ({@code chromium-headless-shell}, Chromium's old headless mode, the one Playwright itself prefers for headless
     * runs), which spent 39 % less processor than the full browser on the same journeys and made them a fifth faster
     * (session note of 2026-12-05); else Debian's full {@code chromium}.
     */
    private static Path chromium() {
        String chosen = System.getenv("PASSERELLE_CHROMIUM");
        if (chosen != null) {
            return Path.of(chosen);
        }
        Path shell = Path.of("/usr/lib/chromium/chromium-headless-shell");
        return Files.isExecutable(shell) ? shell : Path.of("/usr/bin/chromium");
    }

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private AxeChecks axe;
    private NuChecks nu;

    /** The page as it was when the test failed, in {@code target/screenshots/failed-<test>.png}. */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (test, thrown) -> {
        try {
            if (page != null && !page.isClosed()) {
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve(
                                "failed-" + test.getRequiredTestMethod().getName() + ".png"))
                        .setFullPage(true));
            }
        } catch (com.microsoft.playwright.PlaywrightException gone) {
            thrown.addSuppressed(gone);
        }
        throw thrown;
    };

    /**
     * One Chromium for the test JVM, launched by its first browser test and closed when the JVM ends: each test has a
     * context of its own (cookies, storage), which is what isolates tests, and a launch costs seconds.
     */
    @BeforeAll
    static synchronized void launchChromium() {
        assumeTrue(
                Files.isExecutable(CHROMIUM),
                "Browser tests skipped: no Chromium at " + CHROMIUM + " (install it with 'apt-get install -y"
                        + " chromium-headless-shell' or 'apt-get install -y chromium', or set PASSERELLE_CHROMIUM)");
        if (browser != null && browser.isConnected()) {
            return;
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        Playwright launched = playwright;
        Runtime.getRuntime().addShutdownHook(new Thread(launched::close, "playwright-close"));
    }

    @AfterAll
    static void writeAxeReport() {
        AxeChecks.writeReport();
        NuChecks.writeReport();
    }

    @BeforeEach
    void openPage() {
        axe = new AxeChecks(url(""));
        nu = new NuChecks(url(""));
        openPage(new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1280, 900));
    }

    /** A fresh context and page, with axe-core and the Nu HTML checker watching every page of the platform it visits. */
    void openPage(Browser.NewContextOptions options) {
        context = browser.newContext(options);
        axe.watch(context, !Boolean.FALSE.equals(options.javaScriptEnabled));
        nu.watch(context);
        page = context.newPage();
    }

    /**
     * Fails the test on any serious or critical accessibility violation met on its pages, the last one included, and on
     * any error the Nu HTML checker found in them.
     */
    @AfterEach
    void closePage() {
        try {
            if (!page.isClosed()) {
                axe.check(page);
            }
        } finally {
            closeContext();
        }
        assertThat(axe.violations())
                .as("serious or critical accessibility violations (axe-core, WCAG 2 A/AA)")
                .isEmpty();
        assertThat(nu.errors()).as("HTML errors (W3C Nu HTML checker)").isEmpty();
    }

    /**
     * Closes the test's context. A page's call back to the test still in flight then (an axe check after a late htmx
     * swap asking whether its state is known) finds its page gone and Playwright throws while closing: no failure of
     * the test, and closing again ends what the first close began.
     */
    private void closeContext() {
        try {
            context.close();
        } catch (com.microsoft.playwright.PlaywrightException lateCallback) {
            context.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String email, String password) {
        page.navigate(url("/connexion"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill(password);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Se connecter").setExact(true))
                .last()
                .click();
    }

    /**
     * The intake form's next step, swapped in by htmx: done once the focus has moved to the step's heading (or to the
     * error summary), as a person using a screen reader hears it; typing before that would lose keys to the move.
     */
    void nextIntakeStep() {
        page.evaluate("() => document.activeElement && document.activeElement.blur()");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Continuer"))
                .click();
        page.waitForFunction(
                "() => document.activeElement && document.activeElement.matches('h2, [data-error-summary]')");
    }

    /** A full-page screenshot in {@code target/screenshots}, when they are wanted. */
    void screenshot(String name) {
        if (!SCREENSHOTS_WANTED) {
            return;
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** A screenshot of one part of the page, when they are wanted. */
    void screenshot(com.microsoft.playwright.Locator part, String name) {
        if (SCREENSHOTS_WANTED) {
            part.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(name + ".png")));
        }
    }
}
