package fr.passerelle.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * What the filters in front of everything answer themselves, before any controller, in the request's language: the
 * JSON API's requests as RFC 9457 problem details, the pages' as a page that needs no database.
 */
record GuardAnswers(MessageSource messages, LocaleResolver locales, ITemplateEngine templates)
        implements ProblemResponses {

    /** Under {@code /api/}, for the request itself or for the request whose error is being answered. */
    static boolean api(HttpServletRequest request) {
        return path(request).startsWith(request.getContextPath() + "/api/");
    }

    /** The address the client asked for, also while its error is being answered. */
    static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed instanceof String uri ? uri : request.getRequestURI();
    }

    @Override
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String detailKey)
            throws IOException {
        problem(request, response, status, "error." + status + ".title", detailKey);
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
        Locale locale = locales.resolveLocale(request);
        response.setStatus(status);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"instance\":\"%s\"}"
                        .formatted(
                                json(title(titleKey, status, locale)),
                                status,
                                json(messages.getMessage(detailKey, null, locale)),
                                json(path(request))));
    }

    /** The page of that template, with that status. */
    void page(HttpServletRequest request, HttpServletResponse response, int status, String template)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        templates.process(template, new Context(locales.resolveLocale(request)), response.getWriter());
    }

    private String title(String key, int status, Locale locale) {
        String phrase = org.springframework.http.HttpStatus.resolve(status) == null
                ? Integer.toString(status)
                : org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase();
        return messages.getMessage(key, null, phrase, locale);
    }

    /** A text as a JSON string's content. */
    private static String json(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append("\\u%04x".formatted((int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
