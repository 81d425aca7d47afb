package fr.passerelle.web;

import fr.passerelle.common.database.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Answers a request that met a database outage, wherever it met it (the session store, a controller, a view), with
 * 503 and {@code Retry-After}: problem details under {@code /api}, else a French page that needs no database.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final LocaleResolver locales;

    DatabaseOutageFilter(ITemplateEngine templates, MessageSource messages, LocaleResolver locales) {
        this.templates = templates;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable: {} answered 503 ({})", request.getRequestURI(), e.toString());
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(problem(locale));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            templates.process("error/503", new Context(locale), response.getWriter());
        }
    }

    private String problem(Locale locale) {
        return "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":503,\"detail\":\"%s\"}"
                .formatted(text("error.503.title", locale), text("error.503.text", locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale).replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
