package fr.passerelle.web;

import fr.passerelle.common.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * What the filters in front of everything answer themselves, before any controller, in the request's language: the
 * JSON API's requests as RFC 9457 problem details, the pages' as a page that needs no database.
 */
record GuardAnswers(
        MessageSource messages, ProblemResponses problems, LocaleResolver locales, ITemplateEngine templates) {

    /** Under {@code /api/}, for the request itself or for the request whose error is being answered. */
    static boolean api(HttpServletRequest request) {
        return ProblemResponses.api(request);
    }

    /** The problem of that status, its title the status's and its detail read from the bundles under that key. */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String detailKey)
            throws IOException {
        problems.write(request, response, status, detailKey);
    }

    /** The bundle key of what a status means for an API client: {@code api.status.<code>}, else a generic sentence. */
    String detailKey(int status) {
        String key = "api.status." + status;
        return messages.getMessage(key, null, null, Locale.FRENCH) != null
                ? key
                : status >= 500 ? "api.unexpected" : "api.status.other";
    }

    /** Problem details with that status, their title and detail read from the bundles; never kept by a cache. */
    void problem(
            HttpServletRequest request, HttpServletResponse response, int status, String titleKey, String detailKey)
            throws IOException {
        problems.problem(request, response, status, titleKey, detailKey);
    }

    /** The page of that template, with that status. */
    void page(HttpServletRequest request, HttpServletResponse response, int status, String template)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        templates.process(template, new Context(locales.resolveLocale(request)), response.getWriter());
    }
}
