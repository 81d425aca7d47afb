package fr.passerelle.web;

import fr.passerelle.common.Euros;
import fr.passerelle.common.FrenchDates;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * French first: a reader's choice ({@code ?lang=en}, remembered in a cookie) wins, else the languages their client
 * asks for ({@code Accept-Language}) as far as the bundles have them (French, English), else French. Static files are
 * served from their own folders only, kept an hour by browsers.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH);

    private final ObjectProvider<NavigationLinks> navigation;

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("PASSERELLE_LANG");
        resolver.setDefaultLocale(Locale.FRENCH);
        resolver.setDefaultLocaleFunction(WebConfiguration::asked);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * The first language of the request's {@code Accept-Language} (by weight) that the bundles have; French when it
     * names none of them, or is absent or unreadable (the request's own {@code getLocale()} would be the server's).
     */
    static Locale asked(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Locale.FRENCH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), LOCALES);
            return match != null ? match : Locale.FRENCH;
        } catch (IllegalArgumentException unreadable) {
            return Locale.FRENCH;
        }
    }

    /**
     * The static files, each folder mapped by name. Spring Boot's default maps "/**", and then every
     * link of every page is looked up as a possible file in the jar before it is written out.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl hour = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .setCacheControl(hour);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCacheControl(hour);
        registry.addResourceHandler("/favicon.svg")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(hour);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(hour)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    /**
     * Dates and hours of every form are read the one French way ({@link FrenchDates}); they are written back as a
     * date input expects them (2027-03-14, 09:30), so that a form shown again keeps what was typed.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(
                LocalDate.class, formatter(FrenchDates::date, DateTimeFormatter.ISO_LOCAL_DATE));
        registry.addFormatterForFieldType(
                LocalTime.class, formatter(FrenchDates::time, DateTimeFormatter.ofPattern("HH:mm")));
        // budgets: amounts read the one French way, written back as "1 234,50".
        registry.addFormatterForFieldType(Euros.class, new Formatter<Euros>() {
            @Override
            public Euros parse(String text, Locale locale) {
                return Euros.parse(text);
            }

            @Override
            public String print(Euros value, Locale locale) {
                return value.french();
            }
        });
    }

    /** Reads what was typed with the parser given, writes the value back with the pattern given. */
    private static <T extends TemporalAccessor> Formatter<T> formatter(
            Function<String, T> parser, DateTimeFormatter writer) {
        return new Formatter<>() {
            @Override
            public T parse(String text, Locale locale) {
                return parser.apply(text);
            }

            @Override
            public String print(T value, Locale locale) {
                return writer.format(value);
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(
                new NavigationInterceptor(navigation.orderedStream().toList()));
    }
}
