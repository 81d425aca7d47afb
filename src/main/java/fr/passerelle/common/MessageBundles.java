package fr.passerelle.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts: each module brings its own bundle ({@code i18n/<module>.properties} and its {@code _en} twin), all found
 * on the class path rather than listed anywhere. They are handed to Spring Boot's message source, so that every
 * context has them: the application, a module started alone in a module test, a controller slice. French is the
 * bundles' default; the system's locale never chooses the language.
 */
public class MessageBundles implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "passerelle-message-bundles",
                        Map.of(
                                "spring.messages.basename", String.join(",", bundles()),
                                "spring.messages.encoding", "UTF-8",
                                "spring.messages.fallback-to-system-locale", "false")));
    }

    /** The base names of the modules' bundles: {@code i18n/intake} for {@code i18n/intake.properties}. */
    public static String[] bundles() {
        try {
            return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties"))
                    .map(Resource::getFilename)
                    .filter(name -> name != null && name.matches("[a-z]+\\.properties"))
                    .map(name -> "i18n/" + name.substring(0, name.indexOf('.')))
                    .sorted()
                    .distinct()
                    .toArray(String[]::new);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
