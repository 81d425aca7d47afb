package fr.passerelle.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker (validator.nu, the engine of validator.w3.org/nu) on every document of the platform a
 * browser test opens, as the server sent it: each navigation's HTML body is checked in-process against the HTML
 * schema and the checker's assertions. Errors are kept, with their page, line and column, for the test to fail on;
 * warnings go to the report ({@code target/nu/checked-pages<fork>.txt}) with the pages checked.
 */
final class NuChecks {

    private static final Path REPORT =
            Path.of("target", "nu", "checked-pages" + System.getProperty("test.fork", "") + ".txt");
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    private static final Set<String> WARNINGS = ConcurrentHashMap.newKeySet();
    private static final Set<Integer> ALREADY_VALID = ConcurrentHashMap.newKeySet();
    private static Checker checker;

    private final String origin;
    private final Set<String> errors = new LinkedHashSet<>();

    NuChecks(String origin) {
        this.origin = origin;
    }

    /** Checks each HTML document the context's pages and frames load from the platform, once fully received. */
    void watch(BrowserContext context) {
        context.onRequestFinished(this::finished);
    }

    List<String> errors() {
        return new ArrayList<>(errors);
    }

    private void finished(Request request) {
        if (!request.isNavigationRequest() || !request.url().startsWith(origin + "/")) {
            return;
        }
        try {
            Response response = request.response();
            String type = response == null ? null : response.headerValue("content-type");
            if (response != null && response.ok() && type != null && type.startsWith("text/html")) {
                check(request.url(), response.body());
            }
        } catch (PlaywrightException navigatedAway) {
            // The document was replaced before its body could be read: its next load is checked.
        }
    }

    /** Checks one HTML document; errors are kept for this test, warnings for the report. */
    void check(String url, byte[] html) {
        String path = url.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        CHECKED.add(path);
        if (ALREADY_VALID.contains(Arrays.hashCode(html))) {
            return;
        }
        List<String> found = checker().check(html);
        boolean valid = true;
        for (String message : found) {
            if (message.startsWith("error")) {
                errors.add(message + " on " + url);
                valid = false;
            } else {
                WARNINGS.add(message + " on " + path);
            }
        }
        if (valid) {
            ALREADY_VALID.add(Arrays.hashCode(html));
        }
    }

    private static synchronized Checker checker() {
        if (checker == null) {
            checker = new Checker();
        }
        return checker;
    }

    /** Writes the pages checked in the run (each URL path, then the same with identifiers folded) and the warnings. */
    static void writeReport() {
        Set<String> kinds = new TreeSet<>();
        for (String path : CHECKED) {
            kinds.add(path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}")
                    .replaceAll("/[A-Za-z0-9_-]{32,}(?=/|$)", "/{token}")
                    .replaceAll("/\\d+(?=/|$)", "/{n}"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(CHECKED.size() + " page URLs checked by the Nu HTML checker, " + kinds.size() + " kinds of page:");
        lines.addAll(kinds);
        lines.add("");
        lines.add(WARNINGS.size() + " warnings:");
        lines.addAll(new TreeSet<>(WARNINGS));
        try {
            Files.createDirectories(REPORT.getParent());
            Files.write(REPORT, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One validator for the test JVM: its schema takes seconds to load, a document milliseconds to check. */
    private static final class Checker implements ErrorHandler {

        private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        private List<String> messages = new ArrayList<>();

        Checker() {
            try {
                validator.setUpMainSchema(SCHEMA, this);
                validator.setUpValidatorAndParsers(this, false, false);
            } catch (Exception e) {
                throw new IllegalStateException("The Nu HTML checker could not load its HTML schema", e);
            }
        }

        synchronized List<String> check(byte[] html) {
            messages = new ArrayList<>();
            try {
                validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html)));
            } catch (IOException | SAXException e) {
                messages.add("error: " + e.getMessage());
            }
            return messages;
        }

        @Override
        public void warning(SAXParseException e) {
            messages.add(describe("warning", e));
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(describe("error", e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            messages.add(describe("error (fatal)", e));
        }

        private static String describe(String kind, SAXParseException e) {
            return "%s: %s (line %d, column %d)"
                    .formatted(kind, e.getMessage(), e.getLineNumber(), e.getColumnNumber());
        }
    }
}
