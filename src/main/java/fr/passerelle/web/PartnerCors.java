package fr.passerelle.web;

import fr.passerelle.common.PartnerOrigins;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-origin reading for the partner sites listed in {@code passerelle.cors.partner-origins}: their pages' scripts
 * may read the public reads ({@link PublicReads}) and send intakes ({@code POST /api/v1/intakes}), preflight included.
 * Without cookies or tokens: a partner's page acts for no one. Any other origin, or any other address, gets no CORS
 * header, and so the browser keeps the answer from the page that asked.
 */
@RequiredArgsConstructor
class PartnerCors extends OncePerRequestFilter {

    static final String INTAKES = "/api/v1/intakes";

    private static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match";
    private static final String EXPOSED_HEADERS = "ETag, Retry-After, Link, Location, Content-Language";

    private final PartnerOrigins origins;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = preflight(request) ? request.getHeader("Access-Control-Request-Method") : request.getMethod();
        String allowed = allowedMethods(request, method);
        if (allowed != null) {
            // The answer depends on who asks: a cache keeps one per origin.
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (allowed == null || origin == null || !origins.includes(origin)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        if (preflight(request)) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, allowed);
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
            response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        chain.doFilter(request, response);
    }

    private static boolean preflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null;
    }

    /** The methods partners may use on that address, if that method is one of them; else none. */
    private static String allowedMethods(HttpServletRequest request, String method) {
        if (method == null) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (INTAKES.equals(path)) {
            return "POST".equals(method) ? "POST" : null;
        }
        return PublicReads.read(method) && PublicReads.path(request) ? "GET, HEAD" : null;
    }
}
