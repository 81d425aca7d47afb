package fr.passerelle.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC finds the handler of an address with a variable ({@code /api/v1/events/{id}/registrations}) by trying
 * every mapping of the platform (some 300) in turn, each checking its method, headers, content types and CORS before
 * its path: a third of the Java time of a registration went there. Here a mapping whose path does not match is
 * passed over first, at the cost of comparing a few segments; the mappings whose path matches are then checked in
 * full, as before, so the handler chosen (and a 405 or 406 for the wrong method or type) is the same. It extends
 * htmx-spring-boot's mapping (its {@code @HxRequest} conditions), whose registration this one replaces: Spring Boot
 * takes the one registration marked primary.
 */
@Configuration(proxyBeanMethods = false)
@Primary
class PathFirstMappings implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new PathFirstHandlerMapping();
    }

    static final class PathFirstHandlerMapping extends HtmxRequestMappingHandlerMapping {

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
            if (patterns != null && patterns.getMatchingCondition(request) == null) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }
    }
}
