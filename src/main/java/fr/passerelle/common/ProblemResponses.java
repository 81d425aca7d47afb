package fr.passerelle.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes an RFC 9457 problem detail (type, title, status, detail, instance) straight to a response, in the request's
 * language: for the API's answers given before any controller (the web module's guard filters, the security chain's
 * refusals in accounts). In {@code common} so that every module's context has it, a module test's included.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProblemResponses {

    private final MessageSource messages;
    private final LocaleResolver locales;

    /** Whether the request is one of the JSON API's (under {@code /api/}), itself or the one whose error is answered. */
    public static boolean api(HttpServletRequest request) {
        return path(request).startsWith(request.getContextPath() + "/api/");
    }

    /** The address the client asked for, also while its error is being answered. */
    public static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed instanceof String uri ? uri : request.getRequestURI();
    }

    /** The problem of that status, its title the status's and its detail read from the bundles under that key. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String detailKey)
            throws IOException {
        problem(request, response, status, "error." + status + ".title", detailKey);
    }

    /** Problem details with that status, their title and detail read from the bundles; never kept by a cache. */
    public void problem(
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
