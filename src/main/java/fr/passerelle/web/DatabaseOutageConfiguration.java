package fr.passerelle.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

/** Puts the outage filter around everything that may reach the database, the session store included. */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(
            ITemplateEngine templates, MessageSource messages, LocaleResolver localeResolver) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(templates, messages, localeResolver));
        // Inside the character encoding filter, outside the session repository filter (MIN_VALUE + 50).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
