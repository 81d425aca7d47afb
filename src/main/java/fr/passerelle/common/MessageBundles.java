package fr.passerelle.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts: each module brings its own bundle ({@code i18n/<module>.properties} and its {@code _en} twin), all found
 * on the class path rather than listed here. It lives in common, beside the database, so that a module started on its
 * own (a module test) writes its e-mails in French too.
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    @Bean
    public MessageSource messageSource() throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(bundles());
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The base names of the modules' bundles: {@code i18n/intake} for {@code i18n/intake.properties}. */
    static String[] bundles() throws IOException {
        return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties"))
                .map(Resource::getFilename)
                .filter(name -> name != null && name.matches("[a-z]+\\.properties"))
                .map(name -> "i18n/" + name.substring(0, name.indexOf('.')))
                .sorted()
                .distinct()
                .toArray(String[]::new);
    }
}
