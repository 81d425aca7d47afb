package fr.passerelle.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * axe-core on every page of the platform a browser test visits: its script is added to every document of the
 * context; each page is checked when it has loaded (the test waits for the check) and again after each htmx swap
 * (reported back through a binding). The WCAG 2.0, 2.1 and 2.2 A and AA rules run, and the headings' outline (one
 * first-level heading, levels in order, none empty); those and the serious and critical violations are kept, with
 * their rule, element and page, for the test to fail on.
 */
final class AxeChecks {

    private static final Path REPORT =
            Path.of("target", "axe", "checked-pages" + System.getProperty("test.fork", "") + ".txt");
    private static final String AXE = resource("/axe.min.js");
    private static final String RUNNER =
            """
            (() => {
              if (window.__passerelleAxe || !window.axe) return;
              const HEADINGS = ['heading-order', 'page-has-heading-one', 'empty-heading'];
              const options = {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                // Headings outline the page for screen readers: one first-level heading, levels in order, none empty.
                rules: { 'heading-order': { enabled: true }, 'page-has-heading-one': { enabled: true },
                         'empty-heading': { enabled: true } },
                resultTypes: ['violations']
              };
              const loaded = () => new Promise(done => document.readyState === 'complete'
                  ? done() : window.addEventListener('load', done, { once: true }));
              // What axe's verdict depends on: the document as it stands (its CSRF token aside, new in each session)
              // and the window's size. Null for a page with frames, whose documents are not in its markup.
              const state = async () => {
                if (document.querySelector('iframe, frame, object, embed')) return null;
                const token = document.querySelector('meta[name="_csrf"]');
                let markup = document.documentElement.outerHTML;
                if (token && token.content) markup = markup.split(token.content).join('');
                const bytes = new TextEncoder().encode(innerWidth + 'x' + innerHeight + '\\n' + markup);
                const hash = await crypto.subtle.digest('SHA-256', bytes);
                return Array.from(new Uint8Array(hash), b => b.toString(16).padStart(2, '0')).join('');
              };
              const once = async () => {
                await loaded();
                if (document.contentType !== 'text/html' || !document.body) return null;
                const key = window.__axeKnown ? await state() : null;
                const known = key ? await window.__axeKnown(key) : null;
                if (known) return { url: location.href, violations: known };
                const result = await window.axe.run(document, options);
                const violations = result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical' || HEADINGS.includes(v.id))
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                 nodes: v.nodes.map(n => n.target.join(' ') + '  ' + n.html.slice(0, 160)) }));
                if (key) await window.__axeLearn(key, violations);
                return { url: location.href, violations };
              };
              // One run at a time: axe refuses to run twice at once.
              let queue = Promise.resolve(null);
              window.__passerelleAxe = () => (queue = queue.then(once, once));
              let timer;
              document.addEventListener('htmx:afterSettle', () => {
                clearTimeout(timer);
                timer = setTimeout(() => window.__passerelleAxe()
                    .then(r => r && window.__axeReport && window.__axeReport(r)), 100);
              });
            })();
            """;

    /** The pages checked over the whole run (every browser test class), for the report. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    /**
     * axe's verdict on each state of a page met in this test JVM, by the state's hash (its markup and the window's
     * size): the same page met again, as the tests' journeys often do, is not checked again. A run takes about half a
     * second of a busy machine; the browser tests meet the same states hundreds of times.
     */
    private static final Map<String, Object> VERDICTS = new ConcurrentHashMap<>();

    private static final java.util.concurrent.atomic.AtomicInteger RUNS =
            new java.util.concurrent.atomic.AtomicInteger();

    private final String origin;
    private final Set<String> violations = new LinkedHashSet<>();
    private boolean scripted = true;

    AxeChecks(String origin) {
        this.origin = origin;
    }

    /**
     * Checks the context's pages from now on; not a context without JavaScript, where axe cannot run (a page's scripts,
     * ours included, do not run there): its pages are left out of the check and of the report.
     */
    void watch(BrowserContext context, boolean scripted) {
        this.scripted = scripted;
        if (!scripted) {
            return;
        }
        context.addInitScript(AXE + "\n" + RUNNER);
        context.exposeBinding("__axeReport", (source, args) -> {
            record(args[0]);
            return null;
        });
        context.exposeBinding("__axeKnown", (source, args) -> VERDICTS.get(String.valueOf(args[0])));
        context.exposeBinding("__axeLearn", (source, args) -> {
            VERDICTS.putIfAbsent(String.valueOf(args[0]), args[1]);
            return null;
        });
        context.onPage(page -> page.onLoad(this::check));
    }

    /** Checks the platform's documents in the page now: the page itself, or the platform's frames in another site. */
    void check(Page page) {
        if (!scripted) {
            return;
        }
        for (Frame frame : page.frames()) {
            Frame parent = frame.parentFrame();
            if (ours(frame) && (parent == null || !ours(parent))) {
                try {
                    int before = violations.size();
                    Object result = frame.evaluate("() => window.__passerelleAxe ? window.__passerelleAxe()"
                            + " : document.contentType === 'text/html' ? 'missing' : null");
                    if ("missing".equals(result)) {
                        violations.add("axe-core did not start on " + frame.url() + ": its runner script failed");
                    }
                    record(result);
                    if (violations.size() > before) {
                        page.screenshot(new Page.ScreenshotOptions()
                                .setPath(Path.of("target", "axe", "violation-" + violations.size() + ".png"))
                                .setFullPage(true));
                    }
                } catch (PlaywrightException navigatedAway) {
                    // The page was left before its check ended: the next page is checked when it loads.
                }
            }
        }
    }

    List<String> violations() {
        return new ArrayList<>(violations);
    }

    private boolean ours(Frame frame) {
        return frame.url().startsWith(origin + "/");
    }

    @SuppressWarnings("unchecked")
    private void record(Object result) {
        if (!(result instanceof Map<?, ?> report)) {
            return;
        }
        RUNS.incrementAndGet();
        String url = String.valueOf(report.get("url"));
        CHECKED.add(url.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", ""));
        for (Map<String, Object> violation : (List<Map<String, Object>>) report.get("violations")) {
            for (Object node : (List<Object>) violation.get("nodes")) {
                violations.add("%s (%s, %s) on %s: %s"
                        .formatted(violation.get("id"), violation.get("impact"), violation.get("help"), url, node));
            }
        }
    }

    /** Writes the pages checked so far in the run: each URL path, then the same with identifiers folded. */
    static void writeReport() {
        Set<String> kinds = new TreeSet<>();
        for (String path : CHECKED) {
            kinds.add(path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}")
                    .replaceAll("/[A-Za-z0-9_-]{32,}(?=/|$)", "/{token}")
                    .replaceAll("/\\d+(?=/|$)", "/{n}"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(RUNS.get() + " checks by axe-core of " + VERDICTS.size() + " distinct page states (a state met again"
                + " reuses its verdict)");
        lines.add(CHECKED.size() + " page URLs checked by axe-core, " + kinds.size() + " kinds of page:");
        lines.addAll(kinds);
        try {
            Files.createDirectories(REPORT.getParent());
            Files.write(REPORT, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = AxeChecks.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("axe-core's script " + name + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
