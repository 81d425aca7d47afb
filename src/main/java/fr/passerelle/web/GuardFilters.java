package fr.passerelle.web;

import fr.passerelle.common.PartnerOrigins;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

/**
 * The filters in front of everything: database outages answered 503, requests no page accepts answered 400, the API's
 * unanswered errors as problem details, partner sites' cross-origin reads (all outside the session store); then the
 * public reads' ETag and caching.
 */
@Configuration(proxyBeanMethods = false)
class GuardFilters {

    @Bean
    GuardAnswers guardAnswers(
            ITemplateEngine templates,
            MessageSource messages,
            fr.passerelle.common.ProblemResponses problems,
            LocaleResolver localeResolver) {
        return new GuardAnswers(messages, problems, localeResolver, templates);
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

    @Bean
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter(GuardAnswers answers) {
        FilterRegistrationBean<ApiErrorFilter> registration = new FilterRegistrationBean<>(new ApiErrorFilter(answers));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PartnerCors> partnerCors(PartnerOrigins origins) {
        FilterRegistrationBean<PartnerCors> registration = new FilterRegistrationBean<>(new PartnerCors(origins));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicCaching> publicCaching() {
        FilterRegistrationBean<PublicCaching> registration = new FilterRegistrationBean<>(new PublicCaching());
        // Inside the session repository filter (MIN_VALUE + 50), which tells whether the reader sent a session.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 60);
        return registration;
    }
}
