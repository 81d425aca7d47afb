package fr.passerelle.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

/**
 * The filters in front of everything: database outages answered 503, requests no page accepts answered 400; both
 * outside the session store.
 */
@Configuration(proxyBeanMethods = false)
class GuardFilters {

    @Bean
    GuardAnswers guardAnswers(ITemplateEngine templates, MessageSource messages, LocaleResolver localeResolver) {
        return new GuardAnswers(messages, localeResolver, templates);
    }

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(GuardAnswers answers) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(answers));
        // Inside the character encoding filter, outside the session repository filter (MIN_VALUE + 50).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSanityFilter> requestSanityFilter(GuardAnswers answers) {
        FilterRegistrationBean<RequestSanityFilter> registration =
                new FilterRegistrationBean<>(new RequestSanityFilter(answers));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
