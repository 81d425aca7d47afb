package fr.passerelle.web;

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
record GuardAnswers(MessageSource messages, LocaleResolver locales, ITemplateEngine templates) {

    static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Problem details with that status, their title and detail read from the bundles. */
    void problem(
            HttpServletRequest request, HttpServletResponse response, int status, String titleKey, String detailKey)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                        .formatted(text(titleKey, locale), status, text(detailKey, locale)));
    }

    /** The page of that template, with that status. */
    void page(HttpServletRequest request, HttpServletResponse response, int status, String template)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        templates.process(template, new Context(locales.resolveLocale(request)), response.getWriter());
    }

    /** A message as a JSON string's content. */
    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale).replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
