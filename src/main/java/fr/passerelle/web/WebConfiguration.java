package fr.passerelle.web;

import fr.passerelle.common.FrenchDates;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * French first; {@code ?lang=en} switches to English and a cookie remembers the choice. Static
 * files are served from their own folders only.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH);

    private final ObjectProvider<NavigationLinks> navigation;

    WebConfiguration(ObjectProvider<NavigationLinks> navigation) {
        this.navigation = navigation;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("PASSERELLE_LANG");
        resolver.setDefaultLocale(Locale.FRENCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * The static files, each folder mapped by name. Spring Boot's default maps "/**", and then every
     * link of every page is looked up as a possible file in the jar before it is written out.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/");
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
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
                LocalDate.class, formatter(FrenchDates::date, DateTimeFormatter.ISO_LOCAL_DATE::format));
        registry.addFormatterForFieldType(
                LocalTime.class, formatter(FrenchDates::time, DateTimeFormatter.ofPattern("HH:mm")::format));
    }

    /** A formatter that reads and writes values the same way whatever the locale. */
    private static <T> Formatter<T> formatter(Function<String, T> reader, Function<T, String> writer) {
        return new Formatter<>() {
            @Override
            public T parse(String text, Locale locale) {
                return reader.apply(text);
            }

            @Override
            public String print(T value, Locale locale) {
                return writer.apply(value);
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
