package fr.passerelle.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads {@link SearchParams} straight from the query string. Every search of the directory goes
 * through here; general data binding of a sixteen-field record cost more than the search's SQL.
 * A flag reads as set for "true", "on", "1", "yes" or "oui"; a page that is not a number is refused.
 */
@Configuration(proxyBeanMethods = false)
record SearchParamsResolver(MessageSource messages) implements HandlerMethodArgumentResolver, WebMvcConfigurer {
    private static final Set<String> YES = Set.of("true", "on", "1", "yes", "oui");

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == SearchParams.class;
    }

    @Override
    public SearchParams resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return read(webRequest.getNativeRequest(HttpServletRequest.class));
    }

    SearchParams read(HttpServletRequest request) {
        return new SearchParams(
                request.getParameter("q"),
                request.getParameter("commune"),
                request.getParameter("communeLabel"),
                list(request, "family"),
                list(request, "kind"),
                list(request, "area"),
                list(request, "sector"),
                list(request, "type"),
                list(request, "stage"),
                list(request, "audience"),
                flag(request, "ess"),
                flag(request, "collective"),
                flag(request, "open"),
                request.getParameter("departement"),
                request.getParameter("coverage"),
                number(request.getParameter("page")),
                request.getParameter("tab"));
    }

    private static List<String> list(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? null : List.of(values);
    }

    private static Boolean flag(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? null : YES.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    messages.getMessage(
                            "api.directory.badFilters",
                            new Object[] {"page=" + value},
                            LocaleContextHolder.getLocale()));
        }
    }
}
