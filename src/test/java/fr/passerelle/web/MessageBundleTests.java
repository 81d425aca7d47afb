package fr.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accounts.Role;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.imports.ReferenceFileKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a person reads comes from the message bundles, in French and in English. */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");
    /** The column titles handed to fragments/tables :: head or emptyOrTable as a list of keys. */
    private static final Pattern COLUMN_KEYS =
            Pattern.compile("tables :: (?:head|emptyOrTable)\\(\\$\\{ \\{([^}]*)} }");

    private static final Pattern QUOTED_KEY = Pattern.compile("'([A-Za-z0-9_.\\-]+)'");
    private static final Pattern DEFINED_KEY = Pattern.compile("^([A-Za-z0-9_.\\-]+)\\s*=");
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_\\-]+)+)\"");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern TEXT_ATTRIBUTE =
            Pattern.compile("\\s(placeholder|title|alt|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"");

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    private static Properties bundle(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Each module's bundle, by module name, in French ({@code intake.properties}) or English ({@code intake_en}). */
    private static Map<String, Path> bundles(String suffix) {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(file -> file.getFileName().toString().matches("[a-z]+" + suffix + "\\.properties"))
                    .collect(Collectors.toMap(
                            file -> file.getFileName().toString().replace(suffix + ".properties", ""),
                            file -> file,
                            (a, b) -> a,
                            TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties all(Map<String, Path> bundles) {
        Properties all = new Properties();
        bundles.values().forEach(file -> all.putAll(bundle(file)));
        return all;
    }

    private static final Map<String, Path> FRENCH_BUNDLES = bundles("");
    private static final Map<String, Path> ENGLISH_BUNDLES = bundles("_en");
    private static final Properties FRENCH = all(FRENCH_BUNDLES);
    private static final Properties ENGLISH = all(ENGLISH_BUNDLES);

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void eachModuleBundleHasTheSameKeysInBothLocales() {
        assertThat(ENGLISH_BUNDLES.keySet()).containsExactlyElementsOf(FRENCH_BUNDLES.keySet());
        assertThat(FRENCH_BUNDLES).containsKeys("web", "common", "accounts", "intake");
        FRENCH_BUNDLES.forEach((module, french) -> assertThat(
                        bundle(ENGLISH_BUNDLES.get(module)).stringPropertyNames())
                .as(module)
                .containsExactlyInAnyOrderElementsOf(bundle(french).stringPropertyNames()));
    }

    /** A key in two bundles would show whichever bundle the message source reads first. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (Map<String, Path> bundles : List.of(FRENCH_BUNDLES, ENGLISH_BUNDLES)) {
            Set<String> seen = new TreeSet<>();
            List<String> repeated = new ArrayList<>();
            for (Path file : bundles.values()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher key = DEFINED_KEY.matcher(line);
                    if (key.find() && !seen.add(key.group(1))) {
                        repeated.add(file.getFileName() + ": " + key.group(1));
                    }
                }
            }
            assertThat(repeated).isEmpty();
        }
    }

    /** The message source finds every module's bundle on its own: a key of each resolves, in both languages. */
    @Test
    void theMessageSourceReadsEveryModulesBundle() throws IOException {
        org.springframework.context.support.ResourceBundleMessageSource messages =
                new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasenames(fr.passerelle.common.MessageBundles.bundles());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        FRENCH_BUNDLES.forEach((module, file) -> {
            Properties french = bundle(file);
            Properties english = bundle(ENGLISH_BUNDLES.get(module));
            String key = french.stringPropertyNames().iterator().next();
            assertThat(messages.getMessage(key, null, null, Locale.FRENCH))
                    .as(module)
                    .isEqualTo(french.getProperty(key));
            assertThat(messages.getMessage(key, null, null, Locale.ENGLISH))
                    .as(module)
                    .isEqualTo(english.getProperty(key));
        });
        assertThat(messages.getMessage("nav.home", null, Locale.ENGLISH)).isEqualTo("Home");
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            String text = Files.readString(template);
            Matcher matcher = LITERAL_KEY.matcher(text);
            while (matcher.find()) {
                if (!FRENCH.containsKey(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
            Matcher columns = COLUMN_KEYS.matcher(text);
            while (columns.find()) {
                Matcher key = QUOTED_KEY.matcher(columns.group(1));
                while (key.find()) {
                    if (!FRENCH.containsKey(key.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Keys named in Java code (problems, flash messages, mail subjects) exist too: a string literal whose first part
     * is a family of keys is either a key or the stem of keys ({@code "mail.invitation"} for its subject and body).
     */
    @Test
    void everyKeyNamedInJavaExists() throws IOException {
        Set<String> families = new TreeSet<>();
        FRENCH.stringPropertyNames().forEach(key -> families.add(key.substring(0, key.indexOf('.') + 1)));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher literal = JAVA_KEY.matcher(Files.readString(file));
                while (literal.find()) {
                    String key = literal.group(1);
                    boolean family = families.contains(key.substring(0, key.indexOf('.') + 1));
                    boolean stem = FRENCH.stringPropertyNames().stream().anyMatch(known -> known.startsWith(key + "."));
                    if (family && !FRENCH.containsKey(key) && !stem) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** French typography (see {@link FrenchTypography}); {@code python3 scripts/french-typography.py} fixes them. */
    @Test
    void frenchMessagesFollowFrenchTypography() {
        Map<String, List<String>> breaking = new TreeMap<>();
        FRENCH.stringPropertyNames().forEach(key -> {
            List<String> breaches = FrenchTypography.breaches(FRENCH.getProperty(key));
            if (!breaches.isEmpty()) {
                breaking.put(key, breaches);
            }
        });
        assertThat(FRENCH.size()).isGreaterThan(1000);
        assertThat(breaking).as("run python3 scripts/french-typography.py").isEmpty();
    }

    @Test
    void keysBuiltFromValuesExistForEveryValue() {
        List<String> keys = new ArrayList<>();
        Stream.of(Role.values()).map(Role::messageKey).forEach(keys::add);
        Stream.of(PerimeterKind.values()).map(kind -> "perimeter." + kind).forEach(keys::add);
        for (ReferenceFileKind kind : ReferenceFileKind.values()) {
            keys.add("imports.kind." + kind.id());
            keys.add("imports.kind." + kind.id() + ".hint");
            keys.add("imports.problem.format." + kind.id());
        }
        for (int level = 1; level <= 7; level++) {
            keys.add("density." + level);
        }
        Stream.of("11", "12", "13", "20", "30")
                .map(code -> "attraction." + code)
                .forEach(keys::add);
        Stream.of(400, 403, 404, 500)
                .map(status -> "error." + status + ".title")
                .forEach(keys::add);
        assertThat(FRENCH.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void templatesHoldNoHardCodedSentences() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", " ")
                    .replaceAll("(?s)<script.*?</script>", " ")
                    .replaceAll("(?s)<style.*?</style>", " ");
            String text = html.replaceAll("(?s)<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", " ")
                    .replaceAll("&[a-z]+;", " ");
            Matcher words = WORDS.matcher(text);
            if (words.find()) {
                found.add(TEMPLATES.relativize(template) + ": « " + words.group() + " »");
            }
            Matcher attribute = TEXT_ATTRIBUTE.matcher(html);
            if (attribute.find()) {
                found.add(
                        TEMPLATES.relativize(template) + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
            }
        }
        assertThat(found).isEmpty();
    }
}
