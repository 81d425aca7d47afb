package fr.passerelle.web;

import fr.passerelle.common.PartnerOrigins;
import jakarta.servlet.Filter;
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
        // Inside the character encoding filter, outside the session repository filter (MIN_VALUE + 50).
        return ordered(new DatabaseOutageFilter(answers), 10);
    }

    @Bean
    FilterRegistrationBean<RequestSanityFilter> requestSanityFilter(GuardAnswers answers) {
        return ordered(new RequestSanityFilter(answers), 20);
    }

    @Bean
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter(GuardAnswers answers) {
        return ordered(new ApiErrorFilter(answers), 25);
    }

    @Bean
    FilterRegistrationBean<PartnerCors> partnerCors(PartnerOrigins origins) {
        return ordered(new PartnerCors(origins), 30);
    }

    @Bean
    FilterRegistrationBean<PublicCaching> publicCaching() {
        // Inside the session repository filter (MIN_VALUE + 50), which tells whether the reader sent a session.
        return ordered(new PublicCaching(), 60);
    }

    /** The filter registered that many places after the highest precedence. */
    private static <F extends Filter> FilterRegistrationBean<F> ordered(F filter, int place) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + place);
        return registration;
    }
}
