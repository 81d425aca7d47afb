package fr.passerelle.web;

import fr.passerelle.common.database.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request that met a database outage, wherever it met it (the session store, a controller, a view), with
 * 503 and {@code Retry-After}: problem details under {@code /api}, else a French page that needs no database.
 */
@RequiredArgsConstructor
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final GuardAnswers answers;

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
        int status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        response.reset();
        response.setHeader("Retry-After", Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
        response.setHeader("Cache-Control", "no-store");
        if (GuardAnswers.api(request)) {
            answers.problem(request, response, status, "error.503.title", "error.503.text");
        } else {
            answers.page(request, response, status, "error/503");
        }
    }
}
